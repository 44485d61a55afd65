/**
 * What the hover card and the tagger share as overlays: placing a `position: fixed` box beside the
 * badge (so nothing in the CRM's layout moves), and listeners that live only while one is open.
 */

/** Space between the badge and the overlay, and the least distance kept from the window's edges. */
const GAP = 4;
const MARGIN = 8;

/**
 * Places a fixed overlay below the badge, or above it when there is no room below, kept inside the
 * window. Measured on every open: the CRM scrolls and reflows under us, so a cached spot goes stale.
 */
export function placeBeside(overlay: HTMLElement, badge: DOMRect): void {
  const viewportWidth = document.documentElement.clientWidth || window.innerWidth;
  const viewportHeight = document.documentElement.clientHeight || window.innerHeight;
  const { width, height } = overlay.getBoundingClientRect();
  let top = badge.bottom + GAP;
  if (top + height > viewportHeight - MARGIN && badge.top - GAP - height >= MARGIN) top = badge.top - GAP - height;
  const left = Math.max(MARGIN, Math.min(badge.left, viewportWidth - MARGIN - width));
  overlay.style.left = `${Math.round(left)}px`;
  overlay.style.top = `${Math.round(top)}px`;
  // A transformed ancestor becomes the containing block of a fixed box (CSS Transforms §2), so the
  // box may land elsewhere than asked: correct by the difference once, from where it really is.
  const landed = overlay.getBoundingClientRect();
  // No box at all: not laid out (display: none, or no layout engine), so nothing to correct.
  if (landed.width === 0 && landed.height === 0) return;
  const dx = landed.left - left;
  const dy = landed.top - top;
  if (Math.abs(dx) >= 1 || Math.abs(dy) >= 1) {
    overlay.style.left = `${Math.round(left - dx)}px`;
    overlay.style.top = `${Math.round(top - dy)}px`;
  }
}

/**
 * A signal for the listeners of one open overlay: aborted when the overlay closes or when the
 * session ends, whichever comes first, so nothing listens while everything is closed.
 */
export function whileOpen(session: AbortSignal): AbortController {
  const open = new AbortController();
  if (session.aborted) open.abort();
  else session.addEventListener('abort', () => open.abort(), { signal: open.signal });
  return open;
}

/**
 * Closes an overlay when the page scrolls or the window resizes: a fixed box would otherwise float
 * away from its badge. Capture, because Lightning scrolls inner containers, not the window.
 */
export function closeOnMove(signal: AbortSignal, close: () => void, inside?: Element): void {
  const onMove = (event: Event) => {
    if (inside && event.composedPath().includes(inside)) return;
    close();
  };
  window.addEventListener('scroll', onMove, { capture: true, passive: true, signal });
  window.addEventListener('resize', onMove, { passive: true, signal });
}
