/**
 * Calls `onChange` after the page changes, before the browser paints that change: a row and its
 * badge show in the same frame. CRM pages mutate in bursts (Lightning renders progressively), and
 * one read per frame at most keeps our cost near zero; a read that turned out costly spaces the
 * next ones by four times its cost, so a page that never stops changing gives us a fifth of its
 * time at most. Our own hosts' insertions and attribute changes are ignored, so rendering never
 * triggers another read.
 */
import { isOwnNode } from './ui/shadow-host';

/** Our hosts coming and going (the tagger opening, say) or changing their own attributes. */
const ownOnly = (record: MutationRecord) =>
  record.type === 'childList' ? [...record.addedNodes, ...record.removedNodes].every(isOwnNode) : isOwnNode(record.target);

export interface PageObserver {
  /** Asks for a read before the next paint, as a DOM change would. */
  schedule(): void;
  /**
   * Also watches a shadow root the adapter read from: mutations inside shadow trees don't reach
   * the document's observer, so rows re-rendered in a (closed) native root would go unseen.
   */
  watch(root: ShadowRoot): void;
}

/** How long a tab that isn't painting (in the background, say) waits for its read at most. */
export const UNPAINTED_READ_MS = 100;
/** A read that cost c ms is followed by the next one no sooner than SPACING × c ms later. */
const SPACING = 4;

export function observePage(onChange: () => void, signal: AbortSignal): PageObserver {
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastCostMs = 0;
  let lastEndedAt = -Infinity;
  const read = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = timer = undefined;
    if (signal.aborted) return;
    const wait = lastEndedAt + SPACING * lastCostMs - performance.now();
    if (wait > 0) {
      timer = setTimeout(read, wait);
      return;
    }
    const started = performance.now();
    onChange();
    lastEndedAt = performance.now();
    lastCostMs = lastEndedAt - started;
  };
  const schedule = () => {
    if (frame !== undefined || timer !== undefined || signal.aborted) return;
    frame = requestAnimationFrame(read);
    timer = setTimeout(read, UNPAINTED_READ_MS);
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
    if (frame !== undefined) cancelAnimationFrame(frame);
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
