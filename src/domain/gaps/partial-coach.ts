/**
 * Rule 5, `partial-coach` (info): a contact who meets one or two of the three criteria. They are
 * valuable but do not function as a Coach (framework principle 1); the gap says which criteria are
 * still open (unknown) and which failed (no), so the rep knows what to test or to develop.
 */
import { CRITERIA, type Criteria, type Criterion, type CriterionValue } from '../criteria';
import { listOf, type Say } from '../say';
import { aboutContact, defineRule, type GapFinding } from './rule';

/** The contact's criteria: which are open, which failed. */
type PartialCoachDetail = Criteria;

const labels = (say: Say, criteria: readonly Criterion[]) => listOf(say, criteria.map((c) => say('quoted', say(`criterion_${c}`))));
const oneOrMany = (key: string, criteria: readonly Criterion[]) => `${key}_${criteria.length > 1 ? 'many' : 'one'}`;

export const partialCoach = defineRule<PartialCoachDetail>({
  find({ contacts }) {
    const found: GapFinding<PartialCoachDetail>[] = [];
    for (const contact of contacts) {
      if (contact.yes !== 1 && contact.yes !== 2) continue;
      found.push(aboutContact('partial-coach', 'info', contact, contact.record.criteria));
    }
    return found;
  },
  word({ people, detail: criteria }, { say, nameOf }) {
    const name = nameOf(people[0]!);
    const withValue = (value: CriterionValue) => CRITERIA.filter((c) => criteria[c].value === value);
    const yes = withValue('yes');
    const unknown = withValue('unknown');
    const failed = withValue('no');
    const open = [
      unknown.length > 0 ? say(oneOrMany('gap_partial_unknown', unknown), labels(say, unknown)) : null,
      failed.length > 0 ? say(oneOrMany('gap_partial_failed', failed), labels(say, failed)) : null,
    ].filter((part): part is string => part !== null);
    const why = say(failed.length > 0 ? 'gap_partial_why_friendly' : 'gap_partial_why', name, String(yes.length), listOf(say, open));
    const tests = listOf(say, unknown.map((c) => say(`gap_partial_test_${c}`)));
    const nextAction =
      failed.length === 0
        ? say('gap_partial_next_find', name, tests)
        : unknown.length === 0
          ? say(oneOrMany('gap_partial_next_keep', failed), name, labels(say, failed))
          : say(oneOrMany('gap_partial_next_find_but', failed), name, tests, labels(say, failed));
    return { why, nextAction };
  },
});
