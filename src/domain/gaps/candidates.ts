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

/** How many candidates a gap names: enough to act on, few enough to read in one sentence. */
export const CANDIDATES_NAMED = 3;

const isCandidate = (c: CurrentContact) => c.status !== 'coach' && c.status !== 'not-coach' && !isProcurementTitle(c.record.page.title);

/** Lower ranks first: most yes, then fewest no, then the most senior role, then a Champion label. */
function rankOf(c: CurrentContact): number {
  const roleRank = c.role === null ? ROLE_SENIORITY.length : ROLE_SENIORITY.indexOf(c.role);
  const championRank = c.hint === 'coach-candidate' ? 0 : 1;
  return (((CRITERIA.length - c.yes) * (CRITERIA.length + 1) + c.no) * (ROLE_SENIORITY.length + 1) + roleRank) * 2 + championRank;
}

/**
 * Every candidate of the deal, best first. The order is total (page order breaks the last tie), so
 * the best of any group of contacts are the first of this list that belong to the group: the
 * engine ranks a deal once (facts.ts) and each rule picks from the ranking (`firstOf`).
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

/** The first `limit` of the ranked candidates that `eligible` accepts, best first. */
export function firstOf(
  ranked: readonly CurrentContact[],
  eligible: (candidate: CurrentContact) => boolean,
  limit = CANDIDATES_NAMED,
): CurrentContact[] {
  const chosen: CurrentContact[] = [];
  for (const candidate of ranked) {
    if (chosen.length >= limit) break;
    if (eligible(candidate)) chosen.push(candidate);
  }
  return chosen;
}

export const keysOf = (people: readonly CurrentContact[]): PersonKey[] => people.map((c) => c.key);
