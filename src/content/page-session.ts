/**
 * The content script's loop: read the page when it settles, report to the background, render the
 * badges it answers with, and say so when a recognised opportunity can't be read. Nothing here
 * throws into the CRM's console: failures become the quiet notice or are dropped.
 */
import { personName, type ContactView, type DealView } from '../domain/view-schema';
import { gapTitle } from '../domain/gaps/titles';
import type { RecordKey } from '../domain/records';
import { send } from '../messaging/client';
import { eventSchema, type Unreadable } from '../messaging/protocol';
import { browser } from '../platform/browser';
import { adapterFor } from './adapters/registry';
import type { AdapterRead, ContactAnchor } from './adapters/types';
import { observePage } from './observe';
import { removeBadges, renderBadges } from './ui/badge';
import { hideNotice, showNotice } from './ui/notice';
import { removeStrips, renderStrip, type StripPlace } from './ui/strip';

/** How long a recognised opportunity may stay unrendered before we say we couldn't read it. */
export const PENDING_TIMEOUT_MS = 8000;

/** One calm sentence for every failure; the detail line says which one and what the rep can do. */
const NOTICE_TITLE = 'Coach Network couldn’t read contacts on this page.';

interface SessionState {
  url: string;
  /** What we last reported for this URL, to report only changes. */
  reported: string | null;
  pendingSince: number | null;
  pendingTimer: ReturnType<typeof setTimeout> | undefined;
  anchors: readonly ContactAnchor[];
  strip: StripPlace | null;
  deal: DealView | null;
  contacts: Map<RecordKey, ContactView>;
  dealKey: RecordKey | null;
}

const freshState = (url: string): SessionState => ({ url, reported: null, pendingSince: null, pendingTimer: undefined, anchors: [], strip: null, deal: null, contacts: new Map(), dealKey: null });

/** Each person's open gaps, in the engine's order, as the badge's hover text lists them. */
function warningsByPerson(deal: DealView): Map<RecordKey, string[]> {
  const byPerson = new Map<RecordKey, string[]>();
  for (const gap of deal.gaps) {
    for (const person of gap.people) byPerson.set(person, [...(byPerson.get(person) ?? []), gapTitle(gap, (key) => personName(deal, key))]);
  }
  return byPerson;
}

export function startPageSession(signal: AbortSignal, now: () => number = Date.now): void {
  let state = freshState('');
  let wasOnOpportunity = false;

  /** Renders a deal's state: called for the reply to a read and for every change from any tab. */
  const applyDeal = (deal: DealView) => {
    if (deal.key !== state.dealKey) return;
    state.deal = deal;
    state.contacts = new Map(deal.contacts.map((c) => [c.key, c]));
    render();
  };

  const render = () => {
    renderBadges(state.anchors, state.contacts, state.deal ? warningsByPerson(state.deal) : undefined);
    if (state.deal) renderStrip(state.strip, state.deal);
  };

  const report = (signature: string, task: () => Promise<void>) => {
    if (state.reported === signature) return;
    state.reported = signature;
    const reportedFor = state;
    task().catch(() => {
      // The extension was reloaded or the worker refused: retry on the next settle.
      if (reportedFor === state) state.reported = null;
    });
  };

  const reportUnreadable = (unreadable: Unreadable, anchor: Element | null) => {
    removeBadges(anchor ?? document);
    removeStrips();
    showNotice({ title: NOTICE_TITLE, detail: unreadable.detail }, anchor);
    report(`unreadable:${unreadable.code}`, async () => {
      await send({ type: 'page/unreadable', unreadable });
    });
  };

  const handle = (result: AdapterRead, url: URL) => {
    switch (result.kind) {
      case 'not-opportunity':
        hideNotice();
        if (wasOnOpportunity) void send({ type: 'page/left' }).catch(() => undefined);
        wasOnOpportunity = false;
        return;
      case 'pending': {
        wasOnOpportunity = true;
        state.pendingSince ??= now();
        const waited = now() - state.pendingSince;
        if (waited < PENDING_TIMEOUT_MS) {
          // Re-check even if the page goes quiet, so a list that never renders is still reported.
          state.pendingTimer ??= setTimeout(settle, PENDING_TIMEOUT_MS - waited + 50);
          return;
        }
        reportUnreadable({ code: result.code, detail: result.reason, url: url.href, opportunityKey: result.opportunityKey }, result.noticeAnchor);
        return;
      }
      case 'unreadable':
        wasOnOpportunity = true;
        reportUnreadable({ code: result.code, detail: result.detail, url: url.href, opportunityKey: result.opportunityKey }, result.noticeAnchor);
        return;
      case 'read': {
        wasOnOpportunity = true;
        hideNotice();
        state.pendingSince = null;
        clearTimeout(state.pendingTimer);
        state.pendingTimer = undefined;
        state.anchors = result.anchors;
        state.strip = result.strip;
        state.dealKey = result.read.opportunity.key;
        render();
        report(JSON.stringify(result.read), async () => {
          const deal = await send({ type: 'page/read', read: { ...result.read, readAt: new Date(now()).toISOString() } });
          applyDeal(deal);
        });
      }
    }
  };

  function settle() {
    if (signal.aborted) return;
    try {
      const url = new URL(location.href);
      if (url.href !== state.url) {
        clearTimeout(state.pendingTimer);
        state = freshState(url.href);
      }
      const adapter = adapterFor(url);
      handle(adapter ? adapter.read(document, url) : { kind: 'not-opportunity' }, url);
    } catch {
      // A page shape no adapter expected must not surface as an error in the CRM's console.
    }
  }

  browser.runtime.onMessage.addListener((message: unknown) => {
    const event = eventSchema.safeParse(message);
    if (event.success && !signal.aborted) applyDeal(event.data.deal);
    return undefined;
  });

  observePage(settle, signal);
  settle();
}
