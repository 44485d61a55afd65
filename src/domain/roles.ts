/**
 * CRM role text → Strategic Selling buying-influence role (product.md §Default role table).
 * Unknown texts map to none and are kept verbatim by the caller, never dropped.
 */
import * as z from 'zod/mini';

export const buyingInfluenceRoleSchema = z.enum(['economic', 'user', 'technical']);
export type BuyingInfluenceRole = z.infer<typeof buyingInfluenceRoleSchema>;

/** What a role text suggests beyond a buying-influence role. */
export type RoleHint = 'sponsor' | 'coach-candidate';

export interface RoleMapping {
  role: BuyingInfluenceRole | null;
  hint: RoleHint | null;
}

const DEFAULT_TABLE: ReadonlyArray<readonly [string, RoleMapping]> = [
  ['economic buyer', { role: 'economic', hint: null }],
  ['economic decision maker', { role: 'economic', hint: null }],
  ['decision maker', { role: 'economic', hint: null }],
  ['budget holder', { role: 'economic', hint: null }],
  ['business user', { role: 'user', hint: null }],
  ['end user', { role: 'user', hint: null }],
  ['user', { role: 'user', hint: null }],
  ['technical buyer', { role: 'technical', hint: null }],
  ['evaluator', { role: 'technical', hint: null }],
  ['legal & compliance', { role: 'technical', hint: null }],
  ['legal and compliance', { role: 'technical', hint: null }],
  ['executive sponsor', { role: null, hint: 'sponsor' }],
  ['exec sponsor', { role: null, hint: 'sponsor' }],
  ['champion', { role: null, hint: 'coach-candidate' }],
];

export const DEFAULT_ROLE_TABLE: ReadonlyMap<string, RoleMapping> = new Map(DEFAULT_TABLE);

/** Case, spacing and HubSpot's upper-snake API form (`DECISION_MAKER`) all compare equal. */
export function normalizeRoleText(text: string): string {
  return text.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function mapCrmRole(
  crmRole: string | null | undefined,
  table: ReadonlyMap<string, RoleMapping> = DEFAULT_ROLE_TABLE,
): RoleMapping {
  if (!crmRole) return { role: null, hint: null };
  return table.get(normalizeRoleText(crmRole)) ?? { role: null, hint: null };
}
