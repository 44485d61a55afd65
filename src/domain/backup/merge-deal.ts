/**
 * Merging a deal from a backup into the same deal in the store without losing what the rep entered
 * in either: each criterion keeps its newer value (by `setAt`), a written text never gives way to
 * an empty one, access and logs are joined without duplicates, and page facts come from the later
 * read. The bounds of network.ts hold: the store's own entries stay, imported ones fill up to them.
 * Merging a deal with itself gives the same deal.
 */
import { CRITERIA, type Criteria, type CriterionAssessment } from '../criteria';
import { appendChanges, appendSnapshot } from '../history';
import { mergeOpportunity } from '../merge';
import {
  ACCESS_PEOPLE_MAX,
  CHECKLIST_TICKS_MAX,
  CONTACTS_PER_DEAL_MAX,
  ENTRIES_MAX,
  INTERNAL_COACHES_MAX,
  type Access,
  type ContactRecord,
  type Deal,
  type InternalCoach,
  type ReadSnapshot,
} from '../network';
import { lastAssessedAt } from '../people';
import type { RecordKey } from '../records';
import { buyingInfluenceRoleSchema } from '../roles';
import { unionBy } from './union';

export interface MergedDeal {
  deal: Deal;
  /** Imported entries left out because a bound was reached (shown in the import plan). */
  overLimit: number;
}

/** Epoch milliseconds; an absent time is older than any. */
const timeOf = (iso: string | undefined) => (iso === undefined ? -Infinity : Date.parse(iso));
/** The imported side wins only when strictly newer: on a tie, the store's value stays. */
const importedIsNewer = (current: string | undefined, imported: string | undefined) => timeOf(imported) > timeOf(current);
const earlier = (a: string, b: string) => (timeOf(b) < timeOf(a) ? b : a);
const later = (a: string, b: string) => (timeOf(b) > timeOf(a) ? b : a);
/** A written text never gives way to an empty one. */
const text = (preferred: string, other: string) => (preferred.trim() !== '' ? preferred : other);

function mergeAccess(current: Access, imported: Access): Access {
  return {
    // accessSchema allows three roles: as many as there are.
    roles: unionBy(current.roles, imported.roles, String, buyingInfluenceRoleSchema.options.length).items,
    people: unionBy(current.people, imported.people, String, ACCESS_PEOPLE_MAX).items,
  };
}

function mergeCriterion(current: CriterionAssessment, imported: CriterionAssessment): CriterionAssessment {
  const [newer, older] = importedIsNewer(current.setAt, imported.setAt) ? [imported, current] : [current, imported];
  // Setting a value by keyboard leaves the evidence as it was: evidence written on the other side stays.
  const evidence = newer.evidence ?? older.evidence;
  return { ...newer, ...(evidence !== undefined && { evidence }) };
}

function mergeContact(current: ContactRecord, imported: ContactRecord): ContactRecord {
  const criteria = Object.fromEntries(CRITERIA.map((c) => [c, mergeCriterion(current.criteria[c], imported.criteria[c])])) as Criteria;
  // The rep's undated choices (role, sponsor, wins) come from the copy assessed more recently.
  const assessed = (record: ContactRecord) => lastAssessedAt(record) ?? -Infinity;
  const [recent, other] = assessed(imported) > assessed(current) ? [imported, current] : [current, imported];
  return {
    page: importedIsNewer(current.lastSeenAt, imported.lastSeenAt) ? imported.page : current.page,
    criteria,
    influenceRoleOverride: recent.influenceRoleOverride,
    sponsor: recent.sponsor,
    personalWin: text(recent.personalWin, other.personalWin),
    organizationResult: text(recent.organizationResult, other.organizationResult),
    access: mergeAccess(current.access, imported.access),
    firstSeenAt: earlier(current.firstSeenAt, imported.firstSeenAt),
    lastSeenAt: later(current.lastSeenAt, imported.lastSeenAt),
  };
}

function mergeInternalCoach(current: InternalCoach, imported: InternalCoach): InternalCoach {
  return {
    ...current,
    email: current.email ?? imported.email,
    title: current.title ?? imported.title,
    access: mergeAccess(current.access, imported.access),
    addedAt: earlier(current.addedAt, imported.addedAt),
  };
}

