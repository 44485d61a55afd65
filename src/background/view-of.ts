/** The deal as every surface shows it: gaps under the rep's settings, hints from other deals. */
import type { Deal } from '../domain/network';
import { viewDeal } from '../domain/view';
import type { DealView } from '../domain/view-schema';
import { t } from '../platform/i18n';
import { hintsFor } from './assessments';
import { getSettings } from './settings-store';

export async function viewOf(deal: Deal, now: Date): Promise<DealView> {
  const [settings, hints] = await Promise.all([getSettings(), hintsFor(deal)]);
  return viewDeal(deal, settings, now, hints, t);
}
