/**
 * The gap engine: a pure function of the deal, the settings and `now`. The same input gives the
 * same gaps in a stable order: severity, then rule number, then the people's order on the page.
 * It finds gaps as data (`findGaps`); their sentences are worded only for a surface that shows
 * them (`wordGaps`): the pipeline needs the kinds, the counts and a few titles, not the sentences.
 */
import type { Deal } from '../network';
import type { Say } from '../say';
import type { Settings } from '../settings';
import { dealFacts, type DealFacts } from './facts';
import { gapOf, voiceOf, type GapFinding, type Rule } from './rule';
import { GAP_KINDS, type Gap, type GapContext, type GapKind } from './types';
import { noCoach } from './no-coach';
import { singleCoach } from './single-coach';
import { roleUncovered } from './role-uncovered';
import { economicBuyerUnknown } from './economic-buyer-unknown';
import { partialCoach } from './partial-coach';
import { procurementCoach } from './procurement-coach';
import { sponsorNotCoach } from './sponsor-not-coach';
import { noReciprocity } from './no-reciprocity';
import { genericIntelligence } from './generic-intelligence';
import { uncorroborated } from './uncorroborated';
import { coachChanged } from './coach-changed';
import { staleCoach } from './stale-coach';
import { noInternalCoach } from './no-internal-coach';

export { dealFacts, type DealFacts } from './facts';
export type { GapFinding } from './rule';

/** One rule per gap kind; a kind without its rule is a type error. */
export const RULES: Record<GapKind, Rule<unknown>> = {
  'no-coach': noCoach,
  'single-coach': singleCoach,
  'role-uncovered': roleUncovered,
  'economic-buyer-unknown': economicBuyerUnknown,
  'partial-coach': partialCoach,
  'procurement-coach': procurementCoach,
  'sponsor-not-coach': sponsorNotCoach,
  'no-reciprocity': noReciprocity,
  'generic-intelligence': genericIntelligence,
  uncorroborated,
  'coach-changed': coachChanged,
  'stale-coach': staleCoach,
  'no-internal-coach': noInternalCoach,
};

/**
 * The rules in rule-number order, the engine's second sort key. A list, not RULES[kind] per deal:
 * V8 reads a property named by a variable string through its slow generic path.
 */
const RULES_IN_ORDER: readonly Rule<unknown>[] = GAP_KINDS.map((kind) => RULES[kind]);

/** One rule's gaps by page order; Array.prototype.sort is stable, so ties keep the rule's order. */
function inPageOrder(found: readonly GapFinding[]): readonly GapFinding[] {
  for (let i = 1; i < found.length; i++) {
    if (found[i]!.pageOrder < found[i - 1]!.pageOrder) return [...found].sort((a, b) => a.pageOrder - b.pageOrder);
  }
  return found;
}

/**
 * Every gap of the deal, as data, in the engine's order: each rule's gaps are put in page order and
 * dealt, rule by rule, to their severity; the severities then follow one another. One pass over
 * the rules, not one per severity, and no list of every rule's list per deal.
 */
export function findGaps(facts: DealFacts): GapFinding[] {
  const found: GapFinding[] = [];
  const warnings: GapFinding[] = [];
  const infos: GapFinding[] = [];
  for (const rule of RULES_IN_ORDER) {
    for (const gap of inPageOrder(rule.find(facts))) {
      if (gap.severity === 'critical') found.push(gap);
      else if (gap.severity === 'warning') warnings.push(gap);
      else infos.push(gap);
    }
  }
  // Plain pushes: V8's concat() and flat() are slow builtins; flat() alone took a tenth of the engine.
  for (const gap of warnings) found.push(gap);
  for (const gap of infos) found.push(gap);
  return found;
}

/** The gaps with their sentences in the rep's language, for a surface that shows them. */
export function wordGaps(found: readonly GapFinding[], deal: Deal, say: Say): Gap[] {
  const voice = voiceOf(deal, say);
  return found.map((gap) => gapOf(gap, RULES[gap.kind].word(gap, voice), say));
}

/** Every gap of the deal with its sentences: what the deal's own view shows. */
export function computeGaps(deal: Deal, settings: Settings, now: Date, say: Say): Gap[] {
  return wordGaps(findGaps(dealFacts(deal, settings, now)), deal, say);
}

/** The context the rule tables run one rule in (tests/unit/domain/gaps/builders.ts). */
export function gapContext(deal: Deal, settings: Settings, now: Date, say: Say): GapContext {
  return { ...dealFacts(deal, settings, now), say };
}
