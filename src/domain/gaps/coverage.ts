/**
 * Who covers which buying influence (product.md §Gaps, definitions): a coach covers its own role
 * and every role and named person in its access; an internal coach covers what its access lists.
 * Covering a named person covers that person's role too: credibility with the economic buyer is
 * credibility with the economic role.
 */
import type { PersonKey } from '../records';
import type { BuyingInfluenceRole } from '../roles';
import type { DealFacts } from './facts';

interface Access {
  roles: readonly BuyingInfluenceRole[];
  people: readonly PersonKey[];
}

/** The roles at least one coach or internal coach covers. */
export function coveredRoles({ coaches, contacts, deal }: Pick<DealFacts, 'coaches' | 'contacts' | 'deal'>): Set<BuyingInfluenceRole> {
  const covered = new Set<BuyingInfluenceRole>();
  const named = new Set<PersonKey>();
  const coverFrom = (ownRole: BuyingInfluenceRole | null, access: Access) => {
    if (ownRole) covered.add(ownRole);
    for (const role of access.roles) covered.add(role);
    for (const person of access.people) named.add(person);
  };
  for (const coach of coaches) coverFrom(coach.role, coach.record.access);
  for (const internal of deal.internalCoaches) coverFrom(null, internal.access);
  // The named people's roles, in one pass over the list rather than a search per name.
  if (named.size > 0) for (const contact of contacts) if (contact.role && named.has(contact.key)) covered.add(contact.role);
  return covered;
}
