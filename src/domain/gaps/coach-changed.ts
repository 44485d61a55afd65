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
import type { RecordKey } from '../records';
import { keyFamily, listOf, type Say } from '../say';
import { firstOf, keysOf } from './candidates';
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

const normalized = (text: string | null | undefined) => text?.trim().toLowerCase() || null;

/**
 * Who could take over the coaching role: first whoever holds the very same CRM role or sits in the
 * same department (a successor in the seat: the new "Decision Maker"), then the same buying-influence
 * role, then the best partial coaches.
 */
function successorsOf({ deal, roleTable, candidates }: DealFacts, key: RecordKey): CurrentContact[] {
  const record = deal.contacts[key];
  const role = record ? influenceRoleOf(record, roleTable) : null;
  const crmRole = normalized(record?.page.crmRole);
  const department = normalized(record?.page.department);
  const sameSeat = (c: CurrentContact) =>
    (crmRole !== null && normalized(c.record.page.crmRole) === crmRole) || (department !== null && normalized(c.record.page.department) === department);
  const sameRole = (c: CurrentContact) => role !== null && c.role === role;
  const tiers = [sameSeat, (c: CurrentContact) => !sameSeat(c) && sameRole(c), (c: CurrentContact) => !sameSeat(c) && !sameRole(c) && c.yes > 0];
  const successors: CurrentContact[] = [];
  for (const tier of tiers) {
    if (successors.length === SUCCESSORS_MAX) break;
    successors.push(...firstOf(candidates, (c) => c.key !== key && tier(c), SUCCESSORS_MAX - successors.length));
  }
  return successors;
}

/** The changes no criterion was set after, earliest first, grouped by contact in the order of their first. */
function openChangesByContact({ changes, contacts }: Deal): Map<RecordKey, CoachChange[]> {
  const open: { change: CoachChange; at: number }[] = [];
  for (const change of changes) {
    const record = contacts[change.contact];
    const assessed = record ? lastAssessedAt(record) : null;
    const at = timeOf(change.detectedAt);
    if (assessed === null || assessed < at) open.push({ change, at });
  }
  open.sort((a, b) => a.at - b.at);
  const byContact = new Map<RecordKey, CoachChange[]>();
  for (const { change } of open) {
    const list = byContact.get(change.contact);
    if (list) list.push(change);
    else byContact.set(change.contact, [change]);
  }
  return byContact;
}

export const coachChanged = defineRule<CoachChangedDetail>({
  find(facts) {
    if (facts.deal.changes.length === 0) return NOTHING;
    return [...openChangesByContact(facts.deal)].map(([key, changes]) =>
      finding({
        kind: 'coach-changed',
        severity: 'critical',
        people: [key],
        candidates: keysOf(successorsOf(facts, key)),
        detail: { changes },
        pageOrder: listedContact(facts.contacts, key)?.order ?? NOT_LISTED,
      }),
    );
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
