/**
 * Rule 11, `coach-changed` (critical): a Coach or developing contact left the deal's contact list, or
 * changed title, email domain or account, and has not been reassessed since. "When a Coach leaves an
 * organization, immediately assess which other contacts might take over their coaching role rather
 * than waiting to see how the situation develops" (framework step 4, pro tip). Setting any criterion
 * of that contact after the change clears it. Changes come from merge.ts (complete reads only).
 */
import { timeOf } from '../iso-time';
import type { CoachChange, Deal } from '../network';
import { influenceRoleOf, lastAssessedAt, type CurrentContact } from '../people';
import type { PersonKey, RecordKey } from '../records';
import { keyFamily, listOf, type Say } from '../say';
import { listedContact, type DealFacts } from './facts';
import { defineRule, finding, NOT_LISTED, NOTHING } from './rule';

const SUCCESSORS_MAX = 3;
const changeKey = keyFamily('change_');

interface CoachChangedDetail {
  /** The contact's changes since they were last assessed, earliest first. */
  changes: CoachChange[];
}

function describe(change: CoachChange, say: Say): string {
  const from = change.from ?? say('change_unknown');
  const to = change.to ?? say('change_unknown');
  return change.kind === 'left' ? say('change_left') : say(changeKey(change.kind), from, to);
}

/**
 * A CRM role or department as compared: trimmed, any case; null when blank. The same few texts
 * recur on every deal of a pipeline, and trimming and lower-casing each candidate's anew for every
 * change cost more than the rest of the rule, so each distinct text is worked out once (bounded: the
 * texts come from CRM pages).
 */
const normalizedTexts = new Map<string, string | null>();
const NORMALIZED_MAX = 1000;

function normalized(text: string | null | undefined): string | null {
  if (!text) return null;
  let result = normalizedTexts.get(text);
  if (result === undefined) {
    if (normalizedTexts.size >= NORMALIZED_MAX) normalizedTexts.clear();
    normalizedTexts.set(text, (result = text.trim().toLowerCase() || null));
  }
  return result;
}

/** The successors' tiers, best first (see successorsOf); NO_TIER: not a successor at all. */
const SAME_SEAT = 0;
const SAME_ROLE = 1;
const PARTIAL_COACH = 2;
const NO_TIER = 3;

/**
 * Who could take over the coaching role: first whoever holds the very same CRM role or sits in the
 * same department (a successor in the seat: the new "Decision Maker"), then the same buying-influence
 * role, then the best partial coaches; the ranked candidates within each tier. One pass over the
 * ranking gives each candidate its tier once.
 */
function successorsOf({ deal, roleTable, candidates }: DealFacts, key: RecordKey): PersonKey[] {
  const record = deal.contacts[key];
  const role = record ? influenceRoleOf(record, roleTable) : null;
  const crmRole = normalized(record?.page.crmRole);
  const department = normalized(record?.page.department);
  const tierOf = (c: CurrentContact) => {
    if ((crmRole !== null && normalized(c.record.page.crmRole) === crmRole) || (department !== null && normalized(c.record.page.department) === department)) return SAME_SEAT;
    if (role !== null && c.role === role) return SAME_ROLE;
    return c.yes > 0 ? PARTIAL_COACH : NO_TIER;
  };
  // The best SUCCESSORS_MAX of each tier, in ranking order; the first tiers fill the list first.
  const tiers: PersonKey[][] = [[], [], []];
  for (const candidate of candidates) {
    if (candidate.key === key) continue;
    const tier = tierOf(candidate);
    if (tier !== NO_TIER && tiers[tier]!.length < SUCCESSORS_MAX) tiers[tier]!.push(candidate.key);
    if (tiers[SAME_SEAT]!.length === SUCCESSORS_MAX) break;
  }
  const successors: PersonKey[] = [];
  for (const tier of tiers) for (const successor of tier) if (successors.length < SUCCESSORS_MAX) successors.push(successor);
  return successors;
}

/**
 * The changes no criterion was set after, earliest first, grouped by contact in the order of their
 * first. Most deals have one such change or none: those need no sort and no grouping.
 */
function openChangesByContact({ changes, contacts }: Deal): CoachChange[][] {
  const open: { change: CoachChange; at: number }[] = [];
  for (const change of changes) {
    const record = contacts[change.contact];
    const assessed = record ? lastAssessedAt(record) : null;
    const at = timeOf(change.detectedAt);
    if (assessed === null || assessed < at) open.push({ change, at });
  }
  if (open.length <= 1) return open.map(({ change }) => [change]);
  open.sort((a, b) => a.at - b.at);
  const byContact = new Map<RecordKey, CoachChange[]>();
  for (const { change } of open) {
    const list = byContact.get(change.contact);
    if (list) list.push(change);
    else byContact.set(change.contact, [change]);
  }
  return [...byContact.values()];
}

export const coachChanged = defineRule<CoachChangedDetail>({
  find(facts) {
    if (facts.deal.changes.length === 0) return NOTHING;
    return openChangesByContact(facts.deal).map((changes) => {
      const key = changes[0]!.contact;
      return finding({
        kind: 'coach-changed',
        severity: 'critical',
        people: [key],
        candidates: successorsOf(facts, key),
        detail: { changes },
        pageOrder: listedContact(facts.contacts, key)?.order ?? NOT_LISTED,
      });
    });
  },
  word({ people, candidates, detail: { changes } }, { say, nameOf }) {
    const name = nameOf(people[0]!);
    const was = say(changes[0]!.statusBefore === 'coach' ? 'gap_changed_was_coach' : 'gap_changed_was_developing');
    const left = changes.some((c) => c.kind === 'left');
    const reassess = say(left ? 'gap_changed_reassess_left' : 'gap_changed_reassess', name);
    const takeOver =
      candidates.length > 0 ? say('gap_changed_successors', listOf(say, candidates.map(nameOf))) : say('gap_changed_no_successors', name);
    return {
      why: say('gap_changed_why', name, was, listOf(say, changes.map((change) => describe(change, say)))),
      nextAction: say('gap_changed_next', reassess, takeOver),
    };
  },
});
