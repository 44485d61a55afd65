/**
 * The coach network of one opportunity: what a page read brings (PageRead) and what the
 * background keeps per deal (Deal). Schemas are zod so the same definition validates messages,
 * stored data and (later) backup files.
 */
import * as z from 'zod';
import { COACH_STATUSES, criteriaSchema, unassessedCriteria, coachStatus } from './criteria';
import { buyingInfluenceRoleSchema, mapCrmRole } from './roles';

export const CRM_IDS = ['salesforce'] as const;
export const crmIdSchema = z.enum(CRM_IDS);
export type CrmId = z.infer<typeof crmIdSchema>;

/**
 * A record key namespaced by CRM (`salesforce:0038V00001cWq2AQAS`) so two CRMs never collide.
 * Bounded and restricted to id-like characters because it becomes part of a storage key.
 */
export const recordKeySchema = z
  .string()
  .max(120)
  .regex(/^[a-z][a-z0-9-]*:[A-Za-z0-9_.{}-]{1,100}$/, 'not a namespaced record key');
export type RecordKey = z.infer<typeof recordKeySchema>;

export function recordKey(crm: CrmId, id: string): RecordKey {
  return `${crm}:${id}`;
}

/** Page text is bounded: a hostile or broken page cannot make us store megabytes per field. */
export const PAGE_TEXT_MAX = 500;
export const PAGE_URL_MAX = 2000;
/** More contact roles than any real deal has; adapters stop reading there. */
export const CONTACTS_PER_READ_MAX = 2000;
const pageText = z.string().max(PAGE_TEXT_MAX);
const optionalPageText = pageText.nullable();

export const accountRefSchema = z.object({ id: z.string().max(120).nullable(), name: pageText });

export const pageContactSchema = z.object({
  key: recordKeySchema,
  name: pageText.min(1),
  title: optionalPageText,
  crmRole: optionalPageText,
  email: optionalPageText,
  phone: optionalPageText,
  account: accountRefSchema.nullable(),
});
export type PageContact = z.infer<typeof pageContactSchema>;

export const pageOpportunitySchema = z.object({
  key: recordKeySchema,
  crm: crmIdSchema,
  name: pageText.min(1),
  stage: optionalPageText,
  amount: optionalPageText,
  closeDate: optionalPageText,
  account: accountRefSchema.nullable(),
  url: z.string().url().max(PAGE_URL_MAX),
});
export type PageOpportunity = z.infer<typeof pageOpportunitySchema>;

export const pageReadSchema = z.object({
  opportunity: pageOpportunitySchema,
  contacts: z.array(pageContactSchema).max(CONTACTS_PER_READ_MAX),
  /** True when every contact of the deal's list was on the page (not a truncated card or lazy list). */
  complete: z.boolean(),
  readAt: z.string().datetime(),
});
export type PageRead = z.infer<typeof pageReadSchema>;

export const contactRecordSchema = z.object({
  /** The contact as the page last showed it. */
  page: pageContactSchema,
  criteria: criteriaSchema,
  /** The rep's own choice; null keeps the role derived from the CRM role text. */
  influenceRoleOverride: buyingInfluenceRoleSchema.nullable().default(null),
  /** Last time a page read listed this contact on the deal. */
  lastSeenAt: z.string().datetime(),
});
export type ContactRecord = z.infer<typeof contactRecordSchema>;

export const dealSchema = z.object({
  opportunity: pageOpportunitySchema,
  /** Every contact ever seen on the deal, keyed by record key; tags are never dropped. */
  contacts: z.record(recordKeySchema, contactRecordSchema),
  /** Contact keys in the order of the latest page read (the order the rep sees). */
  currentContacts: z.array(recordKeySchema),
  lastReadAt: z.string().datetime(),
});
export type Deal = z.infer<typeof dealSchema>;

/** Merges a page read into the stored deal: page facts refresh, the rep's judgment is kept. */
export function mergePageRead(existing: Deal | undefined, read: PageRead): Deal {
  const contacts: Record<RecordKey, ContactRecord> = { ...(existing?.contacts ?? {}) };
  for (const page of read.contacts) {
    const previous = contacts[page.key];
    contacts[page.key] = {
      page,
      criteria: previous?.criteria ?? unassessedCriteria(),
      influenceRoleOverride: previous?.influenceRoleOverride ?? null,
      lastSeenAt: read.readAt,
    };
  }
  const readKeys = [...new Set(read.contacts.map((c) => c.key))];
  // A partial read (truncated card, lazy list) cannot tell who left: keep the earlier list's order
  // for contacts not shown this time.
  const currentContacts = read.complete
    ? readKeys
    : [...readKeys, ...(existing?.currentContacts ?? []).filter((k) => !readKeys.includes(k))];
  return { opportunity: mergeOpportunity(existing?.opportunity, read.opportunity), contacts, currentContacts, lastReadAt: read.readAt };
}

/**
 * Some views show less of the opportunity (the Contact Roles "View All" page has no stage or
 * amount): a field the page did not show keeps its last known value.
 */
function mergeOpportunity(previous: PageOpportunity | undefined, read: PageOpportunity): PageOpportunity {
  if (!previous) return read;
  return {
    ...read,
    stage: read.stage ?? previous.stage,
    amount: read.amount ?? previous.amount,
    closeDate: read.closeDate ?? previous.closeDate,
    account: read.account ?? previous.account,
  };
}

export const contactViewSchema = z.object({
  key: recordKeySchema,
  name: z.string(),
  title: z.string().nullable(),
  crmRole: z.string().nullable(),
  influenceRole: buyingInfluenceRoleSchema.nullable(),
  criteria: criteriaSchema,
  status: z.enum(COACH_STATUSES),
});
export type ContactView = z.infer<typeof contactViewSchema>;

/** What the popup and the page need of a deal: derived from Deal, never stored. */
export const dealViewSchema = z.object({
  key: recordKeySchema,
  name: z.string(),
  stage: z.string().nullable(),
  amount: z.string().nullable(),
  closeDate: z.string().nullable(),
  accountName: z.string().nullable(),
  url: z.string(),
  contacts: z.array(contactViewSchema),
});
export type DealView = z.infer<typeof dealViewSchema>;

export function viewDeal(deal: Deal): DealView {
  const contacts: ContactView[] = [];
  for (const key of deal.currentContacts) {
    const record = deal.contacts[key];
    if (!record) continue;
    contacts.push({
      key,
      name: record.page.name,
      title: record.page.title,
      crmRole: record.page.crmRole,
      influenceRole: record.influenceRoleOverride ?? mapCrmRole(record.page.crmRole).role,
      criteria: record.criteria,
      status: coachStatus(record.criteria),
    });
  }
  const o = deal.opportunity;
  return {
    key: o.key,
    name: o.name,
    stage: o.stage,
    amount: o.amount,
    closeDate: o.closeDate,
    accountName: o.account?.name ?? null,
    url: o.url,
    contacts,
  };
}
