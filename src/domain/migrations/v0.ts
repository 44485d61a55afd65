/**
 * Storage format 0: the pre-release shape, written by builds before the first store release and
 * documented in docs/deal-format.md §Versions and migrations. Salesforce Lightning only, so record
 * ids were bare; criteria were booleans (null = not assessed) without dates; a deal's contacts were
 * one list with an `onDeal` flag; the only time was the deal's `updatedAt` (epoch milliseconds).
 * The step 0 → 1 converts each item of that shape and keeps every item already in format 1.
 */
import * as z from 'zod/mini';
import type { Criteria, CriterionAssessment } from '../criteria';
import type { AssessmentRecord } from '../hints';
import { intelligenceTopicSchema, roleOverrideSchema, VALUE_KINDS, type Access, type ContactRecord, type Deal } from '../network';
import type { settingsSchema } from '../settings';
import { buyingInfluenceRoleSchema } from '../roles';
import { dealItemKey, personItemKey, PERSON_PREFIX, type DataItemKind } from './layout';
import { firstIssue, inWords } from './reason';
import type { ItemMigration, Migration } from './step';

/** A Salesforce id as format 0 stored it, without the `salesforce:` namespace. */
const bareIdSchema = z.string().check(z.regex(/^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/, 'not a Salesforce id'));
/** A person reference: a bare contact id, or an internal coach's `internal:` key (format 0 already namespaced those). */
const personRefSchema = z.union([bareIdSchema, z.string().check(z.regex(/^internal:[A-Za-z0-9_.{}-]{1,100}$/, 'not an internal coach key'))]);
/** A criterion: true = yes, false = no, null or absent = not assessed. */
const flagSchema = z._default(z.nullable(z.boolean()), null);
const flagsSchema = z.object({ wantsOurSolution: flagSchema, hasCredibility: flagSchema, willingToGuide: flagSchema });
type Flags = z.infer<typeof flagsSchema>;
const evidenceSchema = z.object({ wantsOurSolution: z.optional(z.string()), hasCredibility: z.optional(z.string()), willingToGuide: z.optional(z.string()) });
const accessV0Schema = z.object({ roles: z._default(z.array(buyingInfluenceRoleSchema), []), people: z._default(z.array(personRefSchema), []) });
const nullableText = z._default(z.nullable(z.string()), null);

const contactV0Schema = z.object({
  id: bareIdSchema,
  name: z.string(),
  title: nullableText,
  /** The CRM role text. */
  role: nullableText,
  email: nullableText,
  phone: nullableText,
  /** The contact's account, by name only. */
  account: nullableText,
  criteria: flagsSchema,
  evidence: z._default(evidenceSchema, {}),
  roleOverride: z._default(roleOverrideSchema, null),
  sponsor: z._default(z.boolean(), false),
  win: z._default(z.string(), ''),
  result: z._default(z.string(), ''),
  access: z._default(accessV0Schema, { roles: [], people: [] }),
  /** On the deal's contact list at the latest read (format 1: `currentContacts`). */
  onDeal: z._default(z.boolean(), true),
});
type ContactV0 = z.infer<typeof contactV0Schema>;

const dealV0Schema = z.object({
  opportunity: z.object({
    id: bareIdSchema,
    name: z.string(),
    stage: nullableText,
    amount: nullableText,
    closeDate: nullableText,
    account: nullableText,
    url: z.string(),
  }),
  contacts: z.array(contactV0Schema).check(
    // Format 1 keys contacts by id: a contact listed twice would have to lose one of its records.
    z.refine((contacts) => new Set(contacts.map((c) => c.id)).size === contacts.length, 'the same contact is listed twice'),
  ),
  updatedAt: z.number().check(z.int(), z.nonnegative()),
  internalCoaches: z._default(
    z.array(z.object({ key: z.string(), name: z.string(), email: nullableText, title: nullableText, access: z._default(accessV0Schema, { roles: [], people: [] }) })),
    [],
  ),
  intel: z._default(
    z.array(z.object({ id: z.string(), from: personRefSchema, date: z.string(), topic: intelligenceTopicSchema, specific: z.boolean(), text: z._default(z.string(), '') })),
    [],
  ),
  given: z._default(z.array(z.object({ id: z.string(), to: personRefSchema, date: z.string(), kind: z.enum(VALUE_KINDS), text: z._default(z.string(), '') })), []),
});
const assessmentV0Schema = z.object({
  deal: bareIdSchema,
  dealName: z.string(),
  account: z.nullable(z.string()),
  criteria: flagsSchema,
  assessedAt: z.number().check(z.int(), z.nonnegative()),
});

const settingsV0Schema = z.object({
  staleDays: z.optional(z.number()),
  ownDomains: z.optional(z.array(z.string())),
  /** CRM role text → role; format 0 had no sponsor or coach-candidate hints. */
  roles: z.optional(z.record(z.string(), z.nullable(buyingInfluenceRoleSchema))),
});

const ref = (id: string) => (id.includes(':') ? id : `salesforce:${id}`);
const timeOf = (epochMs: number) => new Date(epochMs).toISOString();

/**
 * Format 0 never recorded when a criterion was set; the deal's `updatedAt` is the latest moment it
 * can have been, so it becomes `setAt` of every answered criterion (never-set ones stay without).
 */
