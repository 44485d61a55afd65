/** Every reply travels in this envelope so a failure reaches the caller as a message, not a hang. */
import * as z from 'zod/mini';

export const envelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string().check(z.maxLength(1000)) }),
]);
export type Envelope = z.infer<typeof envelopeSchema>;
