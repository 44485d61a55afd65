/**
 * Parses every incoming message against the one contract and dispatches it. Messages from other
 * extensions are ignored outright; our own malformed messages get a clear error and change nothing.
 */
import type { Runtime } from '../platform/browser';
import { requestSchema, type Envelope, type Request } from '../messaging/protocol';
import { handlers, RequestRejected, type RequestContext } from './handlers';
import { t } from '../platform/i18n';

/** This extension as the browser names it: its id, and the origin of its own pages. */
export interface Self {
  id: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/` (`runtime.getURL('')`). */
  origin: string;
}

export function routeMessage(message: unknown, sender: Runtime.MessageSender, self: Self, now = new Date()): Promise<Envelope> | undefined {
  if (sender.id !== self.id) return undefined;
  // Our options page opens in a tab, so a tab alone doesn't make a sender a CRM page: its address
  // does. A sender that is neither our page nor in a tab is nothing we know: no reply at all.
  const ownPage = sender.url?.startsWith(self.origin) === true;
  const tabId = sender.tab?.id;
  if (!ownPage && tabId === undefined) return undefined;
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) {
    // Events we broadcast also reach our own listeners in other pages; they are not requests.
    // Read without coercion: a hostile `type` object with a throwing toString must not throw here.
    const type: unknown = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (typeof type === 'string' && type.startsWith('event/')) return undefined;
    return Promise.resolve({ ok: false, error: t('error_malformed') });
  }
  const context: RequestContext = ownPage ? { tabId: null, pageUrl: null, now } : { tabId: tabId ?? null, pageUrl: sender.url ?? null, now };
  return dispatch(parsed.data, context);
}

async function dispatch(request: Request, context: RequestContext): Promise<Envelope> {
  const handler = handlers[request.type] as (r: Request, c: RequestContext) => Promise<unknown>;
  try {
    return { ok: true, value: await handler(request, context) };
  } catch (error) {
    if (error instanceof RequestRejected) return { ok: false, error: error.message };
    console.error('Coach Network: request failed', request.type, error);
    return { ok: false, error: t('error_save_failed') };
  }
}
