/**
 * What the popup needs before it can show anything: which tab it is about, and what the background
 * last published for that tab (background/tab-view-items.ts). Started by start.ts before the rest
 * of the popup is evaluated, so both requests are out while preact, the schemas and the views load
 * (issue 8, figure 4). No schema here: the items are validated where they are used (model.ts).
 */
import { readTabViewItems } from '../background/tab-view-items';
import { browser } from '../platform/browser';
import { tabFromSearch } from './model/tab-param';

export interface Opening {
  /** The tab `?tab=` names, else the active tab of the popup's own window; null: no tab (a devtools window). */
  tabId: Promise<number | null>;
  /** That tab's stored items, unvalidated; null when there is no tab or the read failed. */
  items: Promise<Record<string, unknown> | null>;
}

/** A tab's stored items, or null when the read fails (the popup then waits for the background). */
export function storedItemsOf(tabId: number): Promise<Record<string, unknown> | null> {
  return Promise.resolve(tabId).then(readTabViewItems).catch(() => null);
}

export function startOpening(search: string): Opening {
  const named = tabFromSearch(search);
  if (named !== null) return { tabId: Promise.resolve(named), items: storedItemsOf(named) };
  const tabId = browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab?.id ?? null);
  // Not every tab's items at once beside the query (a read of the whole session area): a round
  // trip fewer with one CRM tab open, but the popup then receives every tab's view (~30 KB each),
  // which measured slower from about five open deals on.
  const items = tabId.then((id) => (id === null ? null : storedItemsOf(id))).catch(() => null);
  return { tabId, items };
}
