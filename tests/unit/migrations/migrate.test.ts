/**
 * Every earlier storage version loads into the current one with nothing lost, a value that can't
 * be read is set aside with its reason (never dropped), and migrating twice changes nothing.
 */
import { describe, expect, test, vi } from 'vitest';
import { dealSchema } from '../../../src/domain/network';
import { settingsSchema } from '../../../src/domain/settings';
import { assessmentRecordSchema } from '../../../src/domain/hints';
import {
  CURRENT_ITEM_SCHEMAS,
  dataItemKindOf,
  SCHEMA_VERSION_KEY,
  STORAGE_SCHEMA_VERSION,
} from '../../../src/domain/migrations/layout';
import { migrateStorage } from '../../../src/domain/migrations/migrate';
import { MIGRATIONS } from '../../../src/domain/migrations/steps';
import { loadStore, storeFixtures } from './fixtures';

vi.mock('../../../src/platform/browser', () => ({ browser: {} }));

const NOW = new Date('2026-12-01T08:00:00.000Z');
const fixtures = storeFixtures();

test('the steps run 0 → 1 → … → the current schema, one version each, and every version has a fixture', () => {
  expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual(Array.from({ length: STORAGE_SCHEMA_VERSION }, (_, i) => [i, i + 1]));
  expect(fixtures.map((f) => f.version)).toEqual(Array.from({ length: STORAGE_SCHEMA_VERSION + 1 }, (_, i) => i));
});

test('the background store writes deals under the layout’s keys (it takes its version and prefixes from it)', async () => {
  const store = await import('../../../src/background/store');
  expect(dataItemKindOf(store.dealStorageKey('salesforce:0068V00000kQ3wZQAS'))).toBe('deal');
});

describe.each(fixtures)('the schema $version store ($file)', ({ items }) => {
  const migrated = migrateStorage(items, NOW);

  test('loads into the current schema: every data item validates, nothing is set aside', () => {
    expect(migrated.quarantined).toEqual([]);
    expect(migrated.items[SCHEMA_VERSION_KEY]).toBe(STORAGE_SCHEMA_VERSION);
    const dataItems = Object.entries(migrated.items).filter(([key]) => dataItemKindOf(key) !== null);
    expect(dataItems.length).toBeGreaterThanOrEqual(6);
    for (const [key, value] of dataItems) expect(CURRENT_ITEM_SCHEMAS[dataItemKindOf(key)!].safeParse(value).success, key).toBe(true);
  });

  test('migrating again changes nothing', () => {
    const again = migrateStorage(migrated.items, NOW);
    expect(again).toMatchObject({ changed: [], removed: [], quarantined: [], fromVersion: STORAGE_SCHEMA_VERSION });
    expect(again.items).toEqual(migrated.items);
  });

  test('the write it asks for turns the stored snapshot into the migrated one', () => {
    const written = { ...items };
    for (const key of migrated.changed) written[key] = migrated.items[key];
    for (const key of migrated.removed) delete written[key];
    expect(written).toEqual(migrated.items);
  });
});

test('a current store is left exactly as it is', () => {
  const current = loadStore(`v${STORAGE_SCHEMA_VERSION}-store.json`);
  expect(migrateStorage(current, NOW)).toMatchObject({ changed: [], removed: [], quarantined: [], items: current });
});

