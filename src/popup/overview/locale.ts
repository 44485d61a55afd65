/**
 * The few locale-aware formats the popup's overview and pipeline need beyond t(): the UI language,
 * and plural choice, all in the browser's UI language like the catalogs.
 */
import { browser } from '../../platform/browser';
import { t } from '../../platform/i18n';

/**
 * browser.i18n.getUILanguage(), guarded: some test stand-ins for the browser module leave it out,
 * and a formatting helper must never take a whole screen down with it.
 */
export function uiLanguage(): string {
  try {
    const language = browser.i18n.getUILanguage?.();
    if (language) return language;
  } catch {
    // fall through to the document's language
  }
  return globalThis.navigator?.language || 'en';
}

/**
 * Catalog key for a count: `<base>_one` or `<base>_other`. Extension catalogs have no plurals, so
 * Intl.PluralRules picks the form; the two forms cover English and German (other categories fall
 * back to `_other`).
 */
export function countText(base: string, count: number): string {
  let category: Intl.LDMLPluralRule = 'other';
  try {
    category = new Intl.PluralRules(uiLanguage()).select(count);
  } catch {
    category = count === 1 ? 'one' : 'other';
  }
  return t(`${base}_${category === 'one' ? 'one' : 'other'}`, count);
}
