/**
 * Rule 3, `role-uncovered`: a buying-influence role held on this deal that no Coach and no internal
 * coach covers. The framework's goal is at least one Coach with access to each buying-influence
 * role (step 4); the economic buyer uncovered is critical, because final approval is made there.
 * An internal coach who can arrange peer-level access covers it too (framework overview).
 */
import { listOf } from '../say';
import { rankCandidates } from './candidates';
import { coverageOf, presentRoles } from './coverage';
import { gap, type GapRule } from './types';

export const roleUncovered: GapRule = (context) => {
  const { say } = context;
  const coverage = coverageOf(context);
  const firstCoach = context.coaches[0];
  return presentRoles(context)
    .filter((role) => (coverage.roles.get(role) ?? []).length === 0)
    .map((role) => {
      const holders = context.contacts.filter((c) => c.role === role);
      const holderNames = listOf(say, holders.map((c) => c.name));
      const candidates = rankCandidates(holders, context.roleTable);
      const candidateNames = listOf(say, candidates.map((c) => c.name));
      const why = say(
        holders.length > 1 ? 'gap_role_uncovered_why_many' : 'gap_role_uncovered_why_one',
        say(`role_${role}`),
        holderNames,
        say(`gap_role_uncovered_matters_${role}`),
      );
      // Principle 5: a colleague who can arrange peer-level access to the economic buyer is a Coach too.
      const colleague = role === 'economic' ? '_economic' : '';
      const nextAction =
        candidates.length > 0 && firstCoach
          ? say('gap_role_uncovered_next_test_ask', candidateNames, firstCoach.name, holderNames)
          : candidates.length > 0
            ? say(`gap_role_uncovered_next_test_colleague${colleague}`, candidateNames, holderNames)
            : firstCoach
              ? say('gap_role_uncovered_next_ask', firstCoach.name, holderNames)
              : say(`gap_role_uncovered_next_colleague${colleague}`, holderNames);
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
