/**
 * Rule 10, `uncorroborated` (info): everything known about the economic buyer, the decision process
 * or funding comes from one source and no one else confirmed it. Coach intelligence is tested
 * against other sources for consistency: a single source may be poorly informed or, in edge cases,
 * informing competitors (framework step 3; the double-agent example's fix is cross-validation).
 */
import type { Deal, IntelligenceTopic } from '../network';
import { questionsFor } from '../questions';
import type { CurrentContact } from '../people';
import type { PersonKey } from '../records';
import { listedContact } from './facts';
import { defineRule, finding, NOT_LISTED, NOTHING, questionText, type GapFinding } from './rule';
import { topicName } from './titles';

const CHECKED_TOPICS = ['economic-buyer', 'decision-process', 'funding'] as const satisfies readonly IntelligenceTopic[];
/** The question each checked topic asks another person: the first of the bank's on that topic. */
const QUESTION_OF = Object.fromEntries(CHECKED_TOPICS.map((topic) => [topic, questionsFor(topic)[0]!.id])) as Record<IntelligenceTopic, string>;

interface UncorroboratedDetail {
  /** Everything on the topic came from this person (who may have left the deal since). */
  source: PersonKey;
}

/** The one source of everything on a topic; undefined when nothing or more than one person says so. */
function singleSource(deal: Deal, topic: IntelligenceTopic): PersonKey | undefined {
  let source: PersonKey | undefined;
  for (const entry of deal.intelligence) {
    if (entry.topic !== topic) continue;
    source ??= entry.source;
    if (entry.source !== source || confirmedByOther(entry.corroboratedBy, source)) return undefined;
  }
  return source;
}

/** Corroboration means another person agrees: a source listed as confirming itself does not count. */
function confirmedByOther(corroboratedBy: readonly PersonKey[], source: PersonKey): boolean {
  for (const person of corroboratedBy) if (person !== source) return true;
  return false;
}

/** The first of these people who is not the source: someone else to ask. */
function firstOtherThan(people: readonly CurrentContact[], source: PersonKey): CurrentContact | undefined {
  for (const person of people) if (person.key !== source) return person;
  return undefined;
}

export const uncorroborated = defineRule<UncorroboratedDetail>({
  find({ deal, contacts, coaches, candidates }) {
    let found: GapFinding<UncorroboratedDetail>[] | undefined;
    for (const topic of CHECKED_TOPICS) {
      const source = singleSource(deal, topic);
      if (source === undefined) continue;
      // A Coach first (in page order), else the best candidate.
      const askWhom = firstOtherThan(coaches, source) ?? firstOtherThan(candidates, source) ?? null;
      const listed = listedContact(contacts, source);
      // A contact who left the deal is no longer someone to link the gap to; an internal coach still is.
      const onDeal = listed !== undefined || deal.internalCoaches.some((c) => c.key === source);
      (found ??= []).push(
        finding({
          kind: 'uncorroborated',
          severity: 'info',
          topic,
          people: onDeal ? [source] : NOTHING,
          question: { id: QUESTION_OF[topic], askWhom: askWhom?.key ?? null },
          detail: { source },
          pageOrder: listed?.order ?? NOT_LISTED,
        }),
      );
    }
    return found ?? NOTHING;
  },
  word({ topic, question, detail }, { say, nameOf }) {
    // Every uncorroborated gap has its topic and its question.
    const { id, askWhom } = question!;
    const sourceName = nameOf(detail.source);
    const text = questionText(say, id);
    return {
      why: say('gap_uncorroborated_why', say(topicName(topic!)), sourceName),
      nextAction: askWhom !== null ? say('gap_uncorroborated_next', nameOf(askWhom), text, sourceName) : say('gap_uncorroborated_next_none', text, sourceName),
    };
  },
});
