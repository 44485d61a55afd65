/** Pushes a deal's new state to every tab showing it (badges, strip, toolbar) and to an open popup. */
import { browser } from '../platform/browser';
import type { DealView } from '../domain/view-schema';
import type { ExtensionEvent } from '../messaging/protocol';
import { tabsShowing } from './tab-state';
import { storeTabView } from './tab-views';
import { showOnToolbar } from './toolbar';

/**
 * `stateOrder` is the commit order of the state `view` shows (tab-views.ts); `tabs` the tabs to
 * tell, when the caller looked them up already, alongside computing the view.
 */
export async function broadcastDeal(view: DealView, stateOrder: number, tabs: Promise<number[]> = tabsShowing(view.key)): Promise<void> {
  const event: ExtensionEvent = { type: 'event/deal-changed', deal: view };
  const tabIds = await tabs;
  // The pages first: each call serialises the view (~30 KB for 50 contacts) before it returns.
  // A tab that navigated away or a closed popup has no receiver: that is not an error here.
  const told = Promise.allSettled([
    ...tabIds.map((tabId) => browser.tabs.sendMessage(tabId, event)),
    ...tabIds.map((tabId) => showOnToolbar(tabId, view)),
    browser.runtime.sendMessage(event),
  ]);
  // Then the popup's copies: whoever changed the deal removed the old ones on arrival
  // (forgetDealViews, forgetAllTabViews), so a popup opened before these land asks the background.
  await Promise.all([told, ...tabIds.map((tabId) => storeTabView(tabId, view, stateOrder))]);
}
