/**
 * The coach network of one opportunity, as the background stores it (product.md §Vocabulary).
 * This is the stored shape of a deal and the format of backups (docs/deal-format.md): every field
 * the rep entered lives here; everything derivable (coach status, gaps, coverage) does not.
 */
import * as z from 'zod';
import { criteriaSchema } from './criteria';
import { CONTACTS_PER_READ_MAX, pageContactSchema, pageOpportunitySchema, pageTeamMemberSchema } from './page-read';
import { personKeySchema, recordKeySchema } from './records';
import { buyingInfluenceRoleSchema } from './roles';

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
/** Named people one person has access to. */
export const ACCESS_PEOPLE_MAX = 200;
export const CHECKLIST_TICKS_MAX = 64;

const isoTime = z.string().datetime();
/** A calendar date the rep chose (`2026-11-27`), as opposed to a moment the code recorded. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not a YYYY-MM-DD date');
const repText = (max: number) => z.string().max(max);
/** Ids the extension gives entries it creates (intelligence, value given, internal coaches). */
export const entryIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not an entry id');

/** Which buying influences a person has credibility with: whole roles and named people. */
export const accessSchema = z.object({
  roles: z.array(buyingInfluenceRoleSchema).max(3).default([]),
  people: z.array(personKeySchema).max(ACCESS_PEOPLE_MAX).default([]),
});
export type Access = z.infer<typeof accessSchema>;
export const noAccess = (): Access => ({ roles: [], people: [] });

/** `none` lets the rep say "no buying-influence role" even where the CRM role text maps to one. */
export const roleOverrideSchema = z.union([buyingInfluenceRoleSchema, z.literal('none')]).nullable();
export type RoleOverride = z.infer<typeof roleOverrideSchema>;

export const contactRecordSchema = z.object({
  /** The contact as the page last showed it. */
  page: pageContactSchema,
  criteria: criteriaSchema,
  /** The rep's own choice; null keeps the role derived from the CRM role text. */
  influenceRoleOverride: roleOverrideSchema.default(null),
  /** Publicly supports our proposal: a separate flag, not a criterion (a sponsor is not a Coach). */
  sponsor: z.boolean().default(false),
  /** What this person gains personally, as opposed to what the organization gains. */
  personalWin: repText(2000).default(''),
  organizationResult: repText(2000).default(''),
  access: accessSchema.default(noAccess),
  firstSeenAt: isoTime,
  /** Last time a page read listed this contact on the deal. */
  lastSeenAt: isoTime,
});
export type ContactRecord = z.infer<typeof contactRecordSchema>;

/** A colleague in the seller's own company who provides access, credibility or information. */
export const internalCoachSchema = z.object({
  key: personKeySchema,
  name: repText(200).min(1),
  email: repText(320).nullable().default(null),
  title: repText(200).nullable().default(null),
  access: accessSchema.default(noAccess),
  addedAt: isoTime,
});
export type InternalCoach = z.infer<typeof internalCoachSchema>;

export const INTELLIGENCE_TOPICS = ['economic-buyer', 'decision-process', 'funding', 'personal-wins', 'resistance', 'competition', 'change', 'other'] as const;
export const intelligenceTopicSchema = z.enum(INTELLIGENCE_TOPICS);
export type IntelligenceTopic = z.infer<typeof intelligenceTopicSchema>;

/** A note of guidance received from a person. */
export const intelligenceSchema = z.object({
  id: entryIdSchema,
  source: personKeySchema,
  date: isoDate,
  topic: intelligenceTopicSchema,
  /** Specific guidance helps navigate this sale; generic guidance could be told to any vendor. */
  specific: z.boolean(),
  text: repText(4000).default(''),
  /** Other people whose information agrees with this entry. */
  corroboratedBy: z.array(personKeySchema).max(50).default([]),
});
export type Intelligence = z.infer<typeof intelligenceSchema>;

export const VALUE_KINDS = ['industry-information', 'peer-introduction', 'help-with-win', 'other'] as const;
/** Something we gave a coach or candidate first (framework step 2). */
export const valueGivenSchema = z.object({
  id: entryIdSchema,
  to: personKeySchema,
  date: isoDate,
  kind: z.enum(VALUE_KINDS),
  text: repText(4000).default(''),
});
export type ValueGiven = z.infer<typeof valueGivenSchema>;

/** One page read, compact: what change detection compares. */
export const readSnapshotSchema = z.object({
  readAt: isoTime,
  complete: z.boolean(),
  contacts: z.array(
    z.object({
      key: recordKeySchema,
      title: z.string().max(500).nullable(),
      emailDomain: z.string().max(255).nullable(),
      accountId: z.string().max(500).nullable(),
    }),
  ).max(CONTACTS_PER_READ_MAX),
});
export type ReadSnapshot = z.infer<typeof readSnapshotSchema>;

export const CHANGE_KINDS = ['left', 'title', 'email-domain', 'account'] as const;
/** A coach or developing contact who left the deal's list or changed title, email domain or account. */
export const coachChangeSchema = z.object({
  contact: recordKeySchema,
  kind: z.enum(CHANGE_KINDS),
  from: z.string().max(500).nullable(),
  to: z.string().max(500).nullable(),
  /** The status they had when it happened: who was lost matters. */
  statusBefore: z.enum(['coach', 'developing']),
  detectedAt: isoTime,
});
export type CoachChange = z.infer<typeof coachChangeSchema>;

/** The rep's own ticks on the deal's four-step checklist (items the state proves tick themselves). */
export const checklistTickSchema = z.object({ checked: z.boolean(), at: isoTime });

export const dealSchema = z.object({
  format: z.literal(DEAL_FORMAT_VERSION).default(DEAL_FORMAT_VERSION),
  opportunity: pageOpportunitySchema,
  /** Every contact ever seen on the deal, keyed by record key; tags are never dropped. */
  contacts: z
    .record(recordKeySchema, contactRecordSchema)
    .refine((contacts) => Object.keys(contacts).length <= CONTACTS_PER_DEAL_MAX, 'too many contacts on one deal'),
  /** Contact keys in the order of the latest page read (the order the rep sees). */
  currentContacts: z.array(recordKeySchema).max(CONTACTS_PER_READ_MAX * 2),
  lastReadAt: isoTime,
  internalCoaches: z.array(internalCoachSchema).max(INTERNAL_COACHES_MAX).default([]),
  intelligence: z.array(intelligenceSchema).max(ENTRIES_MAX).default([]),
  valueGiven: z.array(valueGivenSchema).max(ENTRIES_MAX).default([]),
  checklist: z
    .record(z.string().max(64), checklistTickSchema)
    .refine((ticks) => Object.keys(ticks).length <= CHECKLIST_TICKS_MAX, 'too many checklist ticks')
    .default({}),
  /** Recent page reads, newest last, bounded (see history.ts). */
  history: z.array(readSnapshotSchema).max(HISTORY_LIMIT).default([]),
  changes: z.array(coachChangeSchema).max(CHANGES_LIMIT).default([]),
  /** The seller's colleagues the CRM lists on the deal (Opportunity Team), as last read: candidates only. */
  team: z.array(pageTeamMemberSchema).max(200).default([]),
});
export type Deal = z.infer<typeof dealSchema>;
