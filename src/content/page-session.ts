/**
 * The content script's loop: read the page when it settles, report to the background, render the
 * badges it answers with, and say so when a recognised opportunity can't be read. Nothing here
 * throws into the CRM's console: failures become the quiet notice or are dropped.
 */
import type { CustomDomainCrm } from '../domain/crm-domains';
import type { PageView } from '../domain/page-view';
import type { RecordKey } from '../domain/records';
import { unassessedCriteria } from '../domain/criteria';
import type { PageContact } from '../domain/page-read';
import { send } from '../messaging/page-client';
import { unreadableText } from '../messaging/unreadable-text';
import { pageEventSchema } from '../messaging/page-events';
import type { Unreadable } from '../messaging/protocol';
import { browser } from '../platform/browser';
import { adapterFor } from './adapters/registry';
import type { AdapterRead, ContactAnchor } from './adapters/types';
import { observePage } from './observe';
import { badgeButton, removeBadges, renderBadges, type BadgeContact } from './ui/badge';
import { hideNotice, showNotice } from './ui/notice';
import { removeStrips, renderStrip, type StripPlace } from './ui/strip';
import { closeTagger, openTagger, type Tagger } from './ui/tagger';

/** How long a recognised opportunity may stay unrendered before we say we couldn't read it. */
export const PENDING_TIMEOUT_MS = 8000;

interface SessionState {
  url: string;
  /** What we last reported for this URL, to report only changes. */
  reported: string | null;
  pendingSince: number | null;
  pendingTimer: ReturnType<typeof setTimeout> | undefined;
  anchors: readonly ContactAnchor[];
  /** The contacts of the last read: a new one shows as unassessed until the background answers. */
  readContacts: readonly PageContact[];
  strip: StripPlace | null;
  deal: PageView | null;
  dealKey: RecordKey | null;
  /** Whether what earlier addresses left on the page was taken off (on this address's first read). */
  swept: boolean;
}

const freshState = (url: string): SessionState => ({
  url, reported: null, pendingSince: null, pendingTimer: undefined, anchors: [], readContacts: [], strip: null, deal: null, dealKey: null, swept: false,
});

/**
 * Lightning keeps the views of records the rep left, hidden, to show them again at once. Our badges
 * and strip in them would stay in memory with them (~5 KB a badge: a shadow root with its style
 * machinery, its listeners): on the first read of a new address, everything of ours outside the
 * view read is taken off. A view shown again gets its badges back with its deal, as any view does.
 */
function sweepEarlierViews(state: SessionState): void {
  if (state.swept) return;
  state.swept = true;
  removeBadges(document, new Set(state.anchors.map((anchor) => anchor.element)));
  removeStrips(state.strip);
}

/**
 * Contacts just read that the deal's view doesn't have yet (a row added to the list): unassessed
 * on this deal, which is what the background will answer, so their badges show in the frame their
 * rows do instead of a round trip later. Only for the deal already shown: on a first read the
 * badges wait for the view, so none changes its face a moment later.
 */
function provisionalContacts({ deal, dealKey, readContacts }: SessionState): Map<RecordKey, BadgeContact> {
  const provisional = new Map<RecordKey, BadgeContact>();
  if (!deal || deal.key !== dealKey) return provisional;
  const known = new Set(deal.contacts.map((contact) => contact.key));
  for (const { key, name } of readContacts) {
    if (!known.has(key)) provisional.set(key, { key, name, status: 'unassessed', criteria: unassessedCriteria() });
  }
  return provisional;
}

export interface SessionOptions {
  /** The CRM the rep declared for this host in the options; null on the CRMs' own hosts. */
  customCrm?: CustomDomainCrm | null;
  now?: () => number;
}

