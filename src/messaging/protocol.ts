/**
 * The one contract between the extension's contexts. Every request is a member of one zod
 * discriminated union and has a response schema; the background parses each message and ignores
 * what does not parse. Events flow the other way (background → pages and popup).
 */
import * as z from 'zod';
import { CRITERIA, criterionValueSchema } from '../domain/criteria';
import { dealViewSchema, pipelineEntrySchema } from '../domain/view-schema';
import { editActionSchema } from '../domain/actions';
import { PAGE_TEXT_MAX, pageReadSchema } from '../domain/page-read';
import { BACKUP_TEXT_MAX } from '../domain/backup/limits';
import { recordKeySchema } from '../domain/records';
import { customCrmDomainSchema, customDomainCrmSchema, customHostSchema } from '../domain/crm-domains';
import { settingsChangeSchema, settingsSchema } from '../domain/settings';

export const unreadableCodeSchema = z.enum(['no-opportunity', 'no-contact-list', 'contacts-unreadable']);
export type UnreadableCode = z.infer<typeof unreadableCodeSchema>;

/** Why exactly, and what the rep can do (unreadable-text.ts words it). */
export const UNREADABLE_REASONS = [
  'page-not-rendered',
  'header-not-rendered',
  'name-missing',
  'related-lists-loading',
  'no-contact-roles-list',
  'list-loading',
  'rows-without-ids',
] as const;
export const unreadableReasonSchema = z.enum(UNREADABLE_REASONS);
export type UnreadableReason = z.infer<typeof unreadableReasonSchema>;

export const unreadableSchema = z.object({
  code: unreadableCodeSchema,
  reason: unreadableReasonSchema,
  url: z.string().max(2000),
  opportunityKey: recordKeySchema.nullable(),
});
export type Unreadable = z.infer<typeof unreadableSchema>;

/** How many failed reads the diagnostics log keeps (newest last): enough for a support message. */
export const DIAGNOSTICS_MAX = 20;

/**
 * One failed read as recorded for diagnostics: codes, where (no query string: it may hold search
 * terms), when, and how often in a row. Never any page content.
 */
export const diagnosticEntrySchema = z.object({
  code: unreadableCodeSchema,
  reason: unreadableReasonSchema,
  /** `https://host/path` of the page. */
  page: z.string().max(2000),
  opportunityKey: recordKeySchema.nullable(),
  firstAt: z.string().datetime(),
  lastAt: z.string().datetime(),
  times: z.number().int().min(1),
});
export type DiagnosticEntry = z.infer<typeof diagnosticEntrySchema>;
export const diagnosticsSchema = z.array(diagnosticEntrySchema).max(DIAGNOSTICS_MAX);

const tabIdSchema = z.number().int().nonnegative();

export const importModeSchema = z.enum(['merge', 'replace']);

const outcomeSchema = z.enum(['add', 'change', 'keep', 'remove']);
const countsSchema = z.object({ add: z.number(), change: z.number(), keep: z.number(), remove: z.number() });
const namesSchema = z.array(z.string().max(PAGE_TEXT_MAX)).max(50);

