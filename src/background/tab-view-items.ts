/**
 * Where the popup's copy of each tab's view lives (tab-views.ts), and the plain read of it: no
 * schema in this module, so that the popup can start the read before its schemas are even
 * evaluated (popup/start.ts). What it returns is unvalidated; tab-views.ts `tabViewOf` validates.
 */
import { browser } from '../platform/browser';

export const VIEW_PREFIX = 'view:';
/** tab-state.ts's key of a tab's entry (tests/unit/background/tab-views.test.ts keeps the two in step). */
export const tabEntryKey = (tabId: number) => `tab:${tabId}`;
export const tabViewKey = (tabId: number) => `${VIEW_PREFIX}${tabId}`;

/** The tab's entry and its view's copy, as stored (one read). */
export function readTabViewItems(tabId: number): Promise<Record<string, unknown>> {
  return browser.storage.session.get([tabEntryKey(tabId), tabViewKey(tabId)]);
}

