/**
 * Random whole stores for the backup properties: up to three deals, each grown by a random history
 * of page reads and the rep's actions (the domain's own generators, tests/unit/domain/arbitraries.ts)
 * under its own key, the assessments the background would remember, settings or none, and values
 * set aside earlier. Two stores drawn together share deal keys and contact keys, so merging them
 * meets the same deal, the same people and colliding entry ids.
 */
import * as fc from 'fast-check';
import { assessmentOf } from '../../../src/domain/hints';
import { SCHEMA_VERSION_KEY, STORAGE_SCHEMA_VERSION } from '../../../src/domain/migrations/layout';
import { dealSchema, type Deal } from '../../../src/domain/network';
import { settingsSchema } from '../../../src/domain/settings';
import { replay, scenarioArb } from '../domain/arbitraries';

const DEAL_KEYS = ['salesforce:0068V00000kQ3wZQAS', 'salesforce:0068V00000mB7tQQAS', 'hubspot:18274650391'];

const rekeyed = (deal: Deal, key: string): Deal => dealSchema.parse({ ...deal, opportunity: { ...deal.opportunity, key, name: `${deal.opportunity.name} ${key}` } });

const settingsArb = fc.option(
  fc.record({ staleCoachDays: fc.integer({ min: 1, max: 365 }), ownEmailDomains: fc.subarray(['halyard.io', 'example.com']) }).map((s) => settingsSchema.parse(s)),
  { nil: null },
);

const quarantineArb = fc.dictionary(
  fc.constantFrom('quarantine:deal:salesforce:0068V00000zZ9yXQAS:2026-11-03T12:00:00.000Z', 'quarantine:settings:2026-11-04T12:00:00.000Z'),
  fc.constantFrom<unknown>({ contacts: 'not a record' }, 'text', [1, 2], null, { staleCoachDays: -1 }),
  { maxKeys: 2 },
);

export const storeArb: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    deals: fc.array(fc.option(scenarioArb(10), { freq: 3 }), { minLength: 0, maxLength: DEAL_KEYS.length }),
    settings: settingsArb,
    quarantine: quarantineArb,
  })
  .map(({ deals, settings, quarantine }) => {
    const items: Record<string, unknown> = { [SCHEMA_VERSION_KEY]: STORAGE_SCHEMA_VERSION, ...quarantine };
    deals.forEach((scenario, index) => {
      if (scenario === null) return;
      const deal = rekeyed(replay(scenario, () => {}), DEAL_KEYS[index]!);
      items[`deal:${deal.opportunity.key}`] = deal;
      for (const person of Object.keys(deal.contacts)) {
        const record = assessmentOf(deal, person, deal.lastReadAt);
        if (record) items[`person:${person}`] = record;
      }
    });
    if (settings) items.settings = settings;
    return items;
  });
