/**
 * Who covers which buying influence (product.md §Gaps, definitions): a coach covers its own role
 * and every role and named person in its access; an internal coach covers what its access lists.
 * Covering a named person covers that person's role too: credibility with the economic buyer is
 * credibility with the economic role.
 */
import type { PersonKey } from '../records';
import type { BuyingInfluenceRole } from '../roles';
import type { DealFacts } from './facts';
import { rolesOf, withRole, type RoleSet } from './role-set';

interface Access {
  roles: readonly BuyingInfluenceRole[];
  people: readonly PersonKey[];
}

/** `covered` with the roles an access lists; the people it names are added to `named`. */
function withAccess(covered: RoleSet, access: Access, named: PersonKey[]): RoleSet {
  for (const role of access.roles) covered = withRole(covered, role);
  for (const person of access.people) named.push(person);
  return covered;
}

/** The roles at least one coach or internal coach covers. */
export function coveredRoles({ coaches, contacts, deal }: Pick<DealFacts, 'coaches' | 'contacts' | 'deal'>): RoleSet {
  let covered = rolesOf(coaches);
  const named: PersonKey[] = [];
  for (const coach of coaches) covered = withAccess(covered, coach.record.access, named);
  for (const internal of deal.internalCoaches) covered = withAccess(covered, internal.access, named);
  // The named people's roles, in one pass over the list rather than a search per name (a coach
  // names one or two people, when any).
  if (named.length > 0) {
    for (const contact of contacts) if (contact.role !== null && named.includes(contact.key)) covered = withRole(covered, contact.role);
  }
  return covered;
}
