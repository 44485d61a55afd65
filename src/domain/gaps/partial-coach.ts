/**
 * Rule 5, `partial-coach` (info): a contact who meets one or two of the three criteria. They are
 * valuable but do not function as a Coach (framework principle 1); the gap says which criteria are
 * still open (unknown) and which failed (no), so the rep knows what to test or to develop.
 */
import { CRITERIA, type Criteria, type Criterion } from '../criteria';
import { keyFamily, listOf, type Say } from '../say';
import { aboutContact, defineRule, type GapFinding } from './rule';

/** The contact's criteria: which are open, which failed. */
type PartialCoachDetail = Criteria;

const criterionName = keyFamily('criterion_');
const howToTest = keyFamily('gap_partial_test_');
const labels = (say: Say, criteria: readonly Criterion[]) => listOf(say, criteria.map((c) => say('quoted', say(criterionName(c)))));
/** The message of a family for one criterion or several: `gap_partial_unknown_one`, `…_many`. */
const oneOrMany = (family: (name: string) => string, criteria: readonly Criterion[]) => family(criteria.length > 1 ? 'many' : 'one');
const UNKNOWN = keyFamily('gap_partial_unknown_');
const FAILED = keyFamily('gap_partial_failed_');
const KEEP = keyFamily('gap_partial_next_keep_');
const FIND_BUT = keyFamily('gap_partial_next_find_but_');

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
    const yes: Criterion[] = [];
    const unknown: Criterion[] = [];
    const failed: Criterion[] = [];
    for (const criterion of CRITERIA) {
      const { value } = criteria[criterion];
      (value === 'yes' ? yes : value === 'no' ? failed : unknown).push(criterion);
    }
    const open = [
      unknown.length > 0 ? say(oneOrMany(UNKNOWN, unknown), labels(say, unknown)) : null,
      failed.length > 0 ? say(oneOrMany(FAILED, failed), labels(say, failed)) : null,
    ].filter((part): part is string => part !== null);
    const why = say(failed.length > 0 ? 'gap_partial_why_friendly' : 'gap_partial_why', name, String(yes.length), listOf(say, open));
    const tests = listOf(say, unknown.map((c) => say(howToTest(c))));
    const nextAction =
      failed.length === 0
        ? say('gap_partial_next_find', name, tests)
        : unknown.length === 0
          ? say(oneOrMany(KEEP, failed), name, labels(say, failed))
          : say(oneOrMany(FIND_BUT, failed), name, tests, labels(say, failed));
    return { why, nextAction };
  },
});
