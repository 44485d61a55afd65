/**
 * Rule 5, `partial-coach` (info): a contact who meets one or two of the three criteria. They are
 * valuable but do not function as a Coach (framework principle 1); the gap says which criteria are
 * still open (unknown) and which failed (no), so the rep knows what to test or to develop.
 */
import { CRITERIA, type Criterion } from '../criteria';
import { listOf } from '../say';
import { gap, type GapRule } from './types';

export const partialCoach: GapRule = (context) => {
  const { say } = context;
  const labels = (criteria: readonly Criterion[]) => listOf(say, criteria.map((c) => say('quoted', say(`criterion_${c}`))));
  const oneOrMany = (key: string, criteria: readonly Criterion[]) => `${key}_${criteria.length > 1 ? 'many' : 'one'}`;
  return context.contacts
    .filter((c) => c.yes === 1 || c.yes === 2)
    .map((contact) => {
      const withValue = (value: 'unknown' | 'no') => CRITERIA.filter((c) => contact.record.criteria[c].value === value);
      const unknown = withValue('unknown');
      const failed = withValue('no');
      const open = [
        unknown.length > 0 ? say(oneOrMany('gap_partial_unknown', unknown), labels(unknown)) : null,
        failed.length > 0 ? say(oneOrMany('gap_partial_failed', failed), labels(failed)) : null,
      ].filter((part): part is string => part !== null);
      const yes = String(contact.yes);
      const why = say(failed.length > 0 ? 'gap_partial_why_friendly' : 'gap_partial_why', contact.name, yes, listOf(say, open));
      const tests = listOf(say, unknown.map((c) => say(`gap_partial_test_${c}`)));
      const nextAction =
        failed.length === 0
          ? say('gap_partial_next_find', contact.name, tests)
          : unknown.length === 0
            ? say(oneOrMany('gap_partial_next_keep', failed), contact.name, labels(failed))
            : say(oneOrMany('gap_partial_next_find_but', failed), contact.name, tests, labels(failed));
      return gap({ kind: 'partial-coach', severity: 'info', people: [contact.key], why, nextAction });
    });
};
