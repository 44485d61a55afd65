/**
 * Rule 2, `single-coach` (warning): exactly one Coach, a one-legged stool (framework principle 3,
 * common mistake 1): when that person changes roles, leaves or loses credibility, the whole
 * intelligence foundation collapses at once.
 */
import { listOf } from '../say';
import { bestKeys } from './candidates';
import { defineRule, finding, NOTHING } from './rule';

export const singleCoach = defineRule<null>({
  find({ coaches, candidates }) {
    if (coaches.length !== 1) return NOTHING;
    const candidateKeys = bestKeys(candidates);
    return [finding({ kind: 'single-coach', severity: 'warning', people: [coaches[0]!.key], candidates: candidateKeys, detail: null, pageOrder: coaches[0]!.order })];
  },
  word({ people, candidates }, { say, nameOf }) {
    const coach = nameOf(people[0]!);
    return {
      why: say('gap_single_coach_why', coach),
      nextAction:
        candidates.length > 0 ? say('gap_single_coach_next', listOf(say, candidates.map(nameOf)), coach) : say('gap_single_coach_next_none', coach),
    };
  },
});