function criteriaOf(flags: Flags, evidence: Partial<Record<keyof Flags, string>>, setAt: string): Criteria {
  const one = (criterion: keyof Flags): CriterionAssessment => {
    const flag = flags[criterion];
    const text = evidence[criterion];
    return {
      value: flag === null ? 'unknown' : flag ? 'yes' : 'no',
      ...(text !== undefined && { evidence: text }),
      ...(flag !== null && { setAt }),
    };
  };
  return { wantsOurSolution: one('wantsOurSolution'), hasCredibility: one('hasCredibility'), willingToGuide: one('willingToGuide') };
}

const accessOf = (access: z.infer<typeof accessV0Schema>): Access => ({ roles: access.roles, people: access.people.map(ref) });

function contactOf(contact: ContactV0, at: string): ContactRecord {
  const key = ref(contact.id);
  return {
    page: {
      key,
      name: contact.name,
      title: contact.title,
      crmRole: contact.role,
      email: contact.email,
      phone: contact.phone,
      account: contact.account === null ? null : { id: null, name: contact.account },
      department: null,
    },
    criteria: criteriaOf(contact.criteria, contact.evidence, at),
    influenceRoleOverride: contact.roleOverride,
    sponsor: contact.sponsor,
    personalWin: contact.win,
    organizationResult: contact.result,
    access: accessOf(contact.access),
    // Format 0 kept no per-contact times: its one time is the best bound for both.
    firstSeenAt: at,
    lastSeenAt: at,
  };
}

function dealFromV0(v0: z.infer<typeof dealV0Schema>): Deal {
  const at = timeOf(v0.updatedAt);
  const o = v0.opportunity;
  return {
    format: 1,
    opportunity: {
      key: ref(o.id),
      crm: 'salesforce',
      name: o.name,
      stage: o.stage,
      amount: o.amount,
      closeDate: o.closeDate,
      account: o.account === null ? null : { id: null, name: o.account },
      url: o.url,
    },
    contacts: Object.fromEntries(v0.contacts.map((c) => [ref(c.id), contactOf(c, at)])),
    currentContacts: v0.contacts.filter((c) => c.onDeal).map((c) => ref(c.id)),
    lastReadAt: at,
    internalCoaches: v0.internalCoaches.map((c) => ({ key: c.key, name: c.name, email: c.email, title: c.title, access: accessOf(c.access), addedAt: at })),
    intelligence: v0.intel.map((e) => ({ id: e.id, source: ref(e.from), date: e.date, topic: e.topic, specific: e.specific, text: e.text, corroboratedBy: [] })),
    valueGiven: v0.given.map((e) => ({ id: e.id, to: ref(e.to), date: e.date, kind: e.kind, text: e.text })),
    checklist: {},
    // Format 0 kept no page reads: change detection starts with the next complete read.
    history: [],
    changes: [],
    team: [],
  };
}

function assessmentFromV0(v0: z.infer<typeof assessmentV0Schema>): AssessmentRecord {
  const at = timeOf(v0.assessedAt);
  return { dealKey: ref(v0.deal), dealName: v0.dealName, account: v0.account, criteria: criteriaOf(v0.criteria, {}, at), assessedAt: at };
}

/** Settings as format 1 first wrote them; fields added since come from the current schema's defaults. */
function settingsFromV0(v0: z.infer<typeof settingsV0Schema>): z.input<typeof settingsSchema> {
  return {
    format: 1,
    ...(v0.staleDays !== undefined && { staleCoachDays: v0.staleDays }),
    ...(v0.ownDomains !== undefined && { ownEmailDomains: v0.ownDomains }),
    roleTable: Object.fromEntries(Object.entries(v0.roles ?? {}).map(([text, role]) => [text, { role, hint: null }])),
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Which items are in format 0, by the marks format 1 added: a format-1 deal has `format` and keyed
 * contacts, format-1 settings have `format`, a format-1 assessment names its deal by `dealKey`.
 */
function isFormat0(kind: DataItemKind, value: unknown): boolean {
  if (!isObject(value)) return false;
  switch (kind) {
    case 'deal':
      return !('format' in value) && Array.isArray(value.contacts);
    case 'settings':
      return !('format' in value);
    case 'person':
      return !('dealKey' in value) && 'deal' in value;
  }
}

function convert<T>(schema: z.ZodMiniType<T>, value: unknown, what: string, to: (v0: T) => { key: string; value: unknown }): ItemMigration {
  const parsed = schema.safeParse(value, inWords);
  if (!parsed.success) return { kind: 'unreadable', reason: `not a readable format-0 ${what}: ${firstIssue(parsed.error)}` };
  return { kind: 'rewrite', ...to(parsed.data) };
}

export const migration0to1: Migration = {
  from: 0,
  to: 1,
  summary: 'namespaced record keys, dated criteria with yes/no/unknown, contacts keyed by id, renamed logs and settings',
  migrateItem(kind, key, value) {
    if (!isFormat0(kind, value)) return { kind: 'keep' };
    switch (kind) {
      case 'deal':
        return convert(dealV0Schema, value, 'deal', (v0) => {
          const deal = dealFromV0(v0);
          return { key: dealItemKey(deal.opportunity.key), value: deal };
        });
      case 'person':
        return convert(assessmentV0Schema, value, 'assessment', (v0) => ({ key: personItemKey(ref(key.slice(PERSON_PREFIX.length))), value: assessmentFromV0(v0) }));
      case 'settings':
        return convert(settingsV0Schema, value, 'settings', (v0) => ({ key, value: settingsFromV0(v0) }));
    }
  },
};
