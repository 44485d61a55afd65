/**
 * Who sent a request, as the router establishes it from the browser's own sender data, and the
 * checks handlers make on it. Shared by every handler module.
 */
import type { RequestOf, RequestType, ResponseOf } from '../messaging/protocol';

export interface RequestContext {
  /** The tab of a content script; null for the extension's own pages (popup, options). */
  tabId: number | null;
  /** The address of the content script's page (the browser's, not the message's); null for our pages. */
  pageUrl: string | null;
  now: Date;
}

export class RequestRejected extends Error {
  override name = 'RequestRejected';
}

export type Handlers = {
  [T in RequestType]: (request: RequestOf<T>, context: RequestContext) => Promise<ResponseOf<T>>;
};

export function requireTab(context: RequestContext): number {
  if (context.tabId === null) throw new RequestRejected('only a CRM page can report a page read');
  return context.tabId;
}

export function requireExtensionPage(context: RequestContext): void {
  if (context.tabId !== null) throw new RequestRejected('a page cannot change or read other tabs’ state');
}
