/** Pushes a deal's new state to every tab showing it (badges, strip, toolbar) and to an open popup. */
import { browser } from '../platform/browser';
import type { DealView } from '../domain/view-schema';
import type { ExtensionEvent } from '../messaging/protocol';
import { tabsShowing } from './tab-state';
import { showOnToolbar } from './toolbar';

export async function broadcastDeal(view: DealView): Promise<void> {
  const event: ExtensionEvent = { type: 'event/deal-changed', deal: view };
  const tabIds = await tabsShowing(view.key);
  // A tab that navigated away or a closed popup has no receiver: that is not an error here.
  await Promise.allSettled([
    ...tabIds.map((tabId) => browser.tabs.sendMessage(tabId, event)),
    ...tabIds.map((tabId) => showOnToolbar(tabId, view)),
    browser.runtime.sendMessage(event),
  ]);
}
