/** Pushes a deal's new state to every tab showing it and to an open popup. */
import { browser } from '../platform/browser';
import { viewDeal, type Deal } from '../domain/network';
import type { ExtensionEvent } from '../messaging/protocol';
import { tabsShowing } from './tab-state';

export async function broadcastDeal(deal: Deal): Promise<void> {
  const event: ExtensionEvent = { type: 'event/deal-changed', deal: viewDeal(deal) };
  const tabIds = await tabsShowing(deal.opportunity.key);
  // A tab that navigated away or a closed popup has no receiver: that is not an error here.
  await Promise.allSettled([
    ...tabIds.map((tabId) => browser.tabs.sendMessage(tabId, event)),
    browser.runtime.sendMessage(event),
  ]);
}