/** What an import will do (or did), as the rep reads it before confirming. */
export const importSummarySchema = z.object({
  mode: importModeSchema,
  exportedAt: z.string().max(40),
  totals: z.object({ deals: countsSchema, people: z.object({ added: z.number(), changed: z.number(), removed: z.number() }) }),
  deals: z
    .array(z.object({ name: z.string().max(PAGE_TEXT_MAX), outcome: outcomeSchema, peopleAdded: namesSchema, peopleChanged: namesSchema, peopleRemoved: namesSchema }))
    .max(100),
  dealsNotListed: z.number().int().nonnegative(),
  settings: z.enum(['add', 'change', 'keep', 'remove', 'none']),
  setAside: z.number().int().nonnegative(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

export const requestSchema = z.discriminatedUnion('type', [
  /** Content script → background: what the page shows now. Replies with the deal to render. */
  z.object({ type: z.literal('page/read'), read: pageReadSchema }),
  /** Content script → background: an opportunity page whose contacts could not be read. */
  z.object({ type: z.literal('page/unreadable'), unreadable: unreadableSchema }),
  /** Content script → background: the tab left the opportunity (SPA navigation). */
  z.object({ type: z.literal('page/left') }),
  /** Popup → background: what the given tab shows. */
  z.object({ type: z.literal('tab/state'), tabId: tabIdSchema }),
  /** Popup → background: the rep set one criterion of one contact. */
  z.object({
    type: z.literal('criterion/set'),
    dealKey: recordKeySchema,
    contactKey: recordKeySchema,
    criterion: z.enum(CRITERIA),
    value: criterionValueSchema,
    evidence: z.string().max(2000).optional(),
  }),
  /** Popup or page → background: any other change the rep makes to a deal. */
  z.object({ type: z.literal('deal/edit'), dealKey: recordKeySchema, action: editActionSchema }),
  /** Popup (off a CRM page) → background: every tracked deal, worst gaps first. */
  z.object({ type: z.literal('pipeline/list') }),
  /** Page (the strip or a badge was clicked) → background: open the popup on this tab. */
  z.object({ type: z.literal('popup/open') }),
  /** Options → background: everything stored, as the backup file and the network CSV. */
  z.object({ type: z.literal('backup/export') }),
  /** Options → background: what importing this file would add, change and leave alone. */
  z.object({ type: z.literal('backup/plan'), text: z.string().max(BACKUP_TEXT_MAX), mode: importModeSchema }),
  /** Options → background: import the file (merge or replace) in one write. */
  z.object({ type: z.literal('backup/apply'), text: z.string().max(BACKUP_TEXT_MAX), mode: importModeSchema }),
  /** Options → background: delete everything stored (after the rep confirmed). */
  z.object({ type: z.literal('data/delete-all') }),
  /** Popup or options → background: how many stored values were set aside as unreadable. */
  z.object({ type: z.literal('storage/health') }),
  /** Popup → background: the recent failed reads, for the rep to copy into a support message. */
  z.object({ type: z.literal('diagnostics/get') }),
  /** Content script on a host the rep added → background: which CRM did they declare for it? */
  z.object({ type: z.literal('page/site') }),
  /** Options → background: the settings as stored. */
  z.object({ type: z.literal('settings/get') }),
  /** Options → background: change some of the rep's settings; open tabs re-render at once. */
  z.object({ type: z.literal('settings/update'), change: settingsChangeSchema }),
  /** Options → background: add a CRM host once the rep has granted its permission. */
  z.object({ type: z.literal('crm-domain/add'), domain: customCrmDomainSchema }),
  /** Options → background: remove a CRM host; its script is unregistered and its permission given back. */
  z.object({ type: z.literal('crm-domain/remove'), host: customHostSchema }),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export const tabStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('deal'), deal: dealViewSchema }),
  z.object({ kind: z.literal('unreadable'), unreadable: unreadableSchema }),
  z.object({ kind: z.literal('none') }),
]);
export type TabState = z.infer<typeof tabStateSchema>;

const ack = z.object({ ok: z.literal(true) });

export const responseSchemas = {
  'page/read': dealViewSchema,
  'page/unreadable': ack,
  'page/left': ack,
  'tab/state': tabStateSchema,
  'criterion/set': dealViewSchema,
  'deal/edit': dealViewSchema,
  'pipeline/list': z.object({ deals: z.array(pipelineEntrySchema) }),
  'popup/open': ack,
  'backup/export': z.object({ json: z.string(), jsonName: z.string().max(200), csv: z.string(), csvName: z.string().max(200) }),
  'backup/plan': importSummarySchema,
  'backup/apply': importSummarySchema,
  'data/delete-all': ack,
  'storage/health': z.object({ setAside: z.number().int().nonnegative() }),
  'diagnostics/get': z.object({ entries: diagnosticsSchema }),
  'page/site': z.object({ crm: customDomainCrmSchema.nullable() }),
  'settings/get': settingsSchema,
  'settings/update': settingsSchema,
  'crm-domain/add': settingsSchema,
  'crm-domain/remove': settingsSchema,
} as const satisfies Record<RequestType, z.ZodType>;

export type ResponseOf<T extends RequestType> = z.infer<(typeof responseSchemas)[T]>;

/** Every reply travels in this envelope so a failure reaches the caller as a message, not a hang. */
export const envelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string().max(1000) }),
]);
export type Envelope = z.infer<typeof envelopeSchema>;

export const eventSchema = z.discriminatedUnion('type', [
  /** Background → content scripts and popup: a deal's state changed. */
  z.object({ type: z.literal('event/deal-changed'), deal: dealViewSchema }),
]);
export type ExtensionEvent = z.infer<typeof eventSchema>;
