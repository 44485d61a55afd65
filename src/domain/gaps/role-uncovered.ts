/**
 * Rule 3, `role-uncovered`: a buying-influence role held on this deal that no Coach and no internal
 * coach covers. The framework's goal is at least one Coach with access to each buying-influence
 * role (step 4); the economic buyer uncovered is critical, because final approval is made there.
 * An internal coach who can arrange peer-level access covers it too (framework overview).
 */
import { BUYING_INFLUENCE_LABELS, type BuyingInfluenceRole } from '../roles';
import { rankCandidates, listNames } from './candidates';
import { coverageOf, presentRoles } from './coverage';
import { gap, type GapRule } from './types';

const WHY_IT_MATTERS: Record<BuyingInfluenceRole, string> = {
  economic: 'you have no window into how final approval will be given',
  user: 'you cannot learn how the people who will use our solution judge it',
  technical: 'you cannot learn what the technical screen will test or why anyone there resists',
};

export const roleUncovered: GapRule = (context) => {
  const coverage = coverageOf(context);
  const firstCoach = context.coaches[0];
  return presentRoles(context)
    .filter((role) => (coverage.roles.get(role) ?? []).length === 0)
    .map((role) => {
      const holders = context.contacts.filter((c) => c.role === role);
      const holderNames = listNames(holders.map((c) => c.name));
      const candidates = rankCandidates(holders, context.roleTable);
      const label = BUYING_INFLUENCE_LABELS[role];
      const why = `No Coach or internal coach has credibility with the ${label}${holders.length > 1 ? 's' : ''} ${holderNames}: ${WHY_IT_MATTERS[role]}.`;
      const test = candidates.length > 0 ? `Test ${listNames(candidates.map((c) => c.name))} against the three criteria` : null;
      const ask = firstCoach ? `ask ${firstCoach.name} whether they have credibility with ${holderNames}` : null;
      // Principle 5: a colleague who can arrange peer-level access to the economic buyer is a Coach too.
      const colleague =
        role === 'economic'
          ? `find a colleague who can arrange peer-level access to ${holderNames}`
          : `find someone, inside the account or on your own team, with credibility with ${holderNames}`;
      const nextAction = test && ask ? `${test}, and ${ask}.` : test ? `${test}, or ${colleague}.` : ask ? `${capitalize(ask)}.` : `${capitalize(colleague)}.`;
      return gap({
        kind: 'role-uncovered',
        severity: role === 'economic' ? 'critical' : 'warning',
        role,
        people: holders.map((c) => c.key),
        candidates: candidates.map((c) => c.key),
        why,
        nextAction,
      });
    });
};

const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
