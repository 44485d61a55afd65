/**
 * Request type → implementation. Typed from the protocol union, so a request without a handler
 * (or a handler returning the wrong shape) is a compile error.
 */
import { mergePageRead, viewDeal, type Deal } from '../domain/network';
import type { RequestOf, RequestType, ResponseOf } from '../messaging/protocol';
import { broadcastDeal } from './broadcast';
import { getDeal, updateDeal } from './store';
import { getTabEntry, setTabEntry, unreadableEntry } from './tab-state';

/** Who sent the request, as established by the router from the browser's own sender data. */
export interface RequestContext {
  /** The tab of a content script; null for the extension's own pages (popup, options). */
  tabId: number | null;
  now: Date;
}

export class RequestRejected extends Error {
  override name = 'RequestRejected';
}

type Handlers = {
  [T in RequestType]: (request: RequestOf<T>, context: RequestContext) => Promise<ResponseOf<T>>;
};

function requireTab(context: RequestContext): number {
  if (context.tabId === null) throw new RequestRejected('only a CRM page can report a page read');
  return context.tabId;
}

function requireExtensionPage(context: RequestContext): void {
  if (context.tabId !== null) throw new RequestRejected('a page cannot change or read other tabs’ state');
}

export const handlers: Handlers = {
  async 'page/read'({ read }, context) {
    const tabId = requireTab(context);
    const deal = await updateDeal(read.opportunity.key, (existing) => mergePageRead(existing, read), context.now);
    await setTabEntry(tabId, { kind: 'deal', dealKey: read.opportunity.key });
    return viewDeal(deal as Deal);
  },

  async 'page/unreadable'({ unreadable }, context) {
    await setTabEntry(requireTab(context), unreadableEntry(unreadable));
    return { ok: true };
  },

  async 'page/left'(_request, context) {
    await setTabEntry(requireTab(context), null);
    return { ok: true };
  },

  async 'tab/state'({ tabId }, context) {
    requireExtensionPage(context);
    const entry = await getTabEntry(tabId);
    if (entry === null) return { kind: 'none' };
    if (entry.kind === 'unreadable') return { kind: 'unreadable', unreadable: entry.unreadable };
    const deal = await getDeal(entry.dealKey, context.now);
    return deal ? { kind: 'deal', deal: viewDeal(deal) } : { kind: 'none' };
  },

  async 'criterion/set'({ dealKey, contactKey, criterion, value }, context) {
    requireExtensionPage(context);
    let unknownContact = false;
    const deal = await updateDeal(
      dealKey,
      (existing) => {
        const contact = existing?.contacts[contactKey];
        if (!existing || !contact) {
          unknownContact = true;
          return null;
        }
        const assessment = { ...contact.criteria[criterion], value, setAt: context.now.toISOString() };
        return {
          ...existing,
          contacts: { ...existing.contacts, [contactKey]: { ...contact, criteria: { ...contact.criteria, [criterion]: assessment } } },
        };
      },
      context.now,
    );
    if (unknownContact || !deal) throw new RequestRejected('that contact is not on this deal (reload the CRM page)');
    await broadcastDeal(deal);
    return viewDeal(deal);
  },
};
