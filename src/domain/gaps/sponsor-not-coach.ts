/**
 * Rule 7, `sponsor-not-coach` (warning): a sponsor who is not shown to guide us. "A sponsor who is
 * visible and vocal about supporting your solution provides political value but may not have access
 * to the intelligence you actually need" (framework common mistake 2). A sponsor counts as guiding
 * only when willing-to-guide is a yes and at least one piece of intelligence came from them.
 */
import { phrase, questionById } from '../questions';
import { listOf } from '../say';
import { gap, type GapRule } from './types';

export const sponsorNotCoach: GapRule = (context) => {
  const question = phrase(context.say, questionById('process-steps'));
  return context.contacts
    .filter((c) => c.record.sponsor)
    .flatMap((contact) => {
      const guide = contact.record.criteria.willingToGuide.value;
      const gaveIntelligence = context.deal.intelligence.some((entry) => entry.source === contact.key);
      if (guide === 'yes' && gaveIntelligence) return [];
      const { say } = context;
      const lacking = [
        guide === 'no' ? say('gap_sponsor_lacks_guide_no') : guide === 'unknown' ? say('gap_sponsor_lacks_guide_unknown') : null,
        gaveIntelligence ? null : say('gap_sponsor_lacks_intelligence'),
      ].filter((part): part is string => part !== null);
      return [
        gap({
          kind: 'sponsor-not-coach',
          severity: 'warning',
          people: [contact.key],
          why: say('gap_sponsor_why', contact.name, listOf(say, lacking)),
          nextAction: say('gap_sponsor_next', contact.name, question),
        }),
      ];
    });
};
