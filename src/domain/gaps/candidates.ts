/**
 * Who to develop next. The best candidates have the most `yes`, then the fewest `no`, then the
 * most senior role (economic, user, technical) (product.md gap 1). A CRM "Champion" label makes a
 * candidate, not a Coach, so it only breaks the ties left after that. Procurement contacts are no
 * candidates: their Win is a lower price (framework step 1, warning); nor is anyone who failed
 * every criterion tested so far (`not-coach`).
 */
import { CRITERIA } from '../criteria';
import { ROLE_SENIORITY, isProcurementTitle, type CurrentContact } from '../people';
import type { PersonKey } from '../records';
import type { BuyingInfluenceRole } from '../roles';

/** How many candidates a gap names: enough to act on, few enough to read in one sentence. */
export const CANDIDATES_NAMED = 3;

const isCandidate = (c: CurrentContact) => c.status !== 'coach' && c.status !== 'not-coach' && !isProcurementTitle(c.record.page.title);

/*
 * The ranking's radixes, read once: Vite's module runner (the benchmark's loader, not the bundle)
 * makes every read of an imported binding a call, and the ranking is worked out per candidate.
 */
const CRITERIA_COUNT = CRITERIA.length;
const ROLE_COUNT = ROLE_SENIORITY.length;

/** Lower ranks first: most yes, then fewest no, then the most senior role, then a Champion label. */
function rankOf(c: CurrentContact): number {
  const roleRank = c.role === null ? ROLE_COUNT : ROLE_SENIORITY.indexOf(c.role);
  const championRank = c.hint === 'coach-candidate' ? 0 : 1;
  return (((CRITERIA_COUNT - c.yes) * (CRITERIA_COUNT + 1) + c.no) * (ROLE_COUNT + 1) + roleRank) * 2 + championRank;
}

/**
 * Every candidate of the deal, best first. The order is total (page order breaks the last tie), so
 * the best of any group of contacts are the first of this list that belong to the group: the
 * engine ranks a deal once (facts.ts) and each rule picks from the ranking (`bestKeys`).
 */
export function rankCandidates(contacts: readonly CurrentContact[]): CurrentContact[] {
  // An insertion sort by one number per candidate: a deal has a handful of candidates, and with
  // Array.prototype.sort calling a five-part comparator the ranking took twice as long.
  const ranked: CurrentContact[] = [];
  const keys: number[] = [];
  for (const candidate of contacts) {
    if (!isCandidate(candidate)) continue;
    const key = rankOf(candidate) * contacts.length + candidate.order;
    let at = ranked.length;
    for (; at > 0 && keys[at - 1]! > key; at--) {
      keys[at] = keys[at - 1]!;
      ranked[at] = ranked[at - 1]!;
    }
    keys[at] = key;
    ranked[at] = candidate;
  }
  return ranked;
}

/**
 * The keys of the first `limit` ranked candidates, or of the first that hold `role`: whom a gap
 * names. The role is a value, not a test to call, so picking makes no function per gap.
 */
export function bestKeys(ranked: readonly CurrentContact[], role: BuyingInfluenceRole | null = null, limit = CANDIDATES_NAMED): PersonKey[] {
  const chosen: PersonKey[] = [];
  for (const candidate of ranked) {
    if (chosen.length >= limit) break;
    if (role === null || candidate.role === role) chosen.push(candidate.key);
  }
  return chosen;
}

export const keysOf = (people: readonly CurrentContact[]): PersonKey[] => people.map((c) => c.key);
