/**
 * Rule 2, `single-coach` (warning): exactly one Coach, a one-legged stool (framework principle 3,
 * common mistake 1): when that person changes roles, leaves or loses credibility, the whole
 * intelligence foundation collapses at once.
 */
import { listOf } from '../say';
import { rankCandidates } from './candidates';
import { gap, type GapRule } from './types';

export const singleCoach: GapRule = (context) => {
  const [coach, ...others] = context.coaches;
  if (!coach || others.length > 0) return [];
  const candidates = rankCandidates(context.contacts, context.roleTable);
  const { say } = context;
  const why = say('gap_single_coach_why', coach.name);
  const nextAction =
    candidates.length > 0
      ? say('gap_single_coach_next', listOf(say, candidates.map((c) => c.name)), coach.name)
      : say('gap_single_coach_next_none', coach.name);
  return [gap({ kind: 'single-coach', severity: 'warning', people: [coach.key], candidates: candidates.map((c) => c.key), why, nextAction })];
};
