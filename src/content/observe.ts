/**
 * Calls `onChange` after the page changes, at most once per `intervalMs`: CRM pages mutate in
 * bursts (Lightning renders progressively), and reading once per burst keeps our cost near zero.
 * Our own hosts' insertions and attribute changes are ignored, so rendering never triggers another read.
 */
import { isOwnNode } from './ui/shadow-host';

/** Our hosts coming and going (the tagger opening, say) or changing their own attributes. */
const ownOnly = (record: MutationRecord) =>
  record.type === 'childList' ? [...record.addedNodes, ...record.removedNodes].every(isOwnNode) : isOwnNode(record.target);

export function observePage(onChange: () => void, signal: AbortSignal, intervalMs = 150): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (timer !== undefined || signal.aborted) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (!signal.aborted) onChange();
    }, intervalMs);
  };
  const observer = new MutationObserver((records) => {
    if (!records.every(ownOnly)) schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'aria-busy', 'href'] });
  // Lightning navigates with the History API: no load, no event for pushState, but popstate for back/forward.
  window.addEventListener('popstate', schedule, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  return schedule;
}
