/**
 * The toolbar button per tab: the number of critical + warning gaps of the deal in that tab,
 * coloured by the worst of them; empty off CRM pages. The title carries the one-line verdict.
 */
import { browser } from '../platform/browser';
import { t } from '../platform/i18n';
import type { DealView } from '../domain/view-schema';

const COLOURS = { critical: '#ba0517', warning: '#dd7a01', none: '#2e844a' } as const;

export function toolbarFor(view: DealView | null): { text: string; colour: string; title: string } {
  if (!view) return { text: '', colour: COLOURS.none, title: t('toolbar_title') };
  const critical = view.gaps.filter((g) => g.severity === 'critical').length;
  const warning = view.gaps.filter((g) => g.severity === 'warning').length;
  const count = critical + warning;
  return {
    text: count === 0 ? '' : String(count),
    colour: critical > 0 ? COLOURS.critical : warning > 0 ? COLOURS.warning : COLOURS.none,
    title: count > 0 ? t('toolbar_title_to_act', view.name, view.verdict, count) : t('toolbar_title_deal', view.name, view.verdict),
  };
}

export async function showOnToolbar(tabId: number, view: DealView | null): Promise<void> {
  const { text, colour, title } = toolbarFor(view);
  // A tab can close between the read and this call: the browser then rejects, which is fine.
  await Promise.allSettled([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: colour }),
    browser.action.setTitle({ tabId, title }),
  ]);
}
