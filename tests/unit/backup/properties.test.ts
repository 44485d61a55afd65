// @vitest-environment node
/**
 * Properties of backup and restore over random whole stores: an export restored by `replace` gives
 * back the identical store, merging a store with its own backup changes nothing, a merge keeps
 * everything either side holds, any damaged file is refused or validates whole, and every write an
 * import makes passes the background's check at the message boundary.
 */
import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readContents } from '../../../src/domain/backup/contents';
import { backupText, exportBackup } from '../../../src/domain/backup/export';
import { parseBackup } from '../../../src/domain/backup/parse';
import { applyImport, planImport } from '../../../src/domain/backup/plan';
import { backupSchema, type Backup } from '../../../src/domain/backup/schema';
import { holdsBasis, importItemsOf, importWriteSchema, type ImportWrite } from '../../../src/domain/backup/write';
import { CRITERIA } from '../../../src/domain/criteria';
import { dealSchema, type Deal } from '../../../src/domain/network';
import { afterWrite } from './store';
import { storeArb } from './store-arbitraries';
import { englishBackupSay } from '../../../src/domain/backup/say-english';

const NOW = new Date('2027-01-15T08:00:00.000Z');
/** Each run replays up to three deal histories: fewer runs than the domain properties, same edges. */
const RUNS = { numRuns: 40 };
/** Replaying histories is slow on two shared cores: far more than vitest's default 5 s per test. */
const TIMEOUT = 60_000;

function parsed(text: string): Backup {
  const result = parseBackup(text, englishBackupSay);
  if (!result.ok) throw new Error(result.problem);
  return result.backup;
}

const dealsOf = (items: Record<string, unknown>) => readContents(items).contents.deals;

/** The write as the background receives it: made against `items`, carried as JSON. */
function sentWrite(items: Record<string, unknown>, backup: Backup, mode: 'merge' | 'replace'): unknown {
  const write: ImportWrite = { basis: importItemsOf(items), ...applyImport(items, planImport(items, backup, mode, NOW)) };
  return JSON.parse(JSON.stringify(write));
}

/** The background's side: the write passes the boundary, and is made against the store it meets. */
function expectWritten(items: Record<string, unknown>, sent: unknown) {
  const write = importWriteSchema.safeParse(sent);
  expect(write.success && write.data.set).toEqual((sent as ImportWrite).set);
  expect(holdsBasis(items, (sent as ImportWrite).basis)).toBe(true);
}
const time = (iso: string | undefined) => (iso === undefined ? -Infinity : Date.parse(iso));

describe('backup properties over random stores', () => {
  test('export → file → parse → replace gives back the identical store, whatever the store held before', () => {
    fc.assert(
      fc.property(storeArb, storeArb, (state, before) => {
        const backup = parsed(backupText(exportBackup(state, NOW, '0.1.0')));
        const after = afterWrite(before, applyImport(before, planImport(before, backup, 'replace', NOW)));
        expect(after).toEqual(state);
      }),
      RUNS,
    );
  }, TIMEOUT);

  test('merging a store with its own backup changes nothing and plans nothing', () => {
    fc.assert(
      fc.property(storeArb, (state) => {
        const plan = planImport(state, parsed(backupText(exportBackup(state, NOW, '0.1.0'))), 'merge', NOW);
        expect(plan.deals.every((d) => d.outcome === 'keep' && d.people.added.length + d.people.changed.length + d.people.removed.length === 0)).toBe(true);
        expect(applyImport(state, plan)).toEqual({ set: {}, remove: [] });
      }),
      RUNS,
    );
  }, TIMEOUT);

  test('a merge keeps every deal, person, log entry and newer criterion of both sides, and is valid', () => {
    fc.assert(
      fc.property(storeArb, storeArb, (mine, theirs) => {
        const plan = planImport(mine, exportBackup(theirs, NOW, '0.1.0'), 'merge', NOW);
        const write = applyImport(mine, plan);
        const after = afterWrite(mine, write);
        expect(readContents(after).unreadable.size).toBe(0);
        expect(write.remove).toEqual([]);
        const merged = dealsOf(after);
        const missingFrom = (key: string, deal: Deal) => {
          const result = merged.get(key)!;
          expect(dealSchema.safeParse(result).success).toBe(true);
          let missing = 0;
          for (const [person, record] of Object.entries(deal.contacts)) {
            const kept = result.contacts[person];
            if (!kept) {
              missing++;
              continue;
            }
            for (const c of CRITERIA) expect(time(kept.criteria[c].setAt)).toBeGreaterThanOrEqual(time(record.criteria[c].setAt));
            for (const c of CRITERIA) if (record.criteria[c].evidence) expect(kept.criteria[c].evidence).toBeDefined();
          }
          missing += deal.internalCoaches.filter((coach) => !result.internalCoaches.some((c) => c.key === coach.key)).length;
          missing += deal.intelligence.filter((entry) => !result.intelligence.some((e) => e.id === entry.id)).length;
          missing += deal.valueGiven.filter((entry) => !result.valueGiven.some((e) => e.id === entry.id)).length;
          return missing;
        };
        // What this browser holds is never cut; of the file, only what a bound left out (and the plan says so).
        for (const [key, deal] of dealsOf(mine)) expect(missingFrom(key, deal)).toBe(0);
        for (const [key, deal] of dealsOf(theirs)) expect(missingFrom(key, deal)).toBe(plan.deals.find((d) => d.key === key)!.overLimit);
        // A deal the file does not hold stays exactly as it was.
        for (const [key, deal] of dealsOf(mine)) if (!dealsOf(theirs).has(key)) expect(merged.get(key)).toEqual(deal);
      }),
      RUNS,
    );
  }, TIMEOUT);

  test('every write an import makes passes the background’s check, against the store it was made for', () => {
    fc.assert(
      fc.property(storeArb, storeArb, (mine, theirs) => {
        const backup = parsed(backupText(exportBackup(theirs, NOW, '0.1.0')));
        for (const mode of ['merge', 'replace'] as const) expectWritten(mine, sentWrite(mine, backup, mode));
      }),
      RUNS,
    );
  }, TIMEOUT);

  test('merging the same file again changes nothing more', () => {
    fc.assert(
      fc.property(storeArb, storeArb, (mine, theirs) => {
        const backup = exportBackup(theirs, NOW, '0.1.0');
        const once = afterWrite(mine, applyImport(mine, planImport(mine, backup, 'merge', NOW)));
        expect(applyImport(once, planImport(once, backup, 'merge', NOW))).toEqual({ set: {}, remove: [] });
      }),
      RUNS,
    );
  }, TIMEOUT);
});

