/**
 * Rule 9, `generic-intelligence` (warning): a Coach whose every piece of intelligence is generic.
 * "A contact who gives you generic information may be informing your competitors equally"
 * (framework principle 2); in the double-agent example the diagnostic is whether the information
 * specifically helps navigate this sale, and the fix is a network of sources that cross-validate.
 */
import type { Intelligence } from '../network';
import { aboutContact, defineRule, NOTHING, questionText, type GapFinding } from './rule';

interface GenericIntelligenceDetail {
  entries: number;
}

function anySpecific(entries: readonly Intelligence[]): boolean {
  for (const entry of entries) if (entry.specific) return true;
  return false;
}

export const genericIntelligence = defineRule<GenericIntelligenceDetail>({
  find({ coaches, intelligenceFrom }) {
    let found: GapFinding<GenericIntelligenceDetail>[] | undefined;
    for (const coach of coaches) {
      const entries = intelligenceFrom.get(coach.key);
      if (!entries || anySpecific(entries)) continue;
      (found ??= []).push(aboutContact('generic-intelligence', 'warning', coach, { entries: entries.length }));
    }
    return found ?? NOTHING;
  },
  word({ people, detail: { entries } }, { say, nameOf }) {
    const name = nameOf(people[0]!);
    const count = entries === 1 ? say('gap_generic_count_one') : entries === 2 ? say('gap_generic_count_two') : say('gap_generic_count_many', String(entries));
    return {
      why: say(entries === 1 ? 'gap_generic_why_one' : 'gap_generic_why_many', count, name),
      nextAction: say('gap_generic_next', name, questionText(say, 'process-next-call')),
    };
  },
});
