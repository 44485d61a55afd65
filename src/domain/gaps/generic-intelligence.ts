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
    const count = entries.length === 1 ? 'The only piece of intelligence' : entries.length === 2 ? 'Both pieces of intelligence' : `All ${entries.length} pieces of intelligence`;
    return [
      gap({
        kind: 'generic-intelligence',
        severity: 'warning',
        people: [coach.key],
        why: `${count} from ${coach.name} ${entries.length === 1 ? 'is' : 'are'} generic: ${coach.name} may be telling our competitors the same and is not functioning as a Coach.`,
        nextAction: `Ask ${coach.name} a specific question, '${question}', check the answer against another source, and retest ${coach.name} against the three criteria if it stays generic.`,
      }),
    ];
  });
};
