/**
 * What an adapter reads off a CRM page: the opportunity and its contacts as the page shows them.
 * Page text is untrusted and bounded here, so a hostile page cannot make us store megabytes.
 */
import * as z from 'zod';
import { crmIdSchema, recordKeySchema } from './records';

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
  /** The contact's department, where the list shows one (successor candidates prefer the same). */
  department: optionalPageText.default(null),
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

/** A colleague on the deal's team as the CRM lists it (Salesforce's Opportunity Team): an internal-coach candidate. */
export const pageTeamMemberSchema = z.object({
  key: recordKeySchema,
  name: pageText.min(1),
  email: z.string().max(320).nullable(),
  role: optionalPageText,
});
export type PageTeamMember = z.infer<typeof pageTeamMemberSchema>;

export const pageReadSchema = z.object({
  opportunity: pageOpportunitySchema,
  contacts: z.array(pageContactSchema).max(CONTACTS_PER_READ_MAX),
  /** The seller's own colleagues on the deal, where the CRM page lists them (absent elsewhere). */
  team: z.array(pageTeamMemberSchema).max(200).optional(),
  /** True when every contact of the deal's list was on the page (not a truncated card or lazy list). */
  complete: z.boolean(),
  readAt: z.string().datetime(),
});
export type PageRead = z.infer<typeof pageReadSchema>;
