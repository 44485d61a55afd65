/**
 * Rule 1, `no-coach` (critical): no buying-side contact meets all three criteria. Without a Coach
 * the rep reconstructs organizational reality from external signals (framework overview). Internal
 * coaches do not prevent it: they provide access, not the insider's view of the buying organization.
 */
import { listOf } from '../say';
import { rankCandidates } from './candidates';
import { gap, type GapRule } from './types';

export const noCoach: GapRule = (context) => {
  if (context.coaches.length > 0) return [];
  const { say } = context;
  const candidates = rankCandidates(context.contacts, context.roleTable);
  // The fifteen-year rep's "good contacts": friendly insiders never tested against the criteria.
  const untested = context.contacts.length > 0 && context.contacts.every((c) => c.status === 'unassessed');
  const why =
    context.contacts.length === 0
      ? say('gap_no_coach_why_empty')
      : untested
        ? say('gap_no_coach_why_untested', String(context.contacts.length))
        : say('gap_no_coach_why');
  const nextAction =
    candidates.length > 0 ? say('gap_no_coach_next', listOf(say, candidates.map((c) => c.name))) : say('gap_no_coach_next_none');
  return [gap({ kind: 'no-coach', severity: 'critical', people: [], candidates: candidates.map((c) => c.key), why, nextAction })];
};
