/**
 * `popup.html?tab=<id>`: where the browser refuses action.openPopup, the background opens the
 * popup as a small window and names the tab it is about (background/popup-opener.ts). In that
 * window tabs.query would find the window itself, so the parameter wins when it is valid.
 */

/** The tab id the query names, or null when absent or not a non-negative integer. */
export function tabFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,15}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}
