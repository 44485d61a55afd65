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
import { rankCandidates, listNames } from './candidates';
import { gap, type GapContext, type GapRule } from './types';

const SUCCESSORS_MAX = 3;

function describe(change: CoachChange): string {
  const from = change.from ?? 'unknown';
  const to = change.to ?? 'unknown';
  switch (change.kind) {
    case 'left':
      return "left the deal's contact list";
    case 'title':
      return `changed title from '${from}' to '${to}'`;
    case 'email-domain':
      return `changed email domain from ${from} to ${to}`;
    case 'account':
      return `moved from account ${from} to ${to}`;
  }
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
    const name = nameOf(deal, key);
    const was = changes[0]!.statusBefore === 'coach' ? 'a Coach' : 'a developing Coach';
    const successors = successorsOf(context, key);
    const left = changes.some((c) => c.kind === 'left');
    const reassess = left ? `Find out where ${name} went and reassess ${name} now` : `Reassess ${name} against the three criteria now`;
    const takeOver =
      successors.length > 0
        ? `assess ${listNames(successors.map((c) => c.name))} as successors to the coaching role`
        : `find out who might take over ${name}'s coaching role`;
    return gap({
      kind: 'coach-changed',
      severity: 'critical',
      people: [key],
      candidates: successors.map((c) => c.key),
      why: `${name}, ${was} on this deal, ${listNames(changes.map(describe))}: the guidance and access you relied on may be gone.`,
      nextAction: `${reassess}, and ${takeOver}: don't wait to see how the situation develops.`,
    });
  });
};
