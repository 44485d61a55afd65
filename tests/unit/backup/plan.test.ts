/**
 * What an import does: `replace` makes the store hold exactly the file, `merge` keeps everything the
 * rep entered on either side (newer criteria by date, logs joined, within the bounds), and the plan
 * says what will be added, changed and left alone before anything is written.
 */
import { describe, expect, test } from 'vitest';
import { exportBackup } from '../../../src/domain/backup/export';
import { applyImport, planImport } from '../../../src/domain/backup/plan';
import type { Backup } from '../../../src/domain/backup/schema';
import { dealSchema, type Deal } from '../../../src/domain/network';
import { loadStore } from '../migrations/fixtures';
import { afterWrite, asRead } from './store';

const NOW = new Date('2026-12-01T08:00:00.000Z');
const ASHGROVE = 'deal:salesforce:0068V00000kQ3wZQAS';
const COLM = 'salesforce:0038V00001cWq5JQAS';
const PRIYA = 'salesforce:0038V00001cWq2AQAS';
const store = () => loadStore('v1-store.json');
const dealIn = (items: Record<string, unknown>, key = ASHGROVE): Deal => dealSchema.parse(items[key]);
/** The fixture store's backup with Ashgrove edited as another browser would have it. */
function backupWith(edit: (deal: Deal) => Deal, items = store()): Backup {
  const backup = exportBackup(items, NOW, '0.1.0');
  return { ...backup, deals: backup.deals.map((d) => (d.opportunity.key === 'salesforce:0068V00000kQ3wZQAS' ? edit(structuredClone(d)) : d)) };
}

describe('replace', () => {
  test('makes the store hold exactly the file: deals only in the store go, and the plan names them', () => {
    const current = store();
    const other = dealIn(current);
    const extra = { ...other, opportunity: { ...other.opportunity, key: 'salesforce:0068V00000aaaaaQAS', name: 'Harbour Rail – Yard Sensors' } };
    const before = { ...current, 'deal:salesforce:0068V00000aaaaaQAS': extra, 'future-feature': 1 };
    const plan = planImport(before, exportBackup(current, NOW, '0.1.0'), 'replace', NOW);
    expect(plan.deals[0]).toMatchObject({ name: 'Harbour Rail – Yard Sensors', outcome: 'remove', people: { removed: expect.arrayContaining(['Colm Gallagher', 'Maya Lindqvist']) } });
    expect(plan.totals.deals).toEqual({ add: 0, change: 0, keep: 3, remove: 1 });
    const write = applyImport(before, plan);
    expect(write.remove).toEqual(['deal:salesforce:0068V00000aaaaaQAS']);
    expect(asRead(afterWrite(before, write))).toEqual(asRead({ ...current, 'future-feature': 1 }));
  });

  test('into an empty store adds everything, with its settings and set-aside values', () => {
    const backup = exportBackup(store(), NOW, '0.1.0');
    const plan = planImport({}, backup, 'replace', NOW);
    expect(plan.totals.deals).toEqual({ add: 3, change: 0, keep: 0, remove: 0 });
    expect(plan.totals.people.added).toBe(8);
    expect(plan).toMatchObject({ settings: 'add', assessments: { add: 3 }, quarantine: { add: 1 } });
    expect(afterWrite({}, applyImport({}, plan))).toEqual(asRead(store()));
  });
});

