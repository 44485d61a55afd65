/**
 * The coach network of one opportunity, as the background stores it (product.md §Vocabulary).
 * This is the stored shape of a deal and the format of backups (docs/deal-format.md): every field
 * the rep entered lives here; everything derivable (coach status, gaps, coverage) does not.
 */
import * as z from 'zod/mini';
import { criteriaSchema } from './criteria';
import { CONTACTS_PER_READ_MAX, pageContactSchema, pageOpportunitySchema, pageTeamMemberSchema } from './page-read';
import { recordKeySchema } from './records';
import { accessSchema, intelligenceSchema, internalCoachSchema, isoTime, noAccess, repText, roleOverrideSchema, valueGivenSchema } from './entries';

/** The rep's entries about people, also part of the deal view, live in entries.ts; here as before. */
export {
  ACCESS_PEOPLE_MAX,
  accessSchema,
  entryIdSchema,
  INTELLIGENCE_TOPICS,
  intelligenceSchema,
  internalCoachSchema,
  intelligenceTopicSchema,
  noAccess,
  roleOverrideSchema,
  VALUE_KINDS,
  valueGivenSchema,
  type Access,
  type Intelligence,
  type IntelligenceTopic,
  type InternalCoach,
  type RoleOverride,
  type ValueGiven,
} from './entries';

/** Format of a stored deal; bumped with a migration whenever the shape changes. */
export const DEAL_FORMAT_VERSION = 1;

/** Bounds of what a deal keeps (history.ts compacts to them; the schema refuses more). */
export const HISTORY_LIMIT = 20;
export const CHANGES_LIMIT = 200;
/** Everyone ever seen on one deal; far beyond real deals, but it keeps a broken page from growing storage forever. */
export const CONTACTS_PER_DEAL_MAX = 5000;
export const INTERNAL_COACHES_MAX = 200;
/** Intelligence entries and value-given entries, each. */
export const ENTRIES_MAX = 5000;
export const CHECKLIST_TICKS_MAX = 64;

export const contactRecordSchema = z.object({
  /** The contact as the page last showed it. */
  page: pageContactSchema,
  criteria: criteriaSchema,
  /** The rep's own choice; null keeps the role derived from the CRM role text. */
  influenceRoleOverride: z._default(roleOverrideSchema, null),
  /** Publicly supports our proposal: a separate flag, not a criterion (a sponsor is not a Coach). */
  sponsor: z._default(z.boolean(), false),
  /** What this person gains personally, as opposed to what the organization gains. */
  personalWin: z._default(repText(2000), ''),
  organizationResult: z._default(repText(2000), ''),
  access: z._default(accessSchema, noAccess),
  firstSeenAt: isoTime,
  /** Last time a page read listed this contact on the deal. */
  lastSeenAt: isoTime,
});
export type ContactRecord = z.infer<typeof contactRecordSchema>;

/** One page read, compact: what change detection compares. */
export const readSnapshotSchema = z.object({
  readAt: isoTime,
  complete: z.boolean(),
  contacts: z.array(
    z.object({
      key: recordKeySchema,
      title: z.nullable(z.string().check(z.maxLength(500))),
      emailDomain: z.nullable(z.string().check(z.maxLength(255))),
      accountId: z.nullable(z.string().check(z.maxLength(500))),
    }),
  ).check(z.maxLength(CONTACTS_PER_READ_MAX)),
});
export type ReadSnapshot = z.infer<typeof readSnapshotSchema>;

export const CHANGE_KINDS = ['left', 'title', 'email-domain', 'account'] as const;
/** A coach or developing contact who left the deal's list or changed title, email domain or account. */
export const coachChangeSchema = z.object({
  contact: recordKeySchema,
  kind: z.enum(CHANGE_KINDS),
  from: z.nullable(z.string().check(z.maxLength(500))),
  to: z.nullable(z.string().check(z.maxLength(500))),
  /** The status they had when it happened: who was lost matters. */
  statusBefore: z.enum(['coach', 'developing']),
  detectedAt: isoTime,
});
export type CoachChange = z.infer<typeof coachChangeSchema>;

/** The rep's own ticks on the deal's four-step checklist (items the state proves tick themselves). */
export const checklistTickSchema = z.object({ checked: z.boolean(), at: isoTime });

export const dealSchema = z.object({
  format: z._default(z.literal(DEAL_FORMAT_VERSION), DEAL_FORMAT_VERSION),
  opportunity: pageOpportunitySchema,
  /** Every contact ever seen on the deal, keyed by record key; tags are never dropped. */
  contacts: z.record(recordKeySchema, contactRecordSchema).check(
    z.refine((contacts) => Object.keys(contacts).length <= CONTACTS_PER_DEAL_MAX, 'too many contacts on one deal'),
  ),
  /** Contact keys in the order of the latest page read (the order the rep sees). */
  currentContacts: z.array(recordKeySchema).check(z.maxLength(CONTACTS_PER_READ_MAX * 2)),
  lastReadAt: isoTime,
  internalCoaches: z._default(z.array(internalCoachSchema).check(z.maxLength(INTERNAL_COACHES_MAX)), []),
  intelligence: z._default(z.array(intelligenceSchema).check(z.maxLength(ENTRIES_MAX)), []),
  valueGiven: z._default(z.array(valueGivenSchema).check(z.maxLength(ENTRIES_MAX)), []),
  checklist: z._default(
    z.record(z.string().check(z.maxLength(64)), checklistTickSchema).check(
      z.refine((ticks) => Object.keys(ticks).length <= CHECKLIST_TICKS_MAX, 'too many checklist ticks'),
    ),
    {},
  ),
  /** Recent page reads, newest last, bounded (see history.ts). */
  history: z._default(z.array(readSnapshotSchema).check(z.maxLength(HISTORY_LIMIT)), []),
  changes: z._default(z.array(coachChangeSchema).check(z.maxLength(CHANGES_LIMIT)), []),
  /** The seller's colleagues the CRM lists on the deal (Opportunity Team), as last read: candidates only. */
  team: z._default(z.array(pageTeamMemberSchema).check(z.maxLength(200)), []),
});
export type Deal = z.infer<typeof dealSchema>;
