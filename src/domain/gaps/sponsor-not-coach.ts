/**
 * Rule 7, `sponsor-not-coach` (warning): a sponsor who is not shown to guide us. "A sponsor who is
 * visible and vocal about supporting your solution provides political value but may not have access
 * to the intelligence you actually need" (framework common mistake 2). A sponsor counts as guiding
 * only when willing-to-guide is a yes and at least one piece of intelligence came from them.
 */
import type { CriterionValue } from '../criteria';
import { listOf } from '../say';
import { aboutContact, defineRule, NOTHING, questionText, type GapFinding } from './rule';

interface SponsorNotCoachDetail {
  guide: CriterionValue;
  gaveIntelligence: boolean;
}

export const sponsorNotCoach = defineRule<SponsorNotCoachDetail>({
  find({ contacts, intelligenceFrom }) {
    let found: GapFinding<SponsorNotCoachDetail>[] | undefined;
    for (const contact of contacts) {
      if (!contact.record.sponsor) continue;
      const guide = contact.record.criteria.willingToGuide.value;
      const gaveIntelligence = intelligenceFrom.has(contact.key);
      if (guide === 'yes' && gaveIntelligence) continue;
      (found ??= []).push(aboutContact('sponsor-not-coach', 'warning', contact, { guide, gaveIntelligence }));
    }
    return found ?? NOTHING;
  },
  word({ people, detail }, { say, nameOf }) {
    const name = nameOf(people[0]!);
    const lacking = [
      detail.guide === 'no' ? say('gap_sponsor_lacks_guide_no') : detail.guide === 'unknown' ? say('gap_sponsor_lacks_guide_unknown') : null,
      detail.gaveIntelligence ? null : say('gap_sponsor_lacks_intelligence'),
    ].filter((part): part is string => part !== null);
    return { why: say('gap_sponsor_why', name, listOf(say, lacking)), nextAction: say('gap_sponsor_next', name, questionText(say, 'process-steps')) };
  },
});
