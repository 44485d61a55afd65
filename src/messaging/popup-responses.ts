/**
 * The replies to what the popup sends (what its tab shows, tagging and editing a deal, the
 * pipeline, the set-aside count, the diagnostics log), and what they are made of: an unreadable
 * page and its failed reads. Kept apart from the other requests so that the popup's send()
 * (popup-client.ts) bundles only these, without the backup, settings and migration schemas the
 * options page's requests need; protocol.ts adds them to the map of every reply.
 */
import * as z from 'zod/mini';
import { recordKeySchema } from '../domain/records';
import { dealViewSchema, pipelineEntrySchema } from '../domain/view-schema';
import type { RequestType } from './protocol';

export const nonNegativeInt = z.number().check(z.int(), z.nonnegative());

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

export const tabStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('deal'), deal: dealViewSchema }),
  z.object({ kind: z.literal('unreadable'), unreadable: unreadableSchema }),
  z.object({ kind: z.literal('none') }),
]);
export type TabState = z.infer<typeof tabStateSchema>;

/** The popup's requests' replies; the popup reads the whole deal view (the page reads its part, page-responses.ts). */
export const popupResponseSchemas = {
  'tab/state': tabStateSchema,
  'criterion/set': dealViewSchema,
  'deal/edit': dealViewSchema,
  'pipeline/list': z.object({ deals: z.array(pipelineEntrySchema) }),
  'storage/health': z.object({ setAside: nonNegativeInt }),
  'diagnostics/get': z.object({ entries: diagnosticsSchema }),
} as const satisfies Partial<Record<RequestType, z.ZodMiniType>>;
