/**
 * The one import of webextension-polyfill: every context reaches the extension APIs through here,
 * so unit tests mock this single module.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, Storage } from 'webextension-polyfill';
