/**
 * Rule 1, `no-coach` (critical): no buying-side contact meets all three criteria. Without a Coach
 * the rep reconstructs organizational reality from external signals (framework overview). Internal
 * coaches do not prevent it: they provide access, not the insider's view of the buying organization.
 */
import { listOf } from '../say';
import { bestKeys } from './candidates';
import { defineRule, finding, NOTHING } from './rule';

interface NoCoachDetail {
  contacts: number;
  /** The fifteen-year rep's "good contacts": friendly insiders never tested against the criteria. */
  untested: boolean;
}

export const noCoach = defineRule<NoCoachDetail>({
  find({ contacts, coaches, candidates }) {
    if (coaches.length > 0) return NOTHING;
    const untested = contacts.length > 0 && contacts.every((c) => c.status === 'unassessed');
    return [
      finding({
        kind: 'no-coach',
        severity: 'critical',
        people: NOTHING,
        candidates: bestKeys(candidates),
        detail: { contacts: contacts.length, untested },
      }),
    ];
  },
  word({ candidates, detail }, { say, nameOf }) {
    const why =
      detail.contacts === 0
        ? say('gap_no_coach_why_empty')
        : detail.untested
          ? say('gap_no_coach_why_untested', String(detail.contacts))
          : say('gap_no_coach_why');
    const nextAction = candidates.length > 0 ? say('gap_no_coach_next', listOf(say, candidates.map(nameOf))) : say('gap_no_coach_next_none');
    return { why, nextAction };
  },
});
