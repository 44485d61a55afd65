/**
 * What an adapter reads off a CRM page: the opportunity and its contacts as the page shows them.
 * Page text is untrusted and bounded here, so a hostile page cannot make us store megabytes.
 */
import * as z from 'zod/mini';
import { crmIdSchema, recordKeySchema } from './records';

/** Page text is bounded: a hostile or broken page cannot make us store megabytes per field. */
export const PAGE_TEXT_MAX = 500;
export const PAGE_URL_MAX = 2000;
/** More contact roles than any real deal has; adapters stop reading there. */
export const CONTACTS_PER_READ_MAX = 2000;
const pageText = z.string().check(z.maxLength(PAGE_TEXT_MAX));
const optionalPageText = z.nullable(pageText);
/** A name the page must show: bounded page text that isn't empty. */
const pageName = z.string().check(z.maxLength(PAGE_TEXT_MAX), z.minLength(1));

export const accountRefSchema = z.object({ id: z.nullable(z.string().check(z.maxLength(120))), name: pageText });

export const pageContactSchema = z.object({
  key: recordKeySchema,
  name: pageName,
  title: optionalPageText,
  crmRole: optionalPageText,
  email: optionalPageText,
  phone: optionalPageText,
  account: z.nullable(accountRefSchema),
  /** The contact's department, where the list shows one (successor candidates prefer the same). */
  department: z._default(optionalPageText, null),
});
export type PageContact = z.infer<typeof pageContactSchema>;

export const pageOpportunitySchema = z.object({
  key: recordKeySchema,
  crm: crmIdSchema,
  name: pageName,
  stage: optionalPageText,
  amount: optionalPageText,
  closeDate: optionalPageText,
  account: z.nullable(accountRefSchema),
  url: z.url().check(z.maxLength(PAGE_URL_MAX)),
});
export type PageOpportunity = z.infer<typeof pageOpportunitySchema>;

/** A colleague on the deal's team as the CRM lists it (Salesforce's Opportunity Team): an internal-coach candidate. */
export const pageTeamMemberSchema = z.object({
  key: recordKeySchema,
  name: pageName,
  email: z.nullable(z.string().check(z.maxLength(320))),
  role: optionalPageText,
});
export type PageTeamMember = z.infer<typeof pageTeamMemberSchema>;

export const pageReadSchema = z.object({
  opportunity: pageOpportunitySchema,
  contacts: z.array(pageContactSchema).check(z.maxLength(CONTACTS_PER_READ_MAX)),
  /** The seller's own colleagues on the deal, where the CRM page lists them (absent elsewhere). */
  team: z.optional(z.array(pageTeamMemberSchema).check(z.maxLength(200))),
  /** True when every contact of the deal's list was on the page (not a truncated card or lazy list). */
  complete: z.boolean(),
  readAt: z.iso.datetime(),
});
export type PageRead = z.infer<typeof pageReadSchema>;
