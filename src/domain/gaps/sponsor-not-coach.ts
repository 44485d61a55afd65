/**
 * Rule 7, `sponsor-not-coach` (warning): a sponsor who is not shown to guide us. "A sponsor who is
 * visible and vocal about supporting your solution provides political value but may not have access
 * to the intelligence you actually need" (framework common mistake 2). A sponsor counts as guiding
 * only when willing-to-guide is a yes and at least one piece of intelligence came from them.
 */
import { phrase, questionById } from '../questions';
import { gap, type GapRule } from './types';

export const sponsorNotCoach: GapRule = (context) => {
  const question = phrase(context.say, questionById('process-steps'));
  return context.contacts
    .filter((c) => c.record.sponsor)
    .flatMap((contact) => {
      const guide = contact.record.criteria.willingToGuide.value;
      const gaveIntelligence = context.deal.intelligence.some((entry) => entry.source === contact.key);
      if (guide === 'yes' && gaveIntelligence) return [];
      const lacking = [
        guide === 'no' ? 'is not willing to guide you' : guide === 'unknown' ? 'has not shown any willingness to guide you' : null,
        gaveIntelligence ? null : 'has given you no intelligence so far',
      ].filter((part): part is string => part !== null);
      return [
        gap({
          kind: 'sponsor-not-coach',
          severity: 'warning',
          people: [contact.key],
          why: `${contact.name} supports our proposal publicly but ${lacking.join(' and ')}: a sponsor is not a Coach and may have no access to how the decision is really made.`,
          nextAction: `Ask ${contact.name} a specific question, '${question}', log the answer as intelligence, and keep looking for a Coach if the answer is generic.`,
        }),
      ];
    });
};
