/**
 * The framework's four steps as this deal's checklist. Items the deal's state proves tick
 * themselves (and untick when the state no longer proves them); the rest are the rep's own ticks.
 */
import * as z from 'zod/mini';
import type { Gap } from './gaps/types';
import type { Deal } from './network';
import type { CurrentContact } from './people';

export const CHECKLIST_STEPS = [
  { step: 1, title: 'Identify potential coach candidates' },
  { step: 2, title: 'Establish credibility and trust' },
  { step: 3, title: 'Request and use coaching intelligence' },
  { step: 4, title: 'Build a coach network' },
] as const;

interface Facts {
  deal: Deal;
  contacts: readonly CurrentContact[];
  gaps: readonly Gap[];
}

interface ChecklistItem {
  id: string;
  step: 1 | 2 | 3 | 4;
  label: string;
  /** Present when the state can prove the item; absent for items only the rep can tick. */
  proven?: (facts: Facts) => boolean;
}

const coachesAndCandidates = (f: Facts) => f.contacts.filter((c) => c.status === 'coach' || c.status === 'developing');
const gotValue = (f: Facts, key: string) => f.deal.valueGiven.some((v) => v.to === key);

export const CHECKLIST_ITEMS: readonly ChecklistItem[] = [
  { id: 'candidates-found', step: 1, label: 'Candidates with a personal stake in our solution identified', proven: (f) => f.contacts.some((c) => c.yes > 0) },
  { id: 'all-tested', step: 1, label: 'Every contact tested against the three criteria', proven: (f) => f.contacts.length > 0 && f.contacts.every((c) => c.status !== 'unassessed') },
  { id: 'value-first', step: 2, label: 'Value given first to each coach and candidate', proven: (f) => coachesAndCandidates(f).length > 0 && coachesAndCandidates(f).every((c) => gotValue(f, c.key)) },
  { id: 'wins-understood', step: 2, label: 'Personal Win understood for each coach', proven: (f) => f.contacts.some((c) => c.status === 'coach') && f.contacts.filter((c) => c.status === 'coach').every((c) => c.record.personalWin.trim() !== '') },
  { id: 'specific-intelligence', step: 3, label: 'Specific intelligence about the decision process received', proven: (f) => f.deal.intelligence.some((e) => e.specific) },
  { id: 'intelligence-tested', step: 3, label: 'Intelligence tested against another source', proven: (f) => f.deal.intelligence.some((e) => e.corroboratedBy.length > 0) },
  { id: 'confidentiality', step: 3, label: 'Shared no more confidential information than the guidance needed' },
  { id: 'several-coaches', step: 4, label: 'More than one coach (no one-legged stool)', proven: (f) => f.contacts.filter((c) => c.status === 'coach').length >= 2 },
  { id: 'every-role-covered', step: 4, label: 'A coach with access to each buying influence', proven: (f) => f.contacts.some((c) => c.role !== null) && !f.gaps.some((g) => g.kind === 'role-uncovered' || g.kind === 'no-coach') },
  { id: 'internal-coach', step: 4, label: 'An internal coach from our own team involved', proven: (f) => f.deal.internalCoaches.length > 0 },
  { id: 'successors-assessed', step: 4, label: 'Every coach change followed up at once', proven: (f) => !f.gaps.some((g) => g.kind === 'coach-changed') },
];

export const checklistEntrySchema = z.object({
  id: z.string(),
  step: z.number().check(z.int(), z.gte(1), z.lte(4)),
  label: z.string(),
  done: z.boolean(),
  /** `state`: the deal proves it; `rep`: ticked by hand. */
  by: z.enum(['state', 'rep']),
});
export type ChecklistEntry = z.infer<typeof checklistEntrySchema>;

export function checklistOf(facts: Facts): ChecklistEntry[] {
  return CHECKLIST_ITEMS.map(({ id, step, label, proven }) =>
    proven ? { id, step, label, done: proven(facts), by: 'state' } : { id, step, label, done: facts.deal.checklist[id]?.checked ?? false, by: 'rep' },
  );
}

/** Only items the state cannot prove are ticked by hand. */
export function isManualItem(id: string): boolean {
  return CHECKLIST_ITEMS.some((item) => item.id === id && !item.proven);
}
