/** A gap in a few words, for the page strip, the pipeline and the toolbar ("One-legged stool: Priya Raghunathan"). */
import type { PersonKey } from '../records';
import { listOf, type Say } from '../say';
import type { GapFinding } from './rule';

/** `no-coach` → `no_coach`: catalog keys have no dashes. Kinds and topics are few; the pipeline titles thousands of gaps. */
const keys = new Map<string, string>();
function key(text: string): string {
  let catalogKey = keys.get(text);
  if (catalogKey === undefined) keys.set(text, (catalogKey = text.replace(/-/g, '_')));
  return catalogKey;
}

export function gapTitle(gap: Pick<GapFinding, 'kind' | 'people' | 'role' | 'topic'>, nameOf: (key: PersonKey) => string, say: Say): string {
  const titleKey = `title_${key(gap.kind)}`;
  if (gap.kind === 'role-uncovered' && gap.role) return say(titleKey, say(`role_${gap.role}`));
  if (gap.kind === 'uncorroborated' && gap.topic) return say(titleKey, say(`topic_${key(gap.topic)}`));
  return say(titleKey, listOf(say, gap.people.map(nameOf)));
}
