/**
 * Facts about the people of a deal that several rules need, each computed one way only: a
 * contact's buying-influence role, whether a title is procurement, a person's last touch.
 */
import { coachStatus, CRITERIA, type CoachStatus } from './criteria';
import type { ContactRecord, Deal } from './network';
import type { PersonKey } from './records';
import { mapCrmRole, type BuyingInfluenceRole, type RoleMapping } from './roles';

/** Strategic Selling's seniority of roles: the economic buyer first (product.md gap 1). */
export const ROLE_SENIORITY: readonly BuyingInfluenceRole[] = ['economic', 'user', 'technical'];

export function influenceRoleOf(record: ContactRecord, table: ReadonlyMap<string, RoleMapping>): BuyingInfluenceRole | null {
  const override = record.influenceRoleOverride;
  if (override === 'none') return null;
  return override ?? mapCrmRole(record.page.crmRole, table).role;
}

/**
 * Procurement, purchasing, sourcing, vendor management (and the German Einkauf / Beschaffung):
 * their personal Win is a lower price, not our solution succeeding (framework step 1, warning).
 */
const PROCUREMENT_TITLE = /procure|purchas|sourcing|vendor\s*management|supplier\s*management|einkauf|beschaffung/i;

export function isProcurementTitle(title: string | null): boolean {
  return title !== null && PROCUREMENT_TITLE.test(title);
}

export function emailDomainOf(email: string | null): string | null {
  const at = email?.lastIndexOf('@') ?? -1;
  return email && at > 0 ? email.slice(at + 1).trim().toLowerCase() || null : null;
}

/** The contacts on the deal's list now, in page order, with what the rules ask of each. */
export interface CurrentContact {
  key: PersonKey;
  record: ContactRecord;
  name: string;
  role: BuyingInfluenceRole | null;
  status: CoachStatus;
  yes: number;
  no: number;
  /** Position on the page: the rules' last sort key. */
  order: number;
}

export function currentContacts(deal: Deal, table: ReadonlyMap<string, RoleMapping>): CurrentContact[] {
  const result: CurrentContact[] = [];
  for (const key of deal.currentContacts) {
    const record = deal.contacts[key];
    if (!record) continue;
    const values = CRITERIA.map((c) => record.criteria[c].value);
    result.push({
      key,
      record,
      name: record.page.name,
      role: influenceRoleOf(record, table),
      status: coachStatus(record.criteria),
      yes: values.filter((v) => v === 'yes').length,
      no: values.filter((v) => v === 'no').length,
      order: result.length,
    });
  }
  return result;
}

/** The display name of a contact or an internal coach, for sentences that name people. */
export function nameOf(deal: Deal, key: PersonKey): string {
  return deal.contacts[key]?.page.name ?? deal.internalCoaches.find((c) => c.key === key)?.name ?? 'someone no longer on this deal';
}

/**
 * Latest date among the person's intelligence entries, value given to them and their criteria
 * changes (product.md §Gaps, "last touch"), as epoch milliseconds; null when never touched.
 */
export function lastTouch(deal: Deal, key: PersonKey): number | null {
  const times: number[] = [];
  for (const entry of deal.intelligence) if (entry.source === key) times.push(Date.parse(entry.date));
  for (const entry of deal.valueGiven) if (entry.to === key) times.push(Date.parse(entry.date));
  const record = deal.contacts[key];
  if (record) for (const c of CRITERIA) if (record.criteria[c].setAt) times.push(Date.parse(record.criteria[c].setAt!));
  const valid = times.filter((t) => Number.isFinite(t));
  return valid.length > 0 ? Math.max(...valid) : null;
}

/** Latest moment any of the contact's criteria was set: a reassessment clears a coach change. */
export function lastAssessedAt(record: ContactRecord): number | null {
  const times = CRITERIA.map((c) => record.criteria[c].setAt).filter((t): t is string => !!t).map(Date.parse);
  return times.length > 0 ? Math.max(...times) : null;
}
