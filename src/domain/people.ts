/**
 * Facts about the people of a deal that several rules need, each computed one way only: a
 * contact's buying-influence role, whether a title is procurement, a person's last touch.
 */
import { coachStatus, CRITERIA, unassessedCriteria, type CoachStatus, type Criteria } from './criteria';
import { timeOf } from './iso-time';
import type { ContactRecord, Deal, Intelligence, ValueGiven } from './network';
import type { PersonKey } from './records';
import { mapCrmRole, type BuyingInfluenceRole, type RoleHint, type RoleMapping } from './roles';

/** Strategic Selling's seniority of roles: the economic buyer first (product.md gap 1). */
export const ROLE_SENIORITY: readonly BuyingInfluenceRole[] = ['economic', 'user', 'technical'];

/**
 * Role texts and titles repeat across every deal of a pipeline, and normalising or matching one
 * costs more than the rest of a contact's facts (issue 8), so each distinct text is worked out
 * once. Bounded: the texts come from CRM pages, and a hostile page must not grow it for ever.
 */
const TEXT_MEMO_MAX = 1000;

function remembered<V>(memo: Map<string, V>, text: string, value: V): V {
  if (memo.size >= TEXT_MEMO_MAX) memo.clear();
  memo.set(text, value);
  return value;
}

const NO_MAPPING: RoleMapping = { role: null, hint: null };
type RoleMapper = (crmRole: string | null) => RoleMapping;
/** Per role table (the default one, or the rep's overrides laid over it), its memoised mapCrmRole. */
const mappers = new WeakMap<ReadonlyMap<string, RoleMapping>, RoleMapper>();

/** mapCrmRole over one table, each distinct text worked out once. */
function roleMapperOf(table: ReadonlyMap<string, RoleMapping>): RoleMapper {
  let mapper = mappers.get(table);
  if (!mapper) {
    const memo = new Map<string, RoleMapping>();
    mapper = (crmRole) => (crmRole ? (memo.get(crmRole) ?? remembered(memo, crmRole, mapCrmRole(crmRole, table))) : NO_MAPPING);
    mappers.set(table, mapper);
  }
  return mapper;
}

/** The role a contact counts in: the rep's override, else what the CRM role text maps to. */
function roleOf(record: ContactRecord, mapping: RoleMapping): BuyingInfluenceRole | null {
  const override = record.influenceRoleOverride;
  if (override === 'none') return null;
  return override ?? mapping.role;
}

export function influenceRoleOf(record: ContactRecord, table: ReadonlyMap<string, RoleMapping>): BuyingInfluenceRole | null {
  return roleOf(record, roleMapperOf(table)(record.page.crmRole));
}

/**
 * Procurement, purchasing, sourcing, vendor management (and the German Einkauf / Beschaffung):
 * their personal Win is a lower price, not our solution succeeding (framework step 1, warning).
 */
const PROCUREMENT_TITLE = /procure|purchas|sourcing|vendor\s*management|supplier\s*management|einkauf|beschaffung/i;
const procurementByTitle = new Map<string, boolean>();

export function isProcurementTitle(title: string | null): boolean {
  if (title === null) return false;
  return procurementByTitle.get(title) ?? remembered(procurementByTitle, title, PROCUREMENT_TITLE.test(title));
}

export function emailDomainOf(email: string | null): string | null {
  const at = email?.lastIndexOf('@') ?? -1;
  return email && at > 0 ? email.slice(at + 1).trim().toLowerCase() || null : null;
}

/**
 * A contact's status depends only on how many criteria are `yes` and how many `no`, so coachStatus
 * (the one definition) is tabulated once by those counts: [yes][no]. Every contact of a pipeline
 * then costs a lookup, not three new arrays.
 */
function criteriaWith(yes: number, no: number): Criteria {
  const criteria = unassessedCriteria();
  CRITERIA.forEach((criterion, i) => {
    if (i < yes) criteria[criterion] = { value: 'yes' };
    else if (i < yes + no) criteria[criterion] = { value: 'no' };
  });
  return criteria;
}
const STATUS_BY_COUNTS: readonly (readonly CoachStatus[])[] = Array.from({ length: CRITERIA.length + 1 }, (_, yes) =>
  Array.from({ length: CRITERIA.length - yes + 1 }, (_, no) => coachStatus(criteriaWith(yes, no))),
);

/** The contacts on the deal's list now, in page order, with what the rules ask of each. */
export interface CurrentContact {
  key: PersonKey;
  record: ContactRecord;
  name: string;
  role: BuyingInfluenceRole | null;
  /** What the CRM role text suggests besides a role: a Champion is a candidate, an Executive Sponsor a sponsor. */
  hint: RoleHint | null;
  status: CoachStatus;
  yes: number;
  no: number;
  /** Position on the page: the rules' last sort key. */
  order: number;
}

export function currentContacts(deal: Deal, table: ReadonlyMap<string, RoleMapping>): CurrentContact[] {
  const mappingOf = roleMapperOf(table);
  const result: CurrentContact[] = [];
  for (const key of deal.currentContacts) {
    const record = deal.contacts[key];
    if (!record) continue;
    let yes = 0;
    let no = 0;
    for (const criterion of CRITERIA) {
      const { value } = record.criteria[criterion];
      if (value === 'yes') yes++;
      else if (value === 'no') no++;
    }
    const mapping = mappingOf(record.page.crmRole);
    result.push({
      key,
      record,
      name: record.page.name,
      role: roleOf(record, mapping),
      hint: mapping.hint,
      status: STATUS_BY_COUNTS[yes]![no]!,
      yes,
      no,
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
 * changes (product.md §Gaps, "last touch"), as epoch milliseconds; null when never touched. Takes
 * the contact's own entries (the gap engine indexes the logs by person once per deal).
 */
export function lastTouch(intelligence: readonly Intelligence[], valueGiven: readonly ValueGiven[], record: ContactRecord): number | null {
  let latest = Number.NEGATIVE_INFINITY;
  const touch = (date: string) => {
    const time = timeOf(date);
    if (time > latest) latest = time;
  };
  for (const entry of intelligence) touch(entry.date);
  for (const entry of valueGiven) touch(entry.date);
  for (const c of CRITERIA) if (record.criteria[c].setAt) touch(record.criteria[c].setAt!);
  return latest === Number.NEGATIVE_INFINITY ? null : latest;
}

/** Latest moment any of the contact's criteria was set: a reassessment clears a coach change. */
export function lastAssessedAt(record: ContactRecord): number | null {
  const times = CRITERIA.map((c) => record.criteria[c].setAt).filter((t): t is string => !!t).map(timeOf);
  return times.length > 0 ? Math.max(...times) : null;
}
