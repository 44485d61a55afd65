/**
 * Request type → implementation. Typed from the protocol union, so a request without a handler
 * (or a handler returning the wrong shape) is a compile error.
 */
import { injectReader } from './reader-injection';
import { mergePageRead } from '../domain/merge';
import { comparePipeline, pipelineEntryOf } from '../domain/view';
import type { DealView } from '../domain/view-schema';
import { applyAction, type DealAction } from '../domain/actions';
import type { RecordKey } from '../domain/records';
import type { Deal } from '../domain/network';
import { broadcastDeal } from './broadcast';
import { getDeal, listDeals, updateDeal } from './store';
import { openPopupFor } from './popup-opener';
import { markedMessages, t } from '../platform/i18n';
import { getSettings } from './settings-store';
import { rememberAssessment } from './assessments';
import { getTabEntry, setTabEntry, tabsShowing, unreadableEntry } from './tab-state';
import { forgetDealViews, forgetTabView, nextViewOrder, storeTabView } from './tab-views';
import { showOnToolbar } from './toolbar';
import { crmDomainHandlers } from './crm-domain-handlers';
import { settingsHandlers } from './settings-handlers';
import { backupHandlers } from './backup-handlers';
import { viewOf } from './view-of';
import { requireCrmTab } from './crm-page';
import { getDiagnostics, recordFailure } from './diagnostics';
import { RequestRejected, requireExtensionPage, requireTab, type Handlers, type RequestContext } from './request-context';

export { RequestRejected, type RequestContext };

/** The popup may act on any deal; a page only on the deal it shows (the in-page tagger). */
async function requireAccessTo(dealKey: RecordKey, context: RequestContext): Promise<void> {
  if (context.tabId === null) return;
  const entry = await getTabEntry(context.tabId);
  if (entry?.kind !== 'deal' || entry.dealKey !== dealKey) throw new RequestRejected('a page can only tag the deal it shows');
}

export const handlers: Handlers = {
  async 'page/read'({ read }, context) {
    const tabId = await requireCrmTab(context);
    let stateOrder = 0;
    const deal = await updateDeal(
      read.opportunity.key,
      (existing) => {
        stateOrder = nextViewOrder();
        return mergePageRead(existing, read);
      },
      context.now,
    );
    await setTabEntry(tabId, { kind: 'deal', dealKey: read.opportunity.key });
    const view = await viewOf(deal as Deal, context.now);
    await showOnToolbar(tabId, view);
    // The popup's copy once the page has its answer: storing serialises the view (~30 KB for 50
    // contacts) on this thread, and the page's badges (figure 2) wait for the answer, not for it.
    setTimeout(() => void storeTabView(tabId, view, stateOrder), 0);
    return view;
  },

  async 'page/unreadable'({ unreadable }, context) {
    const tabId = await requireCrmTab(context);
    await Promise.all([setTabEntry(tabId, unreadableEntry(unreadable)), forgetTabView(tabId)]);
    await showOnToolbar(tabId, null);
    await recordFailure(unreadable, context.now);
    return { ok: true };
  },

  async 'page/reader'(_request, context) {
    await injectReader(context);
    return { ok: true };
  },
  async 'page/texts'({ keys }, context) {
    await requireCrmTab(context);
    return { texts: markedMessages(keys) };
  },
  async 'page/left'(_request, context) {
    const tabId = requireTab(context);
    await Promise.all([setTabEntry(tabId, null), forgetTabView(tabId)]);
    await showOnToolbar(tabId, null);
    return { ok: true };
  },

  async 'tab/state'({ tabId }, context) {
    requireExtensionPage(context);
    // Before the reads: a change committed meanwhile, or the tab leaving, outranks this view.
    const stateOrder = nextViewOrder();
    const entry = await getTabEntry(tabId);
    if (entry === null) return { kind: 'none' };
    if (entry.kind === 'unreadable') return { kind: 'unreadable', unreadable: entry.unreadable };
    const deal = await getDeal(entry.dealKey, context.now);
    if (!deal) return { kind: 'none' };
    const view = await viewOf(deal, context.now);
    // The popup's next opening starts from this view (figure 4). After the reply has gone: storing
    // serialises the view (~30 KB for 50 contacts) on this thread, and the popup waits for the reply.
    setTimeout(() => void storeTabView(tabId, view, stateOrder), 0);
    return { kind: 'deal', deal: view };
  },

  async 'criterion/set'({ dealKey, contactKey, criterion, value, evidence }, context) {
    await requireAccessTo(dealKey, context);
    const action: DealAction = { type: 'set-criterion', contact: contactKey, criterion, value, ...(evidence !== undefined && { evidence }) };
    return applyAndBroadcast(dealKey, action, context);
  },

  'deal/edit'({ dealKey, action }, context) {
    requireExtensionPage(context);
    return applyAndBroadcast(dealKey, action, context);
  },

  async 'pipeline/list'(_request, context) {
    requireExtensionPage(context);
    const settings = await getSettings();
    const deals = await listDeals(context.now);
    const entries = deals.map((deal) => pipelineEntryOf(deal, settings, context.now, t));
    return { deals: entries.sort(comparePipeline) };
  },

  async 'popup/open'(_request, context) {
    const tabId = requireTab(context);
    await openPopupFor(tabId);
    return { ok: true };
  },

  async 'diagnostics/get'(_request, context) {
    requireExtensionPage(context);
    return { entries: await getDiagnostics(context.now) };
  },

  ...crmDomainHandlers,
  ...settingsHandlers,
  ...backupHandlers,
};

/** Applies one of the rep's changes in one queued write, then updates every place showing the deal. */
async function applyAndBroadcast(dealKey: RecordKey, action: DealAction, context: RequestContext): Promise<DealView> {
  // No popup may open on this deal as it was from now on (tab-views.ts); done long before the write.
  const forgotten = forgetDealViews(dealKey);
  let refusal: string | null = null;
  let stateOrder = 0;
  const deal = await updateDeal(
    dealKey,
    (existing) => {
      if (!existing) {
        refusal = t('error_deal_untracked');
        return null;
      }
      const result = applyAction(existing, action, context.now, t);
      if (!result.ok) refusal = result.error;
      stateOrder = nextViewOrder();
      return result.ok ? result.deal : null;
    },
    context.now,
  );
  await forgotten;
  if (refusal !== null || !deal) throw new RequestRejected(refusal ?? t('error_deal_untracked'));
  // The tabs to tell are looked up while the view is computed. The person's latest assessment is
  // remembered meanwhile: this deal's own view doesn't read it (a hint comes from other deals only,
  // and never for someone assessed here), so the page need not wait for that write.
  const tabs = tabsShowing(dealKey);
  const remembered = action.type === 'set-criterion' ? rememberAssessment(deal, action.contact, context.now) : Promise.resolve();
  const view = await viewOf(deal, context.now);
  await Promise.all([broadcastDeal(view, stateOrder, tabs), remembered]);
  return view;
}
