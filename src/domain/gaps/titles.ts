/** A gap in a few words, for the page strip, the pipeline and the toolbar ("One-legged stool: Priya Raghunathan"). */
import type { PersonKey } from '../records';
import { listOf, type Say } from '../say';
import type { Gap } from './types';

const key = (text: string) => text.replace(/-/g, '_');

export function gapTitle(gap: Gap, nameOf: (key: PersonKey) => string, say: Say): string {
  const titleKey = `title_${key(gap.kind)}`;
  if (gap.kind === 'role-uncovered' && gap.role) return say(titleKey, say(`role_${gap.role}`));
  if (gap.kind === 'uncorroborated' && gap.topic) return say(titleKey, say(`topic_${key(gap.topic)}`));
  return say(titleKey, listOf(say, gap.people.map(nameOf)));
}
