/**
 * Rule 11, `coach-changed` (critical): a Coach or developing contact left the deal's contact list, or
 * changed title, email domain or account, and has not been reassessed since. "When a Coach leaves an
 * organization, immediately assess which other contacts might take over their coaching role rather
 * than waiting to see how the situation develops" (framework step 4, pro tip). Setting any criterion
 * of that contact after the change clears it. Changes come from merge.ts (complete reads only).
 */
import type { CoachChange } from '../network';
import { influenceRoleOf, lastAssessedAt, nameOf, type CurrentContact } from '../people';
import type { RecordKey } from '../records';
import { listOf, type Say } from '../say';
import { rankCandidates } from './candidates';
import { gap, type GapContext, type GapRule } from './types';

const SUCCESSORS_MAX = 3;

function describe(change: CoachChange, say: Say): string {
  const from = change.from ?? say('change_unknown');
  const to = change.to ?? say('change_unknown');
  return change.kind === 'left' ? say('change_left') : say(`change_${change.kind.replace(/-/g, '_')}`, from, to);
}

const normalized = (text: string | null | undefined) => text?.trim().toLowerCase() || null;

/**
 * Who could take over the coaching role: first whoever holds the very same CRM role or sits in the
 * same department (a successor in the seat: the new "Decision Maker"), then the same buying-influence
 * role, then the best partial coaches.
 */
function successorsOf(context: GapContext, key: RecordKey): CurrentContact[] {
  const record = context.deal.contacts[key];
  const role = record ? influenceRoleOf(record, context.roleTable) : null;
  const crmRole = normalized(record?.page.crmRole);
  const department = normalized(record?.page.department);
  const ranked = rankCandidates(context.contacts.filter((c) => c.key !== key), context.roleTable, Number.POSITIVE_INFINITY);
  const sameSeat = ranked.filter(
    (c) => (crmRole !== null && normalized(c.record.page.crmRole) === crmRole) || (department !== null && normalized(c.record.page.department) === department),
  );
  const sameRole = ranked.filter((c) => !sameSeat.includes(c) && role !== null && c.role === role);
  const partial = ranked.filter((c) => !sameSeat.includes(c) && !sameRole.includes(c) && c.yes > 0);
  return [...sameSeat, ...sameRole, ...partial].slice(0, SUCCESSORS_MAX);
}

export const coachChanged: GapRule = (context) => {
  const { deal } = context;
  const notReassessed = deal.changes.filter((change) => {
    const record = deal.contacts[change.contact];
    const assessed = record ? lastAssessedAt(record) : null;
    return assessed === null || assessed < Date.parse(change.detectedAt);
  });
  const byContact = new Map<RecordKey, CoachChange[]>();
  for (const change of [...notReassessed].sort((a, b) => Date.parse(a.detectedAt) - Date.parse(b.detectedAt))) {
    byContact.set(change.contact, [...(byContact.get(change.contact) ?? []), change]);
  }
  return [...byContact.entries()].map(([key, changes]) => {
    const { say } = context;
    const name = nameOf(deal, key);
    const was = say(changes[0]!.statusBefore === 'coach' ? 'gap_changed_was_coach' : 'gap_changed_was_developing');
    const successors = successorsOf(context, key);
    const left = changes.some((c) => c.kind === 'left');
    const reassess = say(left ? 'gap_changed_reassess_left' : 'gap_changed_reassess', name);
    const takeOver =
      successors.length > 0
        ? say('gap_changed_successors', listOf(say, successors.map((c) => c.name)))
        : say('gap_changed_no_successors', name);
    return gap({
      kind: 'coach-changed',
      severity: 'critical',
      people: [key],
      candidates: successors.map((c) => c.key),
      why: say('gap_changed_why', name, was, listOf(say, changes.map((change) => describe(change, say)))),
      nextAction: say('gap_changed_next', reassess, takeOver),
    });
  });
};
