/**
 * The one contract between the extension's contexts. Every request is a member of one zod
 * discriminated union and has a response schema; the background parses each message and ignores
 * what does not parse. Events flow the other way (background → pages and popup, events.ts).
 *
 * The replies to the content script's requests live in page-responses.ts, the popup's in
 * popup-responses.ts and the envelope in envelope.ts, so that the content script's send()
 * (page-client.ts) and the popup's (popup-client.ts) bundle only those; this module, with every
 * request and every reply, is for the background and the options page.
 */
import * as z from 'zod/mini';
import { CRITERIA, criterionValueSchema } from '../domain/criteria';
import { dealViewSchema } from '../domain/view-schema';
import { editActionSchema } from '../domain/actions';
import { pageReadSchema } from '../domain/page-read';
import { importWriteSchema } from '../domain/backup/write';
import { recordKeySchema } from '../domain/records';
import { customCrmDomainSchema, customHostSchema } from '../domain/crm-domains';
import { settingsChangeSchema, settingsSchema } from '../domain/settings';
import { ackSchema, pageResponseSchemas } from './page-responses';
import { pageTextKeysSchema } from './page-texts';
import { nonNegativeInt, popupResponseSchemas, unreadableSchema } from './popup-responses';

export { envelopeSchema, type Envelope } from './envelope';
export { eventSchema, type ExtensionEvent } from './events';
export {
  DIAGNOSTICS_MAX,
  diagnosticEntrySchema,
  diagnosticsSchema,
  tabStateSchema,
  UNREADABLE_REASONS,
  unreadableCodeSchema,
  unreadableReasonSchema,
  unreadableSchema,
  type DiagnosticEntry,
  type TabState,
  type Unreadable,
  type UnreadableCode,
  type UnreadableReason,
} from './popup-responses';

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
  /** Options → background: everything stored, for the options page to word the backup file and the network CSV. */
  z.object({ type: z.literal('backup/export') }),
  /** Options → background: everything stored, for the options page to say what importing a file would do. */
  z.object({ type: z.literal('backup/plan') }),
  /**
   * Options → background: an import's one write, made on the options page against the store it
   * was given (src/domain/backup/write.ts); written only if the store still holds exactly that,
   * else answered with the store as it is now, to plan again.
   */
  z.object({ type: z.literal('backup/apply'), write: importWriteSchema }),
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
  /** Content script → background: these catalog messages, worded with markers (platform/i18n.ts). */
  z.object({ type: z.literal('page/texts'), keys: pageTextKeysSchema }),
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

/**
 * The reply to every request: the content script's (page-responses.ts), the popup's
 * (popup-responses.ts), then the options page's.
 * Built in a function marked pure: the background writes replies and never parses them, and a
 * bundler can't tell on its own that building this object (a spread, schemas) has no effect, so
 * unmarked the service worker would carry every reply's schema and all they are made of.
 */
export const responseSchemas = /* @__PURE__ */ (() => {
  /**
   * Everything in the local storage area, as stored: the options page words the backup and the CSV
   * from it, and plans an import against it (src/domain/backup reads and validates every item).
   */
  const storedItems = z.record(z.string(), z.unknown());
  return {
    ...pageResponseSchemas,
    // The page reads only its part of a deal (page-view.ts); everyone else gets the whole view
    // (the popup's replies carry it for 'criterion/set').
    ...popupResponseSchemas,
    'page/read': dealViewSchema,
    'backup/export': z.object({ items: storedItems }),
    'backup/plan': z.object({ items: storedItems }),
    /** Written, or not: the store changed since the write was made, and is now `items`. */
    'backup/apply': z.discriminatedUnion('written', [z.object({ written: z.literal(true) }), z.object({ written: z.literal(false), items: storedItems })]),
    'data/delete-all': ackSchema,
    'page/reader': ackSchema,
    'settings/get': settingsSchema,
    'settings/update': settingsSchema,
    'crm-domain/add': settingsSchema,
    'crm-domain/remove': settingsSchema,
  } as const satisfies Record<RequestType, z.ZodMiniType>;
})();

export type ResponseOf<T extends RequestType> = z.infer<(typeof responseSchemas)[T]>;
