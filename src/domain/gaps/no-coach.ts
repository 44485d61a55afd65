/**
 * Rule 1, `no-coach` (critical): no buying-side contact meets all three criteria. Without a Coach
 * the rep reconstructs organizational reality from external signals (framework overview). Internal
 * coaches do not prevent it: they provide access, not the insider's view of the buying organization.
 */
import { rankCandidates, listNames } from './candidates';
import { gap, type GapRule } from './types';

export const noCoach: GapRule = (context) => {
  if (context.coaches.length > 0) return [];
  const candidates = rankCandidates(context.contacts, context.roleTable);
  const names = listNames(candidates.map((c) => c.name));
  // The fifteen-year rep's "good contacts": friendly insiders never tested against the criteria.
  const untested = context.contacts.length > 0 && context.contacts.every((c) => c.status === 'unassessed');
  const why =
    context.contacts.length === 0
      ? 'No contacts are listed on this deal, so there is no Coach to show you how the decision will really be made.'
      : untested
        ? `None of the ${context.contacts.length} contacts on this deal has been tested against the three Coach criteria yet: a friendly contact is not a Coach until they want our solution, have credibility and are willing to guide you.`
        : 'No one on this deal meets all three Coach criteria (wants our solution, has credibility, willing to guide), so you are reading the organization from outside signals.';
  const nextAction =
    candidates.length > 0
      ? `Test ${names} against the three criteria: do they want our solution, have credibility with the buying influences, and will they guide you?`
      : 'Add the people who will use or benefit from our solution to the contact roles, then test each against the three criteria.';
  return [gap({ kind: 'no-coach', severity: 'critical', people: [], candidates: candidates.map((c) => c.key), why, nextAction })];
};
