/**
 * The gap engine: a pure function of the deal, the settings and `now`. The same input gives the
 * same gaps in a stable order: severity, then rule number, then the people's order on the page.
 */
import type { Deal } from '../network';
import { currentContacts } from '../people';
import { roleTableOf, type Settings } from '../settings';
import type { Say } from '../say';
import { englishSay } from '../say-english';
import { GAP_KINDS, SEVERITIES, type Gap, type GapContext, type GapKind, type GapRule } from './types';
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

/** One rule per gap kind; a kind without its rule is a type error. */
export const RULES: Record<GapKind, GapRule> = {
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

export function gapContext(deal: Deal, settings: Settings, now: Date, say: Say = englishSay): GapContext {
  const roleTable = roleTableOf(settings);
  const contacts = currentContacts(deal, roleTable);
  return { deal, settings, now, roleTable, contacts, coaches: contacts.filter((c) => c.status === 'coach'), say };
}

export function computeGaps(deal: Deal, settings: Settings, now: Date, say: Say = englishSay): Gap[] {
  const context = gapContext(deal, settings, now, say);
  const pageOrder = new Map(context.contacts.map((c) => [c.key, c.order]));
  const orderOf = (gap: Gap) => Math.min(...gap.people.map((p) => pageOrder.get(p) ?? Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER);
  const found = GAP_KINDS.flatMap((kind) => RULES[kind](context));
  return found
    .map((gap, index) => ({ gap, index }))
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(a.gap.severity) - SEVERITIES.indexOf(b.gap.severity) ||
        GAP_KINDS.indexOf(a.gap.kind) - GAP_KINDS.indexOf(b.gap.kind) ||
        orderOf(a.gap) - orderOf(b.gap) ||
        a.index - b.index,
    )
    .map(({ gap }) => gap);
}
