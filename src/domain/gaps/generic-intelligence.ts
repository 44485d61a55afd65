/**
 * Rule 9, `generic-intelligence` (warning): a Coach whose every piece of intelligence is generic.
 * "A contact who gives you generic information may be informing your competitors equally"
 * (framework principle 2); in the double-agent example the diagnostic is whether the information
 * specifically helps navigate this sale, and the fix is a network of sources that cross-validate.
 */
import { phrase, questionById } from '../questions';
import { gap, type GapRule } from './types';

export const genericIntelligence: GapRule = (context) => {
  const question = phrase(context.say, questionById('process-next-call'));
  return context.coaches.flatMap((coach) => {
    const entries = context.deal.intelligence.filter((e) => e.source === coach.key);
    if (entries.length === 0 || entries.some((e) => e.specific)) return [];
    const { say } = context;
    const count =
      entries.length === 1 ? say('gap_generic_count_one') : entries.length === 2 ? say('gap_generic_count_two') : say('gap_generic_count_many', String(entries.length));
    return [
      gap({
        kind: 'generic-intelligence',
        severity: 'warning',
        people: [coach.key],
        why: say(entries.length === 1 ? 'gap_generic_why_one' : 'gap_generic_why_many', count, coach.name),
        nextAction: say('gap_generic_next', coach.name, question),
      }),
    ];
  });
};
