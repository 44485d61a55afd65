/**
 * The background's broadcasts as the content script reads them: a changed deal, narrowed to what
 * the page shows (page-view.ts). Apart from events.ts, whose full deal view the popup needs.
 */
import * as z from 'zod/mini';
import { pageViewSchema } from '../domain/page-view';

export const pageEventSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('event/deal-changed'), deal: pageViewSchema })]);