describe('merge', () => {
  test('of the same state changes nothing and says so', () => {
    const plan = planImport(store(), exportBackup(store(), NOW, '0.1.0'), 'merge', NOW);
    expect(plan.deals.map((d) => d.outcome)).toEqual(['keep', 'keep', 'keep']);
    expect(plan).toMatchObject({ settings: 'keep', assessments: { keep: 3, add: 0, change: 0 }, setAside: [] });
    expect(applyImport(store(), plan)).toEqual({ set: {}, remove: [] });
  });

  test('keeps the newer value of each criterion, and evidence written on either side', () => {
    const backup = backupWith((deal) => {
      const colm = deal.contacts[COLM]!;
      // Newer in the file, without evidence: the value comes from the file, the evidence stays.
      colm.criteria.willingToGuide = { value: 'no', setAt: '2026-11-30T10:00:00.000Z' };
      // Older in the file: the store's value stays.
      deal.contacts[PRIYA]!.criteria.hasCredibility = { value: 'no', evidence: 'Old note', setAt: '2026-09-01T10:00:00.000Z' };
      // Never set in the store, set in the file.
      deal.contacts[PRIYA]!.criteria.willingToGuide = { value: 'yes', evidence: 'Offered a call', setAt: '2026-09-02T10:00:00.000Z' };
      return deal;
    });
    const merged = dealIn(afterWrite(store(), applyImport(store(), planImport(store(), backup, 'merge', NOW))));
    expect(merged.contacts[COLM]!.criteria.willingToGuide).toEqual({
      value: 'no',
      evidence: 'Walked us through the approval steps:\n1. depot heads\n2. finance committee, "only if under budget"\n3. the board',
      setAt: '2026-11-30T10:00:00.000Z',
    });
    expect(merged.contacts[PRIYA]!.criteria.hasCredibility).toEqual({ value: 'yes', evidence: 'Signs off every capital request above $100k.', setAt: '2026-10-02T10:05:00.000Z' });
    expect(merged.contacts[PRIYA]!.criteria.willingToGuide).toEqual({ value: 'yes', evidence: 'Offered a call', setAt: '2026-09-02T10:00:00.000Z' });
  });

  test('joins people, access and logs without duplicates; a written text never gives way to an empty one', () => {
    const backup = backupWith((deal) => {
      const colm = deal.contacts[COLM]!;
      colm.personalWin = '';
      colm.criteria.hasCredibility.setAt = '2026-11-30T10:00:00.000Z';
      colm.access = { roles: ['technical'], people: [PRIYA, 'internal:maya'] };
      const newcomer = { ...colm, page: { ...colm.page, key: 'salesforce:0038V00001zzzzzQAS', name: 'Nadia Haddad' }, personalWin: 'A promotion' };
      deal.contacts['salesforce:0038V00001zzzzzQAS'] = newcomer;
      deal.intelligence.push({ ...deal.intelligence[0]!, id: 'i9', text: 'Board moved to January.' });
      deal.valueGiven.push(deal.valueGiven[0]!);
      deal.internalCoaches.push({ key: 'internal:tom', name: 'Tom Ebert', email: null, title: 'Solutions Engineer', access: { roles: [], people: [] }, addedAt: '2026-11-29T10:00:00.000Z' });
      return deal;
    });
    const plan = planImport(store(), backup, 'merge', NOW);
    expect(plan.deals.find((d) => d.key === 'salesforce:0068V00000kQ3wZQAS')).toEqual({
      key: 'salesforce:0068V00000kQ3wZQAS',
      name: 'Ashgrove Transit – Depot Maintenance Analytics',
      outcome: 'change',
      people: { added: ['Nadia Haddad', 'Tom Ebert'], changed: ['Colm Gallagher'], removed: [], unchanged: 4 },
      intelligenceAdded: 1,
      valueGivenAdded: 0,
      overLimit: 0,
    });
    const before = dealIn(store());
    const merged = dealIn(afterWrite(store(), applyImport(store(), plan)));
    expect(merged.contacts[COLM]!.personalWin).toBe('Fewer weekend call-outs for the depot crews.');
    expect(merged.contacts[COLM]!.access).toEqual({ roles: ['economic', 'technical'], people: [PRIYA, 'internal:maya'] });
    expect(merged.intelligence.map((e) => e.id)).toEqual(['i1', 'i2', 'i3', 'i9']);
    expect(merged.valueGiven).toEqual(before.valueGiven);
    expect(merged.internalCoaches.map((c) => c.key)).toEqual(['internal:maya', 'internal:tom']);
    // The newcomer is known but not on the list the later page read showed.
    expect(merged.currentContacts).toEqual(before.currentContacts);
    expect(merged.contacts['salesforce:0038V00001zzzzzQAS']!.page.name).toBe('Nadia Haddad');
  });

  test('takes page facts and the contact list from the later read, and joins the read history', () => {
    const backup = backupWith((deal) => {
      const read = { readAt: '2026-11-30T09:00:00.000Z', complete: true, contacts: [{ key: PRIYA, title: 'General Manager', emailDomain: null, accountId: null }] };
      return { ...deal, lastReadAt: read.readAt, currentContacts: [PRIYA], history: [...deal.history, read].slice(-20), opportunity: { ...deal.opportunity, stage: 'Closed Won', amount: null } };
    });
    const merged = dealIn(afterWrite(store(), applyImport(store(), planImport(store(), backup, 'merge', NOW))));
    expect(merged).toMatchObject({ lastReadAt: '2026-11-30T09:00:00.000Z', currentContacts: [PRIYA] });
    // A field the later page did not show keeps its last known value (as merging page reads does).
    expect(merged.opportunity).toMatchObject({ stage: 'Closed Won', amount: '$236,400.00' });
    expect(merged.history.map((h) => h.readAt)).toEqual([...dealIn(store()).history.map((h) => h.readAt), '2026-11-30T09:00:00.000Z']);
  });

  test('keeps the checklist tick set later, the newer assessment, and the settings in use', () => {
    const items = store();
    const backup = backupWith((deal) => ({ ...deal, checklist: { confidentiality: { checked: false, at: '2026-11-30T10:00:00.000Z' }, 'x-new': { checked: true, at: '2026-01-01T00:00:00.000Z' } } }));
    const newerAssessment = { ...backup.assessments[COLM]!, assessedAt: '2026-11-30T10:00:00.000Z', dealName: 'renamed' };
    const file = { ...backup, assessments: { ...backup.assessments, [COLM]: newerAssessment }, settings: { ...backup.settings!, staleCoachDays: 90 } };
    const plan = planImport(items, file, 'merge', NOW);
    expect(plan).toMatchObject({ settings: 'keep', assessments: { change: 1, keep: 2 } });
    const after = afterWrite(items, applyImport(items, plan));
    expect(dealIn(after).checklist).toEqual({ confidentiality: { checked: false, at: '2026-11-30T10:00:00.000Z' }, 'x-new': { checked: true, at: '2026-01-01T00:00:00.000Z' } });
    expect(after[`person:${COLM}`]).toEqual(newerAssessment);
    expect(after.settings).toEqual(items.settings);
    const { settings: _, ...withoutSettings } = items;
    expect(afterWrite(withoutSettings, applyImport(withoutSettings, planImport(withoutSettings, file, 'merge', NOW))).settings).toMatchObject({ staleCoachDays: 90 });
  });

  test('respects the bounds of a deal: the store’s entries stay, the file’s fill up to the bound', () => {
    const items = store();
    const full = dealIn(items);
    const entry = full.intelligence[0]!;
    full.intelligence = Array.from({ length: 5000 }, (_, i) => ({ ...entry, id: `s${i}` }));
    const current = { ...items, [ASHGROVE]: full };
    const backup = backupWith((deal) => ({ ...deal, intelligence: [...deal.intelligence, { ...entry, id: 'f1' }, { ...entry, id: 'f2' }] }), current);
    const plan = planImport(current, { ...backup, deals: backup.deals.map((d) => (d.opportunity.key === full.opportunity.key ? { ...d, intelligence: [{ ...entry, id: 'f1' }, { ...entry, id: 'f2' }] } : d)) }, 'merge', NOW);
    expect(plan.deals.find((d) => d.name === full.opportunity.name)).toMatchObject({ outcome: 'keep', overLimit: 2 });
    const merged = dealIn(afterWrite(current, applyImport(current, plan)));
    expect(merged.intelligence.map((e) => e.id)).toEqual(full.intelligence.map((e) => e.id));
  });

  test('re-reads the store when applied: a tag made after the plan was shown is kept', () => {
    const plan = planImport(store(), exportBackup(store(), NOW, '0.1.0'), 'merge', NOW);
    const tagged = store();
    const deal = dealIn(tagged);
    deal.contacts[PRIYA]!.criteria.wantsOurSolution = { value: 'yes', setAt: '2026-12-01T08:30:00.000Z' };
    tagged[ASHGROVE] = deal;
    expect(dealIn(afterWrite(tagged, applyImport(tagged, plan))).contacts[PRIYA]!.criteria.wantsOurSolution.value).toBe('yes');
  });
});

