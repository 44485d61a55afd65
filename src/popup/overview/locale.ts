/**
 * The few locale-aware formats the popup's overview and pipeline need beyond t(): the UI language,
 * lists ("A, B and C") and plural choice, all in the browser's UI language like the catalogs.
 */
import { browser } from '../../platform/browser';
import { t } from '../../platform/i18n';
import type { BuyingInfluenceRole } from '../../domain/roles';

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

/** "Priya, Tom and Ana" in the UI language. */
export function formatList(items: readonly string[]): string {
  try {
    return new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(items);
  } catch {
    // An unknown language tag throws a RangeError; a comma list still reads fine.
    return items.join(', ');
  }
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

/** The buying-influence role's name in the rep's language (the domain's labels are English). */
export function roleName(role: BuyingInfluenceRole): string {
  switch (role) {
    case 'economic':
      return t('overview_role_economic');
    case 'user':
      return t('overview_role_user');
    case 'technical':
      return t('overview_role_technical');
  }
}
