/**
 * Typed send(): the only way a context talks to the background. A wrong payload is a compile
 * error, and the reply is validated before the caller sees it.
 */
import { browser } from '../platform/browser';
import { envelopeSchema, responseSchemas, type RequestOf, type RequestType, type ResponseOf } from './protocol';

export class MessagingError extends Error {
  override name = 'MessagingError';
}

export async function send<T extends RequestType>(request: RequestOf<T>): Promise<ResponseOf<T>> {
  const raw: unknown = await browser.runtime.sendMessage(request);
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) throw new MessagingError(`malformed reply to ${request.type}`);
  if (!envelope.data.ok) throw new MessagingError(envelope.data.error);
  const schema = responseSchemas[request.type as T];
  const value = schema.safeParse(envelope.data.value);
  if (!value.success) throw new MessagingError(`reply to ${request.type} does not match its schema`);
  return value.data as ResponseOf<T>;
}
