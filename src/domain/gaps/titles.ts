/** A gap in a few words, for the page strip, the pipeline and the toolbar ("One-legged stool: Priya Raghunathan"). */
import type { PersonKey } from '../records';
import { keyFamily, listOf, type Say } from '../say';
import type { GapFinding } from './rule';

const titleKey = keyFamily('title_');
/** The catalog keys of a buying influence's and an intelligence topic's names, for every sentence naming one. */
export const roleName = keyFamily('role_');
export const topicName = keyFamily('topic_');

export function gapTitle(gap: Pick<GapFinding, 'kind' | 'people' | 'role' | 'topic'>, nameOf: (key: PersonKey) => string, say: Say): string {
  const title = titleKey(gap.kind);
  if (gap.kind === 'role-uncovered' && gap.role) return say(title, say(roleName(gap.role)));
  if (gap.kind === 'uncorroborated' && gap.topic) return say(title, say(topicName(gap.topic)));
  return say(title, listOf(say, gap.people.map(nameOf)));
}