/** Same person in both: merged; in one: as it is. Keyed lists keep the store's order, then the new. */
function mergeKeyed<T>(current: readonly T[], imported: readonly T[], keyOf: (item: T) => string, merge: (a: T, b: T) => T, max: number) {
  const importedByKey = new Map(imported.map((item) => [keyOf(item), item]));
  const merged = current.map((item) => {
    const other = importedByKey.get(keyOf(item));
    return other === undefined ? item : merge(item, other);
  });
  return unionBy(merged, imported, keyOf, max);
}

/** Page reads of both, in time order, compacted by the store's own rule (history.ts). */
function mergeHistory(current: readonly ReadSnapshot[], imported: readonly ReadSnapshot[]): ReadSnapshot[] {
  const keyOf = (snapshot: ReadSnapshot) => JSON.stringify(snapshot);
  const known = new Set(current.map(keyOf));
  const fresh = imported.filter((s) => !known.has(keyOf(s)));
  if (fresh.length === 0) return [...current];
  const all = [...current, ...fresh].sort((a, b) => timeOf(a.readAt) - timeOf(b.readAt));
  return all.reduce<ReadSnapshot[]>((history, snapshot) => appendSnapshot(history, snapshot), []);
}

function mergeChanges(current: Deal['changes'], imported: Deal['changes']): Deal['changes'] {
  const joined = appendChanges(current, imported);
  const added = joined.some((change) => !current.includes(change));
  return added ? joined.sort((a, b) => timeOf(a.detectedAt) - timeOf(b.detectedAt)) : joined;
}

function mergeChecklist(current: Deal['checklist'], imported: Deal['checklist']): Deal['checklist'] {
  const ticks = new Map(Object.entries(current));
  for (const [item, tick] of Object.entries(imported)) {
    const mine = ticks.get(item);
    if (mine ? importedIsNewer(mine.at, tick.at) : ticks.size < CHECKLIST_TICKS_MAX) ticks.set(item, tick);
  }
  return Object.fromEntries(ticks);
}

export function mergeDeal(current: Deal, imported: Deal): MergedDeal {
  const pageSide = importedIsNewer(current.lastReadAt, imported.lastReadAt) ? imported : current;
  const olderSide = pageSide === imported ? current : imported;

  const contactKeys = unionBy(Object.keys(current.contacts), Object.keys(imported.contacts), String, CONTACTS_PER_DEAL_MAX);
  const contacts: Record<RecordKey, ContactRecord> = {};
  for (const key of contactKeys.items) {
    const mine = current.contacts[key];
    const theirs = imported.contacts[key];
    contacts[key] = mine && theirs ? mergeContact(mine, theirs) : (mine ?? theirs)!;
  }
  const internalCoaches = mergeKeyed(current.internalCoaches, imported.internalCoaches, (c) => c.key, mergeInternalCoach, INTERNAL_COACHES_MAX);
  const intelligence = unionBy(current.intelligence, imported.intelligence, (e) => e.id, ENTRIES_MAX);
  const valueGiven = unionBy(current.valueGiven, imported.valueGiven, (e) => e.id, ENTRIES_MAX);

  return {
    deal: {
      ...current,
      opportunity: mergeOpportunity(olderSide.opportunity, pageSide.opportunity),
      contacts,
      // Who is on the list now is a page fact: from the later read (a contact cut by the bound can't be listed).
      currentContacts: pageSide.currentContacts.filter((key) => key in contacts),
      lastReadAt: pageSide.lastReadAt,
      internalCoaches: internalCoaches.items,
      intelligence: intelligence.items,
      valueGiven: valueGiven.items,
      checklist: mergeChecklist(current.checklist, imported.checklist),
      history: mergeHistory(current.history, imported.history),
      changes: mergeChanges(current.changes, imported.changes),
      team: pageSide.team,
    },
    overLimit: contactKeys.overLimit + internalCoaches.overLimit + intelligence.overLimit + valueGiven.overLimit,
  };
}
