/**
 * A gap: one finding of the engine about one opportunity (product.md §Gaps). The kinds are listed
 * in rule-number order, which is also the engine's second sort key.
 */
import * as z from 'zod/mini';
import { intelligenceTopicSchema } from '../entries';
import { personKeySchema } from '../records';
import { buyingInfluenceRoleSchema } from '../roles';
import type { Say } from '../say';
import type { DealFacts } from './facts';

export const GAP_KINDS = [
  'no-coach',
  'single-coach',
  'role-uncovered',
  'economic-buyer-unknown',
  'partial-coach',
  'procurement-coach',
  'sponsor-not-coach',
  'no-reciprocity',
  'generic-intelligence',
  'uncorroborated',
  'coach-changed',
  'stale-coach',
  'no-internal-coach',
] as const;
export type GapKind = (typeof GAP_KINDS)[number];

export const SEVERITIES = ['critical', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const gapSchema = z.object({
  kind: z.enum(GAP_KINDS),
  severity: z.enum(SEVERITIES),
  /** The people the gap concerns, in page order (internal coaches after contacts). */
  people: z.array(personKeySchema),
  /** One sentence in the rep's language, naming people. */
  why: z.string(),
  /** What to do next, naming people. */
  nextAction: z.string(),
  /** Who to develop or reassess (no-coach, single-coach, role-uncovered, coach-changed successors). */
  candidates: z.array(personKeySchema),
  /** A question from the bank and whom to ask (economic-buyer-unknown, uncorroborated). */
  question: z.nullable(z.object({ id: z.string(), text: z.string(), askWhom: z.nullable(personKeySchema) })),
  role: z.nullable(buyingInfluenceRoleSchema),
  topic: z.nullable(intelligenceTopicSchema),
});
export type Gap = z.infer<typeof gapSchema>;

/** What a rule in the callable form gets (gapContext, the rules' tests): a deal's facts (facts.ts) and the rep's language. */
export type GapContext = Pick<DealFacts, 'deal' | 'settings' | 'now' | 'roleTable' | 'contacts' | 'coaches'> & {
  /** Speaks the rep's language. */
  say: Say;
};

export type GapRule = (context: GapContext) => Gap[];

/** Builds a gap with the optional parts empty, so each rule states only what it has. */
export function gap(
  fields: Pick<Gap, 'kind' | 'severity' | 'people' | 'why' | 'nextAction'> & Partial<Pick<Gap, 'candidates' | 'question' | 'role' | 'topic'>>,
): Gap {
  return { candidates: [], question: null, role: null, topic: null, ...fields };
}
