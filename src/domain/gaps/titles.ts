/** A gap in a few words, for the page strip and the toolbar title ("One-legged stool: Priya Raghunathan"). */
import { BUYING_INFLUENCE_LABELS } from '../roles';
import type { PersonKey } from '../records';
import type { Gap, GapKind } from './types';

const TITLES: Record<GapKind, string> = {
  'no-coach': 'No coach',
  'single-coach': 'One-legged stool',
  'role-uncovered': 'not covered',
  'economic-buyer-unknown': 'Economic Buyer unknown',
  'partial-coach': 'Partial coach',
  'procurement-coach': 'Procurement as coach',
  'sponsor-not-coach': 'Sponsor is not a coach',
  'no-reciprocity': 'No value given back',
  'generic-intelligence': 'Generic guidance',
  uncorroborated: 'Uncorroborated',
  'coach-changed': 'Coach changed',
  'stale-coach': 'Stale coach',
  'no-internal-coach': 'No internal coach',
};

const TOPIC_LABELS: Record<NonNullable<Gap['topic']>, string> = {
  'economic-buyer': 'who the Economic Buyer is',
  'decision-process': 'the decision process',
  funding: 'funding',
  'personal-wins': 'personal wins',
  resistance: 'resistance',
  competition: 'competition',
  change: 'changes',
  other: 'other',
};

export function gapTitle(gap: Gap, nameOf: (key: PersonKey) => string): string {
  if (gap.kind === 'role-uncovered' && gap.role) return `${BUYING_INFLUENCE_LABELS[gap.role]} not covered`;
  if (gap.kind === 'uncorroborated' && gap.topic) return `${TITLES.uncorroborated}: ${TOPIC_LABELS[gap.topic]}`;
  const people = gap.people.map(nameOf);
  return people.length > 0 && gap.kind !== 'no-coach' ? `${TITLES[gap.kind]}: ${people.join(', ')}` : TITLES[gap.kind];
}
