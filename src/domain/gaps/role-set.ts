/**
 * A set of buying-influence roles as bits of one number. There are three roles, and the engine asks
 * of every deal which are held and which covered: a number per deal, where a Set per deal cost
 * more than the rule that reads it.
 */
import type { BuyingInfluenceRole } from '../roles';

export type RoleSet = number;

export const NO_ROLES: RoleSet = 0;

/**
 * A role's bit. Compared, not looked up in a table: V8 reads a property named by a variable string
 * through its slow generic path, which cost more than all the rest of the set's work.
 */
const bitOf = (role: BuyingInfluenceRole): number => (role === 'economic' ? 1 : role === 'user' ? 2 : 4);

export const withRole = (set: RoleSet, role: BuyingInfluenceRole): RoleSet => set | bitOf(role);

export const hasRole = (set: RoleSet, role: BuyingInfluenceRole): boolean => (set & bitOf(role)) !== 0;

/** The roles these people hold; one call per list, not one per person (see coverage.ts). */
export function rolesOf(people: readonly { role: BuyingInfluenceRole | null }[]): RoleSet {
  let set = NO_ROLES;
  for (const person of people) if (person.role !== null) set |= bitOf(person.role);
  return set;
}
