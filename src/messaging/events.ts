/**
 * What the background broadcasts to content scripts and the popup. Apart from the requests
 * (protocol.ts) so that a context listening for events bundles only these schemas.
 */
import * as z from 'zod/mini';
import { dealViewSchema } from '../domain/view-schema';

export const eventSchema = z.discriminatedUnion('type', [
  /** Background → content scripts and popup: a deal's state changed. */
  z.object({ type: z.literal('event/deal-changed'), deal: dealViewSchema }),
]);
export type ExtensionEvent = z.infer<typeof eventSchema>;
