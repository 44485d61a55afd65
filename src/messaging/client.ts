/**
 * Typed send(): the only way a context talks to the background. A wrong payload is a compile
 * error, and the reply is validated before the caller sees it.
 */
import { browser } from '../platform/browser';
import { envelopeSchema, responseSchemas, type Request, type RequestOf, type RequestType, type ResponseOf } from './protocol';

export class MessagingError extends Error {
  override name = 'MessagingError';
}

/**
 * Requests that do the same when they arrive twice. MV3 stops an idle worker, and a message in
 * flight at that moment is lost ("Could not establish connection", "message channel closed")
 * without telling whether it was handled: these are sent once more; the others (a new log entry,
 * opening a popup window) are reported instead, so nothing happens twice.
 */
const SAFE_TO_RESEND: ReadonlySet<RequestType> = new Set<RequestType>([
  'page/read',
  'page/unreadable',
  'page/left',
  'page/site',
  'tab/state',
  'criterion/set',
  'pipeline/list',
  'settings/get',
  'settings/update',
  'diagnostics/get',
  'storage/health',
  'backup/export',
  'backup/plan',
]);
const RESEND_AFTER_MS = 100;
/** How the browsers word a message lost between contexts (not a refusal: that is an envelope). */
const LOST_IN_FLIGHT = /could not establish connection|message channel closed|message port closed/i;

async function deliver(request: Request): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(request);
  } catch (error) {
    if (!SAFE_TO_RESEND.has(request.type) || !LOST_IN_FLIGHT.test(String(error))) throw error;
    await new Promise((resolve) => setTimeout(resolve, RESEND_AFTER_MS));
    return browser.runtime.sendMessage(request);
  }
}

export async function send<T extends RequestType>(request: RequestOf<T>): Promise<ResponseOf<T>> {
  const raw: unknown = await deliver(request);
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) throw new MessagingError(`malformed reply to ${request.type}`);
  if (!envelope.data.ok) throw new MessagingError(envelope.data.error);
  const schema = responseSchemas[request.type as T];
  const value = schema.safeParse(envelope.data.value);
  if (!value.success) throw new MessagingError(`reply to ${request.type} does not match its schema`);
  return value.data as ResponseOf<T>;
}
