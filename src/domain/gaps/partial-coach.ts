/**
 * Rule 5, `partial-coach` (info): a contact who meets one or two of the three criteria. They are
 * valuable but do not function as a Coach (framework principle 1); the gap says which criteria are
 * still open (unknown) and which failed (no), so the rep knows what to test or to develop.
 */
import { CRITERIA, CRITERION_LABELS, type Criterion } from '../criteria';
import { listNames } from './candidates';
import { gap, type GapRule } from './types';

/** "Find out whether Colm Gallagher …" */
const TEST_PHRASES: Record<Criterion, string> = {
  wantsOurSolution: 'wants our solution',
  hasCredibility: 'has credibility with the buying influences',
  willingToGuide: 'is willing to guide you',
};

export const partialCoach: GapRule = (context) =>
  context.contacts
    .filter((c) => c.yes === 1 || c.yes === 2)
    .map((contact) => {
      const withValue = (value: 'unknown' | 'no') => CRITERIA.filter((c) => contact.record.criteria[c].value === value);
      const unknown = withValue('unknown');
      const failed = withValue('no');
      const labels = (criteria: readonly Criterion[]) => listNames(criteria.map((c) => `'${CRITERION_LABELS[c]}'`));
      const open = [
        unknown.length > 0 ? `${labels(unknown)} ${unknown.length > 1 ? 'are' : 'is'} still unknown` : null,
        failed.length > 0 ? `${labels(failed)} ${failed.length > 1 ? 'are' : 'is'} a no` : null,
      ].filter((part): part is string => part !== null);
      const why = `${contact.name} meets ${contact.yes} of the 3 Coach criteria: ${open.join(' and ')}${failed.length > 0 ? `, so ${contact.name} is a valuable friendly contact, not a Coach` : ''}.`;
      const findOut = `Find out whether ${contact.name} ${listNames(unknown.map((c) => TEST_PHRASES[c]))}`;
      const nextAction =
        failed.length === 0
          ? `${findOut}, and note the evidence.`
          : unknown.length === 0
            ? `Keep ${contact.name} as a valuable contact, but don't build the account strategy on ${contact.name}'s guidance while ${labels(failed)} ${failed.length > 1 ? 'are' : 'is'} a no.`
            : `${findOut}, but don't build the account strategy on ${contact.name}'s guidance while ${labels(failed)} ${failed.length > 1 ? 'are' : 'is'} a no.`;
      return gap({ kind: 'partial-coach', severity: 'info', people: [contact.key], why, nextAction });
    });
