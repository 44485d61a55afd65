/**
 * Who covers which buying influence (product.md §Gaps, definitions): a coach covers its own role
 * and every role and named person in its access; an internal coach covers what its access lists.
 * Covering a named person covers that person's role too: credibility with the economic buyer is
 * credibility with the economic role.
 */
import type { PersonKey } from '../records';
import type { BuyingInfluenceRole } from '../roles';
import type { GapContext } from './types';

export interface Coverage {
  /** Role → the coaches and internal coaches who cover it. */
  roles: Map<BuyingInfluenceRole, PersonKey[]>;
  /** Person → the coaches and internal coaches who cover them by name. */
  people: Map<PersonKey, PersonKey[]>;
}

export function coverageOf(context: Pick<GapContext, 'deal' | 'contacts' | 'coaches'>): Coverage {
  const roleOfPerson = new Map(context.contacts.map((c) => [c.key, c.role]));
  const coverage: Coverage = { roles: new Map(), people: new Map() };
  const add = <K>(map: Map<K, PersonKey[]>, key: K, by: PersonKey) => {
    const list = map.get(key) ?? [];
    if (!list.includes(by)) map.set(key, [...list, by]);
  };
  const coverFrom = (by: PersonKey, ownRole: BuyingInfluenceRole | null, access: { roles: readonly BuyingInfluenceRole[]; people: readonly PersonKey[] }) => {
    if (ownRole) add(coverage.roles, ownRole, by);
    for (const role of access.roles) add(coverage.roles, role, by);
    for (const person of access.people) {
      add(coverage.people, person, by);
      const role = roleOfPerson.get(person);
      if (role) add(coverage.roles, role, by);
    }
  };
  for (const coach of context.coaches) coverFrom(coach.key, coach.role, coach.record.access);
  for (const internal of context.deal.internalCoaches) coverFrom(internal.key, null, internal.access);
  return coverage;
}

/** Roles that at least one current contact holds, in seniority order. */
export function presentRoles(context: Pick<GapContext, 'contacts'>): BuyingInfluenceRole[] {
  const held = new Set(context.contacts.map((c) => c.role));
  return (['economic', 'user', 'technical'] as const).filter((role) => held.has(role));
}
