/**
 * Request type → implementation. Typed from the protocol union, so a request without a handler
 * (or a handler returning the wrong shape) is a compile error.
 */
import { mergePageRead } from '../domain/merge';
import { comparePipeline, pipelineEntryOf, viewDeal } from '../domain/view';
import type { DealView } from '../domain/view-schema';
import { applyAction, type DealAction } from '../domain/actions';
import type { RecordKey } from '../domain/records';
import type { Deal } from '../domain/network';
import { broadcastDeal } from './broadcast';
import { getDeal, listDeals, updateDeal } from './store';
import { openPopupFor } from './popup-opener';
import { t } from '../platform/i18n';
import { getSettings } from './settings-store';
import { rememberAssessment } from './assessments';
import { getTabEntry, setTabEntry, unreadableEntry } from './tab-state';
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
    const deal = await updateDeal(read.opportunity.key, (existing) => mergePageRead(existing, read), context.now);
    await setTabEntry(tabId, { kind: 'deal', dealKey: read.opportunity.key });
    const view = await viewOf(deal as Deal, context.now);
    await showOnToolbar(tabId, view);
    return view;
  },

  async 'page/unreadable'({ unreadable }, context) {
    const tabId = await requireCrmTab(context);
    await setTabEntry(tabId, unreadableEntry(unreadable));
    await showOnToolbar(tabId, null);
    await recordFailure(unreadable, context.now);
    return { ok: true };
  },

  async 'page/left'(_request, context) {
    const tabId = requireTab(context);
    await setTabEntry(tabId, null);
    await showOnToolbar(tabId, null);
    return { ok: true };
  },

  async 'tab/state'({ tabId }, context) {
    requireExtensionPage(context);
    const entry = await getTabEntry(tabId);
    if (entry === null) return { kind: 'none' };
    if (entry.kind === 'unreadable') return { kind: 'unreadable', unreadable: entry.unreadable };
    const deal = await getDeal(entry.dealKey, context.now);
    return deal ? { kind: 'deal', deal: await viewOf(deal, context.now) } : { kind: 'none' };
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
    const entries = deals.map((deal) => pipelineEntryOf(deal, viewDeal(deal, settings, context.now, new Map(), t), t));
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
  let refusal: string | null = null;
  const deal = await updateDeal(
    dealKey,
    (existing) => {
      if (!existing) {
        refusal = t('error_deal_untracked');
        return null;
      }
      const result = applyAction(existing, action, context.now, t);
      if (!result.ok) refusal = result.error;
      return result.ok ? result.deal : null;
    },
    context.now,
  );
  if (refusal !== null || !deal) throw new RequestRejected(refusal ?? t('error_deal_untracked'));
  if (action.type === 'set-criterion') await rememberAssessment(deal, action.contact, context.now);
  const view = await viewOf(deal, context.now);
  await broadcastDeal(view);
  return view;
}
