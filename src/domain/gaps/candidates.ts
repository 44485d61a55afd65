/**
 * Who to develop next. The best candidates have the most `yes`, then the fewest `no`, then the
 * most senior role (economic, user, technical) (product.md gap 1). A CRM "Champion" label makes a
 * candidate, not a Coach, so it only breaks the ties left after that. Procurement contacts are no
 * candidates: their Win is a lower price (framework step 1, warning); nor is anyone who failed
 * every criterion tested so far (`not-coach`).
 */
import { ROLE_SENIORITY, isProcurementTitle, type CurrentContact } from '../people';
import { mapCrmRole, type RoleMapping } from '../roles';

const roleRank = (c: CurrentContact) => (c.role === null ? ROLE_SENIORITY.length : ROLE_SENIORITY.indexOf(c.role));

export function rankCandidates(
  contacts: readonly CurrentContact[],
  roleTable: ReadonlyMap<string, RoleMapping>,
  limit = 3,
): CurrentContact[] {
  const champion = (c: CurrentContact) => (mapCrmRole(c.record.page.crmRole, roleTable).hint === 'coach-candidate' ? 0 : 1);
  return contacts
    .filter((c) => c.status !== 'coach' && c.status !== 'not-coach' && !isProcurementTitle(c.record.page.title))
    .sort((a, b) => b.yes - a.yes || a.no - b.no || roleRank(a) - roleRank(b) || champion(a) - champion(b) || a.order - b.order)
    .slice(0, limit);
}
