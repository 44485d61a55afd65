/**
 * What the popup and the page receive of a deal: the shape of DealView, and the small helpers the
 * surfaces need to read it. No engine here, so the content script stays small; view.ts builds it.
 */
import * as z from 'zod/mini';
import { COACH_STATUSES, criteriaSchema } from './criteria';
import { checklistEntrySchema } from './checklist';
import { gapSchema } from './gaps/types';
import { hintSchema } from './hints';
import { accessSchema, intelligenceSchema, roleOverrideSchema, valueGivenSchema } from './entries';
import { recordKeySchema } from './records';
import { buyingInfluenceRoleSchema } from './roles';

export const contactViewSchema = z.object({
  key: recordKeySchema,
  name: z.string(),
  title: z.nullable(z.string()),
  crmRole: z.nullable(z.string()),
  influenceRole: z.nullable(buyingInfluenceRoleSchema),
  influenceRoleOverride: roleOverrideSchema,
  criteria: criteriaSchema,
  status: z.enum(COACH_STATUSES),
  sponsor: z.boolean(),
  /** The CRM role suggests a flag the rep has not set (Executive Sponsor → sponsor). */
  proposedSponsor: z.boolean(),
  personalWin: z.string(),
  organizationResult: z.string(),
  access: accessSchema,
  /** The person's assessment on another deal of the same account, while unassessed here. */
  hint: z.nullable(hintSchema),
});
export type ContactView = z.infer<typeof contactViewSchema>;

export const dealViewSchema = z.object({
  key: recordKeySchema,
  name: z.string(),
  stage: z.nullable(z.string()),
  amount: z.nullable(z.string()),
  closeDate: z.nullable(z.string()),
  accountName: z.nullable(z.string()),
  url: z.string(),
  contacts: z.array(contactViewSchema),
  /** The rep's own colleagues who act as coaches on this deal. */
  internalCoaches: z.array(z.object({ key: recordKeySchema, name: z.string(), title: z.nullable(z.string()), email: z.nullable(z.string()), access: accessSchema })),
  /** Contacts on the page whose email is on one of the rep's own domains: colleagues, proposed as internal coaches. */
  internalCoachProposals: z.array(z.object({ key: recordKeySchema, name: z.string(), email: z.string() })),
  /** Contacts no longer on the deal's list whom an open gap still names (a coach who left). */
  formerContacts: z.array(z.object({ key: recordKeySchema, name: z.string(), title: z.nullable(z.string()) })),
  /** The deal's logs, for each person's detail (the popup filters by person). */
  intelligence: z.array(intelligenceSchema),
  valueGiven: z.array(valueGivenSchema),
  gaps: z.array(gapSchema),
  /** The framework's four steps for this deal. */
  checklist: z.array(checklistEntrySchema),
  /** The coach network in one line: "1 coach · one-legged stool · Economic Buyer not covered". */
  verdict: z.string(),
});
export type DealView = z.infer<typeof dealViewSchema>;

export { personName } from './person-name';

const count = z.number().check(z.int(), z.nonnegative());

/** One line of the pipeline (the popup off a CRM page): every tracked deal, worst gaps first. */
export const pipelineEntrySchema = z.object({
  key: recordKeySchema,
  name: z.string(),
  accountName: z.nullable(z.string()),
  stage: z.nullable(z.string()),
  url: z.string(),
  verdict: z.string(),
  coachCount: count,
  critical: count,
  warning: count,
  /** The few gaps to act on first, each in a few words. */
  topGaps: z.array(z.string()),
  /** Latest moment the deal was read or changed by the rep (ISO). */
  lastActivity: z.string(),
  /** Names of everyone on the deal, so the rep can search by person. */
  people: z.array(z.string()),
});
export type PipelineEntry = z.infer<typeof pipelineEntrySchema>;
