/**
 * The replies to what the content script sends (the page's reads and reports, the in-page tagger,
 * opening the popup). Kept apart from the other requests' replies so that the content script's
 * send() (page-client.ts) bundles only these; protocol.ts adds them to the map of every reply.
 */
import * as z from 'zod/mini';
import { customDomainCrmSchema } from '../domain/crm-domains';
import { pageViewSchema } from '../domain/page-view';
import { pageTextsSchema } from './page-texts';
import type { RequestType } from './protocol';

export const ackSchema = z.object({ ok: z.literal(true) });

export const pageResponseSchemas = {
  /** The deal as the page shows it: the background answers with the whole view, the page keeps its part. */
  'page/read': pageViewSchema,
  'page/unreadable': ackSchema,
  'page/left': ackSchema,
  'page/site': z.object({ crm: z.nullable(customDomainCrmSchema) }),
  'popup/open': ackSchema,
  'page/texts': pageTextsSchema,
  'criterion/set': pageViewSchema,
} as const satisfies Partial<Record<RequestType, z.ZodMiniType>>;
