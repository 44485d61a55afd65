/**
 * The one contract between the extension's contexts. Every request is a member of one zod
 * discriminated union and has a response schema; the background parses each message and ignores
 * what does not parse. Events flow the other way (background → pages and popup, events.ts).
 *
 * The replies to the content script's requests live in page-responses.ts and the envelope in
 * envelope.ts, so that the content script's send() (page-client.ts) bundles only those; this
 * module, with every request and every reply, is for the background, the popup and the options.
 */
import * as z from 'zod/mini';
import { CRITERIA, criterionValueSchema } from '../domain/criteria';
import { dealViewSchema, pipelineEntrySchema } from '../domain/view-schema';
import { editActionSchema } from '../domain/actions';
import { PAGE_TEXT_MAX, pageReadSchema } from '../domain/page-read';
import { BACKUP_TEXT_MAX } from '../domain/backup/limits';
import { recordKeySchema } from '../domain/records';
import { customCrmDomainSchema, customHostSchema } from '../domain/crm-domains';
import { settingsChangeSchema, settingsSchema } from '../domain/settings';
import { ackSchema, pageResponseSchemas } from './page-responses';

export { envelopeSchema, type Envelope } from './envelope';
export { eventSchema, type ExtensionEvent } from './events';

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
  url: z.string().check(z.maxLength(2000)),
  opportunityKey: z.nullable(recordKeySchema),
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
  page: z.string().check(z.maxLength(2000)),
  opportunityKey: z.nullable(recordKeySchema),
  firstAt: z.iso.datetime(),
  lastAt: z.iso.datetime(),
  times: z.number().check(z.int(), z.gte(1)),
});
export type DiagnosticEntry = z.infer<typeof diagnosticEntrySchema>;
export const diagnosticsSchema = z.array(diagnosticEntrySchema).check(z.maxLength(DIAGNOSTICS_MAX));

const nonNegativeInt = z.number().check(z.int(), z.nonnegative());

export const importModeSchema = z.enum(['merge', 'replace']);

const outcomeSchema = z.enum(['add', 'change', 'keep', 'remove']);
const countsSchema = z.object({ add: z.number(), change: z.number(), keep: z.number(), remove: z.number() });
const namesSchema = z.array(z.string().check(z.maxLength(PAGE_TEXT_MAX))).check(z.maxLength(50));

/** What an import will do (or did), as the rep reads it before confirming. */
export const importSummarySchema = z.object({
  mode: importModeSchema,
  exportedAt: z.string().check(z.maxLength(40)),
  totals: z.object({ deals: countsSchema, people: z.object({ added: z.number(), changed: z.number(), removed: z.number() }) }),
  deals: z
    .array(z.object({ name: z.string().check(z.maxLength(PAGE_TEXT_MAX)), outcome: outcomeSchema, peopleAdded: namesSchema, peopleChanged: namesSchema, peopleRemoved: namesSchema }))
    .check(z.maxLength(100)),
  dealsNotListed: nonNegativeInt,
  settings: z.enum(['add', 'change', 'keep', 'remove', 'none']),
  setAside: nonNegativeInt,
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
  z.object({ type: z.literal('tab/state'), tabId: nonNegativeInt }),
  /** Popup → background: the rep set one criterion of one contact. */
  z.object({
    type: z.literal('criterion/set'),
    dealKey: recordKeySchema,
    contactKey: recordKeySchema,
    criterion: z.enum(CRITERIA),
    value: criterionValueSchema,
    evidence: z.optional(z.string().check(z.maxLength(2000))),
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
  z.object({ type: z.literal('backup/plan'), text: z.string().check(z.maxLength(BACKUP_TEXT_MAX)), mode: importModeSchema }),
  /** Options → background: import the file (merge or replace) in one write. */
  z.object({ type: z.literal('backup/apply'), text: z.string().check(z.maxLength(BACKUP_TEXT_MAX)), mode: importModeSchema }),
  /** Options → background: delete everything stored (after the rep confirmed). */
  z.object({ type: z.literal('data/delete-all') }),
  /** Popup or options → background: how many stored values were set aside as unreadable. */
  z.object({ type: z.literal('storage/health') }),
  /** Popup → background: the recent failed reads, for the rep to copy into a support message. */
  z.object({ type: z.literal('diagnostics/get') }),
  /** Content script on a host the rep added → background: which CRM did they declare for it? */
  z.object({ type: z.literal('page/site') }),
  /** The gate on a CRM page whose address may show an opportunity → background: inject the reader. */
  z.object({ type: z.literal('page/reader') }),
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

/** The reply to every request: the content script's (page-responses.ts), then everyone else's. */
export const responseSchemas = {
  ...pageResponseSchemas,
  // The page reads only its part of a deal (page-view.ts); everyone else gets the whole view.
  'page/read': dealViewSchema,
  'criterion/set': dealViewSchema,
  'tab/state': tabStateSchema,
  'deal/edit': dealViewSchema,
  'pipeline/list': z.object({ deals: z.array(pipelineEntrySchema) }),
  'backup/export': z.object({ json: z.string(), jsonName: z.string().check(z.maxLength(200)), csv: z.string(), csvName: z.string().check(z.maxLength(200)) }),
  'backup/plan': importSummarySchema,
  'backup/apply': importSummarySchema,
  'data/delete-all': ackSchema,
  'page/reader': ackSchema,
  'storage/health': z.object({ setAside: nonNegativeInt }),
  'diagnostics/get': z.object({ entries: diagnosticsSchema }),
  'settings/get': settingsSchema,
  'settings/update': settingsSchema,
  'crm-domain/add': settingsSchema,
  'crm-domain/remove': settingsSchema,
} as const satisfies Record<RequestType, z.ZodMiniType>;

export type ResponseOf<T extends RequestType> = z.infer<(typeof responseSchemas)[T]>;
