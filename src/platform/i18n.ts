/**
 * Every text the rep reads goes through here, so it follows the browser's language (catalogs in
 * src/i18n/<locale>/, built into _locales by build.mjs). A missing message shows its key: visible
 * in review and caught by the catalog tests, never a blank.
 */
import { browser } from './browser';

export function t(key: string, ...substitutions: Array<string | number>): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}
