/**
 * Import, steps two and three: what an import will add, change and leave alone (shown to the rep
 * before anything is written), then the one write that does it. Both are made on the options page;
 * the background makes the write only onto the store it was made against (write.ts). `merge` keeps
 * everything in this browser and adds the file's (merge-deal.ts); `replace` makes the store hold
 * exactly the file. Either way a stored value that can't be read is set aside, never overwritten
 * or dropped.
 */
import { jsonEqual } from '../migrations/json-equal';
import { CURRENT_ITEM_SCHEMAS, dataItemKindOf, quarantineItemKey } from '../migrations/layout';
import type { Deal } from '../network';
import type { RecordKey } from '../records';
import { itemsOfContents, readContents, type StoreContents } from './contents';
import { nextContents, type ImportMode, type NextContents } from './next-contents';
import type { Backup } from './schema';
import { isReplaceable } from './write';

export type { ImportMode };
export type Outcome = 'add' | 'change' | 'keep' | 'remove';

/** People of one deal (contacts and internal coaches), by name. */
export interface PeoplePlan {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
}

export interface DealPlan {
  key: RecordKey;
  name: string;
  outcome: Outcome;
  people: PeoplePlan;
  intelligenceAdded: number;
  valueGivenAdded: number;
  /** Entries of the file left out because the deal reached a bound (merge only). */
  overLimit: number;
}

export interface Counts {
  add: number;
  change: number;
  keep: number;
  remove: number;
}

export interface ImportPlan {
  mode: ImportMode;
  backup: Backup;
  /** When the plan was made: names the quarantine keys of values set aside by the import. */
  at: string;
  /** Every deal of the store and of the file, worst news first (removed, changed, added, kept). */
  deals: DealPlan[];
  totals: { deals: Counts; people: { added: number; changed: number; removed: number } };
  assessments: Counts;
  settings: Outcome | 'none';
  /** Values kept aside earlier (quarantine): replace removes those the file does not hold. */
  quarantine: Counts;
  /** Stored values that can't be read and are set aside by this import (their storage keys). */
  setAside: string[];
}

export interface StorageWrite {
  /** One `set` of the storage area: every new or changed item. */
  set: Record<string, unknown>;
  /** Then one `remove` (replace only): items the file does not hold. */
  remove: string[];
}

const outcomeOf = (before: unknown, after: unknown): Outcome =>
  before === undefined ? 'add' : after === undefined ? 'remove' : jsonEqual(before, after) ? 'keep' : 'change';

function peopleOf(deal: Deal | undefined): Map<string, { name: string; record: unknown }> {
  const people = new Map<string, { name: string; record: unknown }>();
  if (!deal) return people;
  for (const [key, record] of Object.entries(deal.contacts)) people.set(key, { name: record.page.name, record });
  for (const coach of deal.internalCoaches) people.set(coach.key, { name: coach.name, record: coach });
  return people;
}

function peoplePlan(before: Deal | undefined, after: Deal | undefined): PeoplePlan {
  const was = peopleOf(before);
  const will = peopleOf(after);
  const plan: PeoplePlan = { added: [], changed: [], removed: [], unchanged: 0 };
  const names = { add: plan.added, change: plan.changed, remove: plan.removed };
  for (const key of new Set([...was.keys(), ...will.keys()])) {
    const outcome = outcomeOf(was.get(key)?.record, will.get(key)?.record);
    if (outcome === 'keep') plan.unchanged++;
    else names[outcome].push((will.get(key) ?? was.get(key))!.name);
  }
  return plan;
}

const newEntries = (before: readonly { id: string }[] = [], after: readonly { id: string }[] = []) => {
  const known = new Set(before.map((e) => e.id));
  return after.filter((e) => !known.has(e.id)).length;
};

const OUTCOME_ORDER: readonly Outcome[] = ['remove', 'change', 'add', 'keep'];