describe('a stored value that can’t be read', () => {
  const corrupt = { opportunity: 'broken' };

  test('is set aside before the file’s deal is written over it (merge)', () => {
    const current = { ...store(), [ASHGROVE]: corrupt };
    const plan = planImport(current, exportBackup(store(), NOW, '0.1.0'), 'merge', NOW);
    expect(plan.setAside).toEqual([ASHGROVE]);
    expect(plan.deals.find((d) => d.key === 'salesforce:0068V00000kQ3wZQAS')?.outcome).toBe('add');
    const after = afterWrite(current, applyImport(current, plan));
    expect(after[`quarantine:${ASHGROVE}:2026-12-01T08:00:00.000Z`]).toEqual(corrupt);
    expect(after[ASHGROVE]).toEqual(asRead(store())[ASHGROVE]);
  });

  test('is set aside, not deleted, by replace; one out of the way is left alone by merge', () => {
    const current = { ...store(), 'deal:salesforce:0068V00000bbbbbQAS': corrupt };
    const backup = exportBackup(store(), NOW, '0.1.0');
    const replaced = afterWrite(current, applyImport(current, planImport(current, backup, 'replace', NOW)));
    expect(replaced['deal:salesforce:0068V00000bbbbbQAS']).toBeUndefined();
    expect(replaced['quarantine:deal:salesforce:0068V00000bbbbbQAS:2026-12-01T08:00:00.000Z']).toEqual(corrupt);
    const plan = planImport(current, backup, 'merge', NOW);
    expect(plan.setAside).toEqual([]);
    expect(applyImport(current, plan)).toEqual({ set: {}, remove: [] });
  });
});
