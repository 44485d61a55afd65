/**
 * Background entry. Listeners are registered synchronously at top level so that a worker woken by
 * a message (MV3 stops it when idle) handles that message; no logic lives here.
 */
import { browser, type Runtime } from '../platform/browser';
import { routeMessage } from './router';
import { setTabEntry } from './tab-state';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  routeMessage(message, sender, browser.runtime.id),
);

browser.tabs.onRemoved.addListener((tabId) => {
  void setTabEntry(tabId, null);
});
