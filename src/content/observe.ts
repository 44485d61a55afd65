/**
 * Calls `onChange` after the page changes, at most once per `intervalMs`: CRM pages mutate in
 * bursts (Lightning renders progressively), and reading once per burst keeps our cost near zero.
 * Our own hosts' insertions and attribute changes are ignored, so rendering never triggers another read.
 */
import { isOwnNode } from './ui/shadow-host';

/** Our hosts coming and going (the tagger opening, say) or changing their own attributes. */
const ownOnly = (record: MutationRecord) =>
  record.type === 'childList' ? [...record.addedNodes, ...record.removedNodes].every(isOwnNode) : isOwnNode(record.target);

export interface PageObserver {
  /** Asks for a read after the current burst, as a DOM change would. */
  schedule(): void;
  /**
   * Also watches a shadow root the adapter read from: mutations inside shadow trees don't reach
   * the document's observer, so rows re-rendered in a (closed) native root would go unseen.
   */
  watch(root: ShadowRoot): void;
}

export function observePage(onChange: () => void, signal: AbortSignal, intervalMs = 150): PageObserver {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** How long the last read took: a page that keeps changing gets at most a fifth of its time. */
  let lastCostMs = 0;
  const schedule = () => {
    if (timer !== undefined || signal.aborted) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (signal.aborted) return;
      const started = performance.now();
      onChange();
      lastCostMs = performance.now() - started;
    }, Math.max(intervalMs, 4 * lastCostMs));
  };
  const observer = new MutationObserver((records) => {
    if (!records.every(ownOnly)) schedule();
  });
  const options: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'aria-busy', 'href'] };
  observer.observe(document.documentElement, options);
  const watched = new WeakSet<ShadowRoot>();
  // Lightning navigates with the History API: no load, no event for pushState, but popstate for back/forward.
  window.addEventListener('popstate', schedule, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  return {
    schedule,
    watch(root) {
      if (watched.has(root) || signal.aborted) return;
      watched.add(root);
      observer.observe(root, options);
    },
  };
}
