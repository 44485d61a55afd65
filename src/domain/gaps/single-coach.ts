/**
 * Rule 2, `single-coach` (warning): exactly one Coach, a one-legged stool (framework principle 3,
 * common mistake 1): when that person changes roles, leaves or loses credibility, the whole
 * intelligence foundation collapses at once.
 */
import { rankCandidates, listNames } from './candidates';
import { gap, type GapRule } from './types';

export const singleCoach: GapRule = (context) => {
  const [coach, ...others] = context.coaches;
  if (!coach || others.length > 0) return [];
  const candidates = rankCandidates(context.contacts, context.roleTable);
  const why = `${coach.name} is the only Coach on this deal: if ${coach.name} changes roles, leaves or loses credibility, the whole intelligence picture goes too.`;
  const nextAction =
    candidates.length > 0
      ? `Develop a second Coach: test ${listNames(candidates.map((c) => c.name))} against the three criteria, starting with whoever ${coach.name} says has a personal stake in our solution.`
      : `Develop a second Coach: ask ${coach.name} who else will use or benefit from our solution, add them to the contact roles and test them against the three criteria.`;
  return [gap({ kind: 'single-coach', severity: 'warning', people: [coach.key], candidates: candidates.map((c) => c.key), why, nextAction })];
};
