/**
 * Who covers which buying influence, from the DealView alone (the popup carries no engine). Mirrors
 * src/domain/gaps/coverage.ts (product.md §Gaps, definitions): a coach covers its own role and
 * every role and named person in its access; an internal coach covers what its access lists;
 * covering a named person covers that person's role. Only contacts whose status is `coach` count
 * as coaches: a developing contact's access is not yet anyone's coverage.
 */
import type { PersonKey } from '../../domain/records';
import type { BuyingInfluenceRole } from '../../domain/roles';
import type { DealView } from '../../domain/view-schema';

/** Seniority order, as the engine lists roles (economic first: it alone is critical when uncovered). */
export const ROLE_ORDER: readonly BuyingInfluenceRole[] = ['economic', 'user', 'technical'];

export interface RoleNode {
  role: BuyingInfluenceRole;
  /** The contacts who hold the role, in page order. */
  holders: Array<{ key: PersonKey; name: string }>;
  /** Coaches and internal coaches who reach the role, in the order they are listed. */
  coveredBy: PersonKey[];
  covered: boolean;
}

export interface CoachNode {
  key: PersonKey;
  name: string;
  kind: 'coach' | 'internal';
  /** Every role this person reaches, present on the deal or not, in seniority order. */
  reaches: BuyingInfluenceRole[];
}

export interface CoverageEdge {
  from: PersonKey;
  role: BuyingInfluenceRole;
}

export interface CoverageModel {
  /** Roles at least one contact holds: the buying influences of this deal. */
  roles: RoleNode[];
  /** Roles no contact holds yet (no node, so no line can reach them). */
  absentRoles: BuyingInfluenceRole[];
  /** Buying-side coaches in page order, then internal coaches. */
  coaches: CoachNode[];
  /** One line per coach → present role it reaches. */
  edges: CoverageEdge[];
}

type Access = DealView['contacts'][number]['access'];

export function coverageModel(deal: Pick<DealView, 'contacts' | 'internalCoaches'>): CoverageModel {
  const roleOfPerson = new Map(deal.contacts.map((c) => [c.key, c.influenceRole]));
  const reachOf = (ownRole: BuyingInfluenceRole | null, access: Access): BuyingInfluenceRole[] => {
    const reached = new Set<BuyingInfluenceRole>(access.roles);
    if (ownRole) reached.add(ownRole);
    for (const person of access.people) {
      // A named internal coach or a contact who left has no role here, as in the engine.
      const role = roleOfPerson.get(person);
      if (role) reached.add(role);
    }
    return ROLE_ORDER.filter((role) => reached.has(role));
  };

  const coaches: CoachNode[] = [
    ...deal.contacts
      .filter((c) => c.status === 'coach')
      .map((c): CoachNode => ({ key: c.key, name: c.name, kind: 'coach', reaches: reachOf(c.influenceRole, c.access) })),
    ...deal.internalCoaches.map((c): CoachNode => ({ key: c.key, name: c.name, kind: 'internal', reaches: reachOf(null, c.access) })),
  ];

  const present = ROLE_ORDER.filter((role) => deal.contacts.some((c) => c.influenceRole === role));
  const roles = present.map((role): RoleNode => {
    const coveredBy = coaches.filter((c) => c.reaches.includes(role)).map((c) => c.key);
    return {
      role,
      holders: deal.contacts.filter((c) => c.influenceRole === role).map(({ key, name }) => ({ key, name })),
      coveredBy,
      covered: coveredBy.length > 0,
    };
  });

  const edges = coaches.flatMap((coach) => coach.reaches.filter((role) => present.includes(role)).map((role) => ({ from: coach.key, role })));

  return { roles, absentRoles: ROLE_ORDER.filter((role) => !present.includes(role)), coaches, edges };
}
