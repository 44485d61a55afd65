/**
 * The pipeline line of a deal is built from the engine's findings, wording only its few titles;
 * it must say exactly what the deal's own view says (product.md §Surfaces: the pipeline is every
 * tracked deal, worst gaps first, as the popup shows each one).
 */
import { describe, expect, test } from 'vitest';
import { CRITERIA } from '../../../src/domain/criteria';
import { gapTitle } from '../../../src/domain/gaps/titles';
import type { Deal } from '../../../src/domain/network';
import type { Say } from '../../../src/domain/say';
import { sayFrom } from '../../../src/domain/say-english';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../src/domain/settings';
import { pipelineEntryOf, viewDeal } from '../../../src/domain/view';
import { personName, type PipelineEntry } from '../../../src/domain/view-schema';
import { generatePipeline, NOW } from '../../bench/pipeline';
import { catalog } from '../fakes/i18n';

/** The line as the deal's view states it: its verdict, its counts, its first gaps' titles. */
function lineOfView(deal: Deal, settings: Settings, now: Date, say: Say): PipelineEntry {
  const view = viewDeal(deal, settings, now, new Map(), say);
  const toAct = view.gaps.filter((g) => g.severity !== 'info');
  const touched = [deal.lastReadAt, ...Object.values(deal.contacts).flatMap((c) => CRITERIA.map((k) => c.criteria[k].setAt ?? ''))];
  return {
    key: view.key,
    name: view.name,
    accountName: view.accountName,
    stage: view.stage,
    url: view.url,
    verdict: view.verdict,
    coachCount: view.contacts.filter((c) => c.status === 'coach').length,
    critical: toAct.filter((g) => g.severity === 'critical').length,
    warning: toAct.filter((g) => g.severity === 'warning').length,
    topGaps: toAct.slice(0, 3).map((g) => gapTitle(g, (key) => personName(view, key), say)),
    lastActivity: touched.filter(Boolean).sort().at(-1) ?? deal.lastReadAt,
    people: [...view.contacts.map((c) => c.name), ...view.internalCoaches.map((c) => c.name)],
  };
}

describe('the pipeline line of a deal', () => {
  const deals = generatePipeline(200, 12);
  const overrides = settingsSchema.parse({ staleCoachDays: 7, roleTable: { influencer: { role: 'economic', hint: null } } });
  const german = sayFrom(catalog('de'));
  const english = sayFrom(catalog('en'));

  test.each([
    ['the default settings, in English', DEFAULT_SETTINGS, english],
    ['the rep’s own thresholds and role table, in German', overrides, german],
  ] as const)('says what the deal’s view says, under %s', (_, settings, say) => {
    for (const deal of deals) expect(pipelineEntryOf(deal, settings, NOW, say)).toEqual(lineOfView(deal, settings, NOW, say));
  });
});