describe('format 0 → 1 keeps everything the rep entered', () => {
  const v0 = loadStore('v0-store.json') as Record<string, any>;
  const { items, removed } = migrateStorage(v0, NOW);
  const deal = (id: string) => dealSchema.parse(items[`deal:salesforce:${id}`]);
  const v0Deals = Object.entries(v0).filter(([key]) => key.startsWith('deal:'));

  test('every deal moves to its namespaced key; the old keys go', () => {
    expect(v0Deals).toHaveLength(3);
    for (const [key, value] of v0Deals) {
      expect(removed).toContain(key);
      expect(deal(value.opportunity.id).opportunity).toMatchObject({
        key: `salesforce:${value.opportunity.id}`,
        crm: 'salesforce',
        name: value.opportunity.name,
        stage: value.opportunity.stage,
        amount: value.opportunity.amount,
        closeDate: value.opportunity.closeDate,
        account: value.opportunity.account === null ? null : { id: null, name: value.opportunity.account },
        url: value.opportunity.url,
      });
      expect(deal(value.opportunity.id).lastReadAt).toBe(new Date(value.updatedAt).toISOString());
    }
  });

  test('every person, criterion, evidence, win and access is kept; who is on the deal stays in page order', () => {
    const flagToValue = (flag: boolean | null) => (flag === null ? 'unknown' : flag ? 'yes' : 'no');
    let people = 0;
    for (const [, value] of v0Deals) {
      const migrated = deal(value.opportunity.id);
      expect(migrated.currentContacts).toEqual(value.contacts.filter((c: any) => c.onDeal).map((c: any) => `salesforce:${c.id}`));
      expect(Object.keys(migrated.contacts)).toHaveLength(value.contacts.length);
      for (const c of value.contacts) {
        people++;
        const record = migrated.contacts[`salesforce:${c.id}`]!;
        expect(record.page).toMatchObject({ name: c.name, title: c.title, crmRole: c.role, email: c.email, phone: c.phone });
        expect(record.page.account?.name ?? null).toBe(c.account);
        for (const criterion of ['wantsOurSolution', 'hasCredibility', 'willingToGuide'] as const) {
          expect(record.criteria[criterion].value).toBe(flagToValue(c.criteria[criterion]));
          expect(record.criteria[criterion].evidence).toBe(c.evidence[criterion]);
          // Answered criteria are dated with the deal's last update, never-set ones stay undated.
          expect(record.criteria[criterion].setAt).toBe(c.criteria[criterion] === null ? undefined : new Date(value.updatedAt).toISOString());
        }
        expect(record).toMatchObject({ sponsor: c.sponsor, personalWin: c.win, organizationResult: c.result, influenceRoleOverride: c.roleOverride });
        expect(record.access).toEqual({ roles: c.access.roles, people: c.access.people.map((p: string) => `salesforce:${p}`) });
      }
      expect(migrated.internalCoaches.map(({ key, name, email, title, access }) => ({ key, name, email, title, access }))).toEqual(value.internalCoaches ?? []);
    }
    expect(people).toBe(6);
  });

  test('every intelligence note and every value given is kept, with its source or recipient', () => {
    for (const [, value] of v0Deals) {
      const migrated = deal(value.opportunity.id);
      const ref = (p: string) => (p.includes(':') ? p : `salesforce:${p}`);
      expect(migrated.intelligence).toEqual(
        (value.intel ?? []).map((e: any) => ({ id: e.id, source: ref(e.from), date: e.date, topic: e.topic, specific: e.specific, text: e.text, corroboratedBy: [] })),
      );
      expect(migrated.valueGiven).toEqual((value.given ?? []).map((e: any) => ({ ...e, to: ref(e.to) })));
    }
  });

  test('the remembered assessments and the settings are kept', () => {
    expect(assessmentRecordSchema.parse(items['person:salesforce:0038V00001cWq5JQAS'])).toEqual({
      dealKey: 'salesforce:0068V00000kQ3wZQAS',
      dealName: 'Ashgrove Transit – Depot Maintenance Analytics',
      account: 'Ashgrove Regional Transit Authority',
      criteria: {
        wantsOurSolution: { value: 'yes', setAt: '2025-11-17T10:00:00.000Z' },
        hasCredibility: { value: 'yes', setAt: '2025-11-17T10:00:00.000Z' },
        willingToGuide: { value: 'yes', setAt: '2025-11-17T10:00:00.000Z' },
      },
      assessedAt: '2025-11-17T10:00:00.000Z',
    });
    expect(items['person:salesforce:0038V00001dKp1AQAS']).toBeDefined();
    expect(settingsSchema.parse(items.settings)).toMatchObject({
      staleCoachDays: 21,
      ownEmailDomains: ['halyard.io'],
      roleTable: { 'wirtschaftlicher entscheider': { role: 'economic', hint: null }, influencer: { role: 'user', hint: null } },
    });
  });

  test('no text or number of the old store is lost (each survives, or its converted form does)', () => {
    const leaves = (value: unknown): Array<string | number> =>
      typeof value === 'string' || typeof value === 'number'
        ? [value]
        : Array.isArray(value)
          ? value.flatMap(leaves)
          : typeof value === 'object' && value !== null
            ? Object.entries(value).flatMap(([key, v]) => [key, ...leaves(v)])
            : [];
    const after = new Set(leaves(items));
    const survives = (leaf: string | number) =>
      after.has(leaf) ||
      (typeof leaf === 'number' && after.has(new Date(leaf).toISOString())) ||
      (typeof leaf === 'string' && (after.has(`salesforce:${leaf}`) || after.has(`deal:salesforce:${leaf.slice(5)}`) || after.has(`person:salesforce:${leaf.slice(7)}`)));
    // Format 0's field names are the only texts that may go: they are renamed.
    const renamedFields = new Set(['id', 'role', 'win', 'result', 'onDeal', 'updatedAt', 'intel', 'from', 'given', 'evidence', 'roleOverride', 'deal', 'staleDays', 'ownDomains', 'roles']);
    expect(leaves(v0).filter((leaf) => !survives(leaf) && !renamedFields.has(String(leaf)))).toEqual([]);
  });
});