function dealPlans(current: StoreContents, next: NextContents): DealPlan[] {
  const keys = new Set([...current.deals.keys(), ...next.contents.deals.keys()]);
  const plans = [...keys].map((key): DealPlan => {
    const before = current.deals.get(key);
    const after = next.contents.deals.get(key);
    return {
      key,
      name: (after ?? before)!.opportunity.name,
      outcome: outcomeOf(before, after),
      people: peoplePlan(before, after),
      intelligenceAdded: newEntries(before?.intelligence, after?.intelligence),
      valueGivenAdded: newEntries(before?.valueGiven, after?.valueGiven),
      overLimit: next.overLimit.get(key) ?? 0,
    };
  });
  return plans.sort((a, b) => OUTCOME_ORDER.indexOf(a.outcome) - OUTCOME_ORDER.indexOf(b.outcome) || a.name.localeCompare(b.name));
}

function countOutcomes<T>(before: ReadonlyMap<string, T>, after: ReadonlyMap<string, T>): Counts {
  const counts: Counts = { add: 0, change: 0, keep: 0, remove: 0 };
  for (const key of new Set([...before.keys(), ...after.keys()])) counts[outcomeOf(before.get(key), after.get(key))]++;
  return counts;
}

/** Stored values that can't be read and that the import would overwrite (merge) or remove (replace). */
function inTheWay(unreadable: ReadonlyMap<string, unknown>, nextItems: Readonly<Record<string, unknown>>, mode: ImportMode): string[] {
  return [...unreadable.keys()].filter((key) => mode === 'replace' || key in nextItems);
}

export function planImport(current: Readonly<Record<string, unknown>>, backup: Backup, mode: ImportMode, now: Date): ImportPlan {
  const { contents, unreadable } = readContents(current);
  const next = nextContents(contents, backup, mode);
  const deals = dealPlans(contents, next);
  const sum = (pick: (plan: DealPlan) => number) => deals.reduce((total, plan) => total + pick(plan), 0);
  const dealCounts: Counts = { add: 0, change: 0, keep: 0, remove: 0 };
  for (const plan of deals) dealCounts[plan.outcome]++;
  return {
    mode,
    backup,
    at: now.toISOString(),
    deals,
    totals: {
      deals: dealCounts,
      people: { added: sum((d) => d.people.added.length), changed: sum((d) => d.people.changed.length), removed: sum((d) => d.people.removed.length) },
    },
    assessments: countOutcomes(contents.assessments, next.contents.assessments),
    quarantine: countOutcomes(contents.quarantine, next.contents.quarantine),
    settings: contents.settings === null && next.contents.settings === null ? 'none' : outcomeOf(contents.settings ?? undefined, next.contents.settings ?? undefined),
    setAside: inTheWay(unreadable, itemsOfContents(next.contents), mode),
  };
}

/**
 * Whether a stored value already holds `value`: as stored, or once read (a value stored before a
 * field was added reads with that field's default; rewriting it only to add the default is no change).
 */
function holds(key: string, stored: unknown, value: unknown): boolean {
  if (jsonEqual(stored, value)) return true;
  const kind = dataItemKindOf(key);
  const read = kind === null || stored === undefined ? undefined : CURRENT_ITEM_SCHEMAS[kind].safeParse(stored);
  return read?.success === true && jsonEqual(read.data, value);
}

/**
 * The write that carries out `plan` on the store holding `current`: made again, with a new plan,
 * whenever the store changed since (a tag made in another tab since the plan was shown is merged
 * too, not lost). Unchanged items are not written.
 */
export function applyImport(current: Readonly<Record<string, unknown>>, plan: ImportPlan): StorageWrite {
  const { contents, unreadable } = readContents(current);
  const nextItems = itemsOfContents(nextContents(contents, plan.backup, plan.mode).contents);
  const at = new Date(plan.at);
  for (const key of inTheWay(unreadable, nextItems, plan.mode)) nextItems[quarantineItemKey(key, at)] = current[key];
  const set = Object.fromEntries(Object.entries(nextItems).filter(([key, value]) => !holds(key, current[key], value)));
  const remove = plan.mode === 'replace' ? Object.keys(current).filter((key) => isReplaceable(key) && !(key in nextItems)) : [];
  return { set, remove };
}
