/**
 * Rule 3, `role-uncovered`: a buying-influence role held on this deal that no Coach and no internal
 * coach covers. The framework's goal is at least one Coach with access to each buying-influence
 * role (step 4); the economic buyer uncovered is critical, because final approval is made there.
 * An internal coach who can arrange peer-level access covers it too (framework overview).
 */
import { ROLE_SENIORITY, type CurrentContact } from '../people';
import type { PersonKey } from '../records';
import type { BuyingInfluenceRole } from '../roles';
import { keyFamily, listOf } from '../say';
import { bestKeys, keysOf } from './candidates';
import { coveredRoles } from './coverage';
import { hasRole, NO_ROLES } from './role-set';
import { defineRule, finding, NOTHING, type GapFinding } from './rule';
import { roleName } from './titles';

const whyItMatters = keyFamily('gap_role_uncovered_matters_');
/** Whom to ask for a colleague who can reach the role: for the economic buyer, an executive peer. */
const ANY_COLLEAGUE = { test: 'gap_role_uncovered_next_test_colleague', find: 'gap_role_uncovered_next_colleague' };
const ECONOMIC_COLLEAGUE = { test: 'gap_role_uncovered_next_test_colleague_economic', find: 'gap_role_uncovered_next_colleague_economic' };

interface RoleUncoveredDetail {
  /** The deal's first Coach, who may introduce the rep to the role's holders; null without one. */
  firstCoach: PersonKey | null;
}

/** The contacts who hold the role, in page order. */
function holdersOf(contacts: readonly CurrentContact[], role: BuyingInfluenceRole): CurrentContact[] {
  const holders: CurrentContact[] = [];
  for (const contact of contacts) if (contact.role === role) holders.push(contact);
  return holders;
}

export const roleUncovered = defineRule<RoleUncoveredDetail>({
  find(facts) {
    // Only a role someone holds on this deal can be uncovered.
    if (facts.heldRoles === NO_ROLES) return NOTHING;
    const covered = coveredRoles(facts);
    let found: GapFinding<RoleUncoveredDetail>[] | undefined;
    for (const role of ROLE_SENIORITY) {
      if (!hasRole(facts.heldRoles, role) || hasRole(covered, role)) continue;
      const holders = holdersOf(facts.contacts, role);
      (found ??= []).push(
        finding({
          kind: 'role-uncovered',
          severity: role === 'economic' ? 'critical' : 'warning',
          role,
          people: keysOf(holders),
          pageOrder: holders[0]!.order,
          candidates: bestKeys(facts.candidates, role),
          detail: { firstCoach: facts.coaches[0]?.key ?? null },
        }),
      );
    }
    return found ?? NOTHING;
  },
  word({ role: held, people, candidates, detail }, { say, nameOf }) {
    // Every role-uncovered gap names its role.
    const role = held!;
    const holderNames = listOf(say, people.map(nameOf));
    const candidateNames = listOf(say, candidates.map(nameOf));
    const why = say(
      people.length > 1 ? 'gap_role_uncovered_why_many' : 'gap_role_uncovered_why_one',
      say(roleName(role)),
      holderNames,
      say(whyItMatters(role)),
    );
    // Principle 5: a colleague who can arrange peer-level access to the economic buyer is a Coach too.
    const colleague = role === 'economic' ? ECONOMIC_COLLEAGUE : ANY_COLLEAGUE;
    const { firstCoach } = detail;
    const nextAction =
      candidates.length > 0 && firstCoach !== null
        ? say('gap_role_uncovered_next_test_ask', candidateNames, nameOf(firstCoach), holderNames)
        : candidates.length > 0
          ? say(colleague.test, candidateNames, holderNames)
          : firstCoach !== null
            ? say('gap_role_uncovered_next_ask', nameOf(firstCoach), holderNames)
            : say(colleague.find, holderNames);
    return { why, nextAction };
  },
});