export function startPageSession(signal: AbortSignal, { customCrm = null, now = Date.now }: SessionOptions = {}): void {
  let state = freshState('');
  let wasOnOpportunity = false;
  /** Set once the observer runs: keeps watching the shadow roots the contacts were read from. */
  let watchShadowRoots: (anchors: readonly ContactAnchor[]) => void = () => undefined;
  /** The in-page tagger, while one is open (one at a time, for the deal on screen). */
  let tagger: Tagger | null = null;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;

  /** Renders a deal's state: the reply to a read or to a tag, and every change from any tab. */
  const applyDeal = (deal: PageView) => {
    if (deal.key !== state.dealKey) return;
    state.deal = deal;
    render();
  };

  const toggleTagger = (contactKey: RecordKey) => {
    const open = tagger?.contactKey;
    // A second click on the same badge closes its tagger, the way a disclosure button does.
    tagger?.close(open === contactKey);
    if (open === contactKey || !state.deal) return;
    tagger = openTagger({
      view: state.deal,
      contactKey,
      badge: () => badgeButton(contactKey),
      onDeal: applyDeal,
      onClose: () => {
        tagger = null;
        render();
      },
      signal,
    });
    render();
  };

  const openPopup = () => send({ type: 'popup/open' });

  const render = () => {
    renderBadges(state.anchors, state.deal, { signal, activate: toggleTagger, expandedKey: tagger?.contactKey ?? null }, provisionalContacts(state));
    if (!state.deal) return;
    renderStrip(state.strip, state.deal, { signal, open: openPopup });
    tagger?.update(state.deal);
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
    closeTagger();
    removeBadges(anchor ?? document);
    removeStrips();
    showNotice(unreadableText(unreadable), anchor);
    report(`unreadable:${unreadable.code}`, async () => {
      await send({ type: 'page/unreadable', unreadable });
    });
  };

  const handle = (result: AdapterRead, url: URL) => {
    switch (result.kind) {
      case 'not-opportunity':
        hideNotice();
        closeTagger();
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
        reportUnreadable({ code: result.code, reason: result.reason, url: url.href, opportunityKey: result.opportunityKey }, result.noticeAnchor);
        return;
      }
      case 'unreadable':
        wasOnOpportunity = true;
        reportUnreadable({ code: result.code, reason: result.reason, url: url.href, opportunityKey: result.opportunityKey }, result.noticeAnchor);
        return;
      case 'read': {
        wasOnOpportunity = true;
        hideNotice();
        state.pendingSince = null;
        clearTimeout(state.pendingTimer);
        state.pendingTimer = undefined;
        state.anchors = result.anchors;
        state.readContacts = result.read.contacts;
        watchShadowRoots(result.anchors);
        state.strip = result.strip;
        state.dealKey = result.read.opportunity.key;
        sweepEarlierViews(state);
        render();
        // In a task of its own, the last read's only: serialising a list of 200 contacts (its
        // signature, then the message) would lengthen the read's task past a frame.
        clearTimeout(reportTimer);
        const readFor = state;
        reportTimer = setTimeout(() => {
          if (readFor !== state || signal.aborted) return;
          report(JSON.stringify(result.read), async () => {
            const deal = await send({ type: 'page/read', read: { ...result.read, readAt: new Date(now()).toISOString() } });
            applyDeal(deal);
          });
        }, 0);
      }
    }
  };

  function settle() {
    if (signal.aborted) return;
    try {
      const url = new URL(location.href);
      if (url.href !== state.url) {
        clearTimeout(state.pendingTimer);
        // Another record (or none): a tagger for the last one must not write to it from here.
        closeTagger();
        state = freshState(url.href);
      }
      const adapter = adapterFor(url, customCrm);
      handle(adapter ? adapter.read(document, url) : { kind: 'not-opportunity' }, url);
    } catch {
      // A page shape no adapter expected must not surface as an error in the CRM's console.
    }
  }

  const onMessage = (message: unknown) => {
    const event = pageEventSchema.safeParse(message);
    if (event.success && !signal.aborted) applyDeal(event.data.deal);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });

  const observer = observePage(settle, signal);
  watchShadowRoots = (anchors) => {
    for (const { element } of anchors) {
      const root = element.getRootNode();
      // By node type, not instanceof: in Firefox the page's nodes reach us through Xray wrappers.
      if (root.nodeType === 11 /* DOCUMENT_FRAGMENT_NODE */ && 'host' in root) observer.watch(root as ShadowRoot);
    }
  };
  // The first read as every later one, before the next paint: not in the task that evaluated this
  // script, which would then be one long task of ours on a page that is still loading.
  observer.schedule();
}