/** Damage a file the ways files get damaged: cut off, a byte changed, a field changed or dropped. */
const damageArb = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('byte' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), char: fc.constantFrom('"', '{', '}', ',', ':', '0', 'x', '\\', ' ', '\u0000', '_') }),
  fc.record({ kind: fc.constant('field' as const), walk: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), value: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }) }),
);

type Damage = typeof damageArb extends fc.Arbitrary<infer T> ? T : never;

/** Follows `walk` into the file (each number picks a child) and replaces or deletes what it reaches. */
function damageField(file: unknown, walk: number[], value: unknown): unknown {
  const root = { file };
  let parent: Record<string, unknown> | unknown[] = root;
  let key: string | number = 'file';
  for (const step of walk) {
    const here: unknown = (parent as Record<string | number, unknown>)[key];
    if (typeof here !== 'object' || here === null) break;
    const keys: Array<string | number> = Array.isArray(here) ? here.map((_, i) => i) : Object.keys(here);
    if (keys.length === 0) break;
    parent = here as Record<string, unknown>;
    key = keys[step % keys.length]!;
  }
  if (value === undefined && !Array.isArray(parent)) delete (parent as Record<string, unknown>)[key];
  else (parent as Record<string | number, unknown>)[key] = value ?? null;
  return root.file;
}

function damaged(text: string, damage: Damage): string {
  const at = (fraction: number) => Math.min(text.length - 1, Math.floor(fraction * text.length));
  switch (damage.kind) {
    case 'cut':
      return text.slice(0, at(damage.at));
    case 'byte':
      return text.slice(0, at(damage.at)) + damage.char + text.slice(at(damage.at) + 1);
    case 'field':
      return JSON.stringify(damageField(JSON.parse(text), damage.walk, damage.value));
  }
}

test('any damaged file is refused with a problem in words, or validates whole and imports cleanly', () => {
  fc.assert(
    fc.property(storeArb, damageArb, (state, damage) => {
      const text = damaged(backupText(exportBackup(state, NOW, '0.1.0')), damage);
      const result = parseBackup(text, englishBackupSay);
      if (!result.ok) {
        expect(result.problem).toMatch(/^(The|This|A) /);
        expect(result.problem).not.toMatch(/undefined|\[object|backup_problem/);
        return;
      }
      expect(backupSchema.safeParse(result.backup).success).toBe(true);
      for (const mode of ['merge', 'replace'] as const) {
        const after = afterWrite(state, applyImport(state, planImport(state, result.backup, mode, NOW)));
        expect(readContents(after).unreadable.size).toBe(0);
        expectWritten(state, sentWrite(state, result.backup, mode));
      }
    }),
    { numRuns: 150 },
  );
}, TIMEOUT);
