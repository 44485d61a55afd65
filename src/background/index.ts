/**
 * Background entry. Listeners are registered synchronously at top level so that a worker woken by
 * a message (MV3 stops it when idle) handles that message; no logic lives here.
 */
import { answering, browser } from '../platform/browser';
import { routeMessage } from './router';
import { setTabEntry } from './tab-state';
import { forgetTabView } from './tab-views';
import { getSettings } from './settings-store';
import { syncCrmDomainScripts } from './crm-domain-scripts';
import { migrateStoredData } from './migrations';

const self = { id: browser.runtime.id, origin: browser.runtime.getURL('') };

browser.runtime.onMessage.addListener(answering((message, sender) => routeMessage(message, sender, self)));

// The hosts the rep added: registered scripts follow the settings and the permissions the browser
// holds, including a host revoked in the browser's own extension settings.
const syncCrmDomains = () => {
  void getSettings()
    .then((settings) => syncCrmDomainScripts(settings.customCrmDomains))
    .catch((error: unknown) => console.error('Coach Network: could not register the added CRM addresses', error));
};
// Stored data follows the schema of the version just installed, before anything else reads it.
browser.runtime.onInstalled.addListener(() => {
  void migrateStoredData()
    .catch((error: unknown) => console.error('Coach Network: stored data could not be migrated', error))
    .finally(syncCrmDomains);
});
browser.runtime.onStartup.addListener(syncCrmDomains);
browser.permissions.onAdded.addListener(syncCrmDomains);
browser.permissions.onRemoved.addListener(syncCrmDomains);

browser.tabs.onRemoved.addListener((tabId) => {
  void setTabEntry(tabId, null);
  void forgetTabView(tabId);
});
