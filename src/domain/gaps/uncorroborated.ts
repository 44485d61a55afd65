/**
 * Rule 10, `uncorroborated` (info): everything known about the economic buyer, the decision process
 * or funding comes from one source and no one else confirmed it. Coach intelligence is tested
 * against other sources for consistency: a single source may be poorly informed or, in edge cases,
 * informing competitors (framework step 3; the double-agent example's fix is cross-validation).
 */
import type { IntelligenceTopic } from '../network';
import { nameOf } from '../people';
import { phrase, questionsFor } from '../questions';
import { rankCandidates } from './candidates';
import { gap, type GapRule } from './types';

const CHECKED_TOPICS = ['economic-buyer', 'decision-process', 'funding'] as const satisfies readonly IntelligenceTopic[];


export const uncorroborated: GapRule = (context) => {
  const { deal } = context;
  return CHECKED_TOPICS.flatMap((topic) => {
    const entries = deal.intelligence.filter((e) => e.topic === topic);
    const source = entries[0]?.source;
    if (source === undefined) return [];
    // Corroboration means another person agrees: a source listed as confirming itself does not count.
    if (entries.some((e) => e.source !== source || e.corroboratedBy.some((p) => p !== source))) return [];
    const question = questionsFor(topic)[0]!;
    const text = phrase(context.say, question);
    const others = context.contacts.filter((c) => c.key !== source);
    const askWhom = others.find((c) => c.status === 'coach') ?? rankCandidates(others, context.roleTable, 1)[0] ?? null;
    // A contact who left the deal is no longer someone to link the gap to; an internal coach still is.
    const onDeal = context.contacts.some((c) => c.key === source) || deal.internalCoaches.some((c) => c.key === source);
    const sourceName = nameOf(deal, source);
    return [
      gap({
        kind: 'uncorroborated',
        severity: 'info',
        topic,
        people: onDeal ? [source] : [],
        question: { id: question.id, text, askWhom: askWhom?.key ?? null },
        why: context.say('gap_uncorroborated_why', context.say(`topic_${topic.replace(/-/g, '_')}`), sourceName),
        nextAction: askWhom
          ? context.say('gap_uncorroborated_next', askWhom.name, text, sourceName)
          : context.say('gap_uncorroborated_next_none', text, sourceName),
      }),
    ];
  });
};