describe('what cannot be read is set aside, never dropped', () => {
  test('a broken format-0 deal is quarantined as stored, with its reason; the rest migrates', () => {
    const v0 = loadStore('v0-store.json') as Record<string, any>;
    const broken = { ...v0['deal:0068V00000mB7tQQAS'], contacts: [{ id: 'not an id', name: 'Someone' }] };
    const { items, quarantined, removed } = migrateStorage({ ...v0, 'deal:0068V00000mB7tQQAS': broken }, NOW);
    expect(quarantined).toEqual([
      {
        key: 'deal:0068V00000mB7tQQAS',
        quarantineKey: 'quarantine:deal:0068V00000mB7tQQAS:2026-12-01T08:00:00.000Z',
        reason: expect.stringMatching(/^schema 0 → 1: not a readable format-0 deal: contacts\.0\.id: not a Salesforce id/),
      },
    ]);
    expect(items['quarantine:deal:0068V00000mB7tQQAS:2026-12-01T08:00:00.000Z']).toEqual(broken);
    expect(removed).toContain('deal:0068V00000mB7tQQAS');
    expect(items['deal:salesforce:0068V00000kQ3wZQAS']).toBeDefined();
  });

  test('a format-0 deal that converts but breaks a current bound is quarantined in its original form', () => {
    const v0 = loadStore('v0-store.json') as Record<string, any>;
    const deal = structuredClone(v0['deal:0068V00000pX2cRQAS']);
    deal.opportunity.name = 'x'.repeat(501);
    const { items, quarantined } = migrateStorage({ 'deal:0068V00000pX2cRQAS': deal }, NOW);
    expect(quarantined).toEqual([expect.objectContaining({ key: 'deal:0068V00000pX2cRQAS', reason: expect.stringMatching(/^schema 1: opportunity\.name/) })]);
    expect(items['quarantine:deal:0068V00000pX2cRQAS:2026-12-01T08:00:00.000Z']).toEqual(deal);
    expect(Object.keys(items).filter((k) => k.startsWith('deal:'))).toEqual([]);
  });

  test('a corrupt item of the current schema is set aside too; unknown keys and earlier quarantine stay', () => {
    const v1 = loadStore('v1-store.json');
    const store = { ...v1, 'person:salesforce:0038V00001cWq5JQAS': { dealKey: 42 }, 'future-feature': { any: 'thing' } };
    const { items, quarantined, changed, removed } = migrateStorage(store, NOW);
    expect(quarantined).toEqual([expect.objectContaining({ key: 'person:salesforce:0038V00001cWq5JQAS', reason: expect.stringMatching(/^schema 1: dealKey/) })]);
    expect(changed).toEqual(['quarantine:person:salesforce:0038V00001cWq5JQAS:2026-12-01T08:00:00.000Z']);
    expect(removed).toEqual(['person:salesforce:0038V00001cWq5JQAS']);
    expect(items['future-feature']).toEqual({ any: 'thing' });
  });

  test('when a format-0 item and its format-1 form both exist, both are kept', () => {
    const v0 = loadStore('v0-store.json') as Record<string, any>;
    const v1 = loadStore('v1-store.json');
    const both = { 'deal:0068V00000kQ3wZQAS': v0['deal:0068V00000kQ3wZQAS'], 'deal:salesforce:0068V00000kQ3wZQAS': v1['deal:salesforce:0068V00000kQ3wZQAS'] };
    const { items, quarantined } = migrateStorage(both, NOW);
    expect(items['deal:salesforce:0068V00000kQ3wZQAS']).toEqual(v1['deal:salesforce:0068V00000kQ3wZQAS']);
    expect(quarantined).toEqual([expect.objectContaining({ key: 'deal:0068V00000kQ3wZQAS', reason: expect.stringContaining('already exists') })]);
  });
});

test('a store without a version key holding format-1 items keeps them as they are', () => {
  const settings = { format: 1, staleCoachDays: 45, ownEmailDomains: [], roleTable: {} };
  const v1 = loadStore('v1-store.json');
  const store = { settings, 'deal:salesforce:0068V00000kQ3wZQAS': v1['deal:salesforce:0068V00000kQ3wZQAS'] };
  const { items, changed, quarantined } = migrateStorage(store, NOW);
  expect(quarantined).toEqual([]);
  expect(changed).toEqual([SCHEMA_VERSION_KEY]);
  expect(items).toEqual({ ...store, [SCHEMA_VERSION_KEY]: STORAGE_SCHEMA_VERSION });
});

test('a fresh store only gets its version', () => {
  expect(migrateStorage({}, NOW)).toMatchObject({ items: { [SCHEMA_VERSION_KEY]: STORAGE_SCHEMA_VERSION }, changed: [SCHEMA_VERSION_KEY], removed: [], quarantined: [] });
});

test('a store written by a newer build is not touched', () => {
  const store = { [SCHEMA_VERSION_KEY]: STORAGE_SCHEMA_VERSION + 1, 'deal:salesforce:0068V00000kQ3wZQAS': { format: 2, whatever: true } };
  expect(migrateStorage(store, NOW)).toEqual({ items: store, changed: [], removed: [], quarantined: [], fromVersion: STORAGE_SCHEMA_VERSION + 1, newerThanThisBuild: true });
});
