/**
 * How a context talks to the background: deliver the request (once more if it was lost in flight
 * and resending is harmless), unwrap the envelope, validate the reply against its schema. Each
 * context's send() is built here over the reply schemas of the requests it makes (client.ts: all
 * of them; page-client.ts: the content script's; popup-client.ts: the popup's), so a bundle
 * carries only the schemas it uses.
 */
import type * as z from 'zod/mini';
import { browser } from '../platform/browser';
import { envelopeSchema } from './envelope';
import type { Request, RequestOf, RequestType } from './protocol';

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

/** Sends one of the requests `schemas` has a reply schema for; a wrong payload is a compile error, a wrong reply a MessagingError. */
export type Send<S extends Partial<Record<RequestType, z.ZodMiniType>>> = <T extends keyof S & RequestType>(request: RequestOf<T>) => Promise<z.infer<NonNullable<S[T]>>>;

/**
 * send() for the requests whose reply schemas are given. The reply is what the schema makes of it:
 * a context may read only part of a reply (the page reads a deal as a PageView), and gets that part.
 */
export function sender<S extends Partial<Record<RequestType, z.ZodMiniType>>>(responseSchemas: S): Send<S> {
  return async <T extends keyof S & RequestType>(request: RequestOf<T>): Promise<z.infer<NonNullable<S[T]>>> => {
    const raw: unknown = await deliver(request);
    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success) throw new MessagingError(`malformed reply to ${request.type}`);
    if (!envelope.data.ok) throw new MessagingError(envelope.data.error);
    const schema = responseSchemas[request.type] as z.ZodMiniType;
    const value = schema.safeParse(envelope.data.value);
    if (!value.success) throw new MessagingError(`reply to ${request.type} does not match its schema`);
    return value.data as z.infer<NonNullable<S[T]>>;
  };
}
