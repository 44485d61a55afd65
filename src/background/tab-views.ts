/**
 * The popup's first screen without a round trip through the worker (issue 8, figure 4): the view
 * of the deal each tab shows, as the background last computed it, kept in storage.session under
 * `view:<tabId>` beside the tab's entry (`tab:<tabId>`, tab-state.ts). Opening the popup then
 * costs one storage read, not a wake of the worker and a fresh view; the popup still asks the
 * background right after (model.ts `load`), which stays the authority.
 *
 * Writes: the background alone, whenever it computes the view of a deal a tab shows (a page read,
 * a change broadcast to the tabs, the popup's own request). A change the rep makes removes the
 * copies of its deal as soon as it arrives, before it is written (`forgetDealViews`): from then on
 * a popup finds either no copy, and asks, or the copy of the changed deal; never the deal as it
 * was before a tag. Each write carries the order in which its state was committed
 * (`nextViewOrder`, taken inside the storage queue); a view computed from an older state never
 * replaces a newer one, nor a removal that came after it, however the computations interleave.
 *
 * Reads: the popup (`tabViewOf`, `readTabView`), validated as every stored value is, and only when
 * the tab's entry names the same deal: a view left behind by another deal is never shown.
 *
 * Stored as JSON text, not as an object: the browser converts a stored object member by member on
 * every write and on every read of it, including each `storage.session.get(null)` (tab-state.ts
 * looks up the tabs showing a deal that way on every tag). One string of ~30 KB per open CRM tab
 * costs those reads next to nothing; as objects, seven 50-contact deals doubled tag → badge.
 */
import { browser } from '../platform/browser';
import { dealViewSchema, type DealView } from '../domain/view-schema';
import type { TabState } from '../messaging/protocol';
import type { RecordKey } from '../domain/records';
import { tabEntrySchema, tabsShowing } from './tab-state';
import { readTabViewItems, tabEntryKey, tabViewKey, VIEW_PREFIX } from './tab-view-items';

/**
 * Commit order of the states views are computed from. In memory: a worker that stops has no
 * computation in flight, and the next one starts over, its views all newer than any written before.
 */
let order = 0;
/** Per tab, the order of the state its stored view shows (or of its removal). */
const shown = new Map<number, number>();
/** Views of states older than this are stale everywhere (set when every view is forgotten). */
let floor = 0;

/** Call where the state a view will be computed from is committed or read (inside the storage queue). */
export function nextViewOrder(): number {
  return ++order;
}

function claim(tabId: number, stateOrder: number): boolean {
  if (stateOrder < floor || stateOrder < (shown.get(tabId) ?? 0)) return false;
  shown.set(tabId, stateOrder);
  return true;
}

const logFailure = (error: unknown) => console.warn('Coach Network: the popup’s copy of a tab’s view could not be updated', error);

/**
 * Stores the view of the deal `tabId` shows, unless a newer one is there already. The write is
 * issued at once (storage calls are applied in the order they are made); the promise settles when
 * it is done and never rejects: without the copy the popup simply asks the background.
 */
export function storeTabView(tabId: number, view: DealView, stateOrder: number): Promise<void> {
  if (!claim(tabId, stateOrder)) return Promise.resolve();
  return browser.storage.session.set({ [tabViewKey(tabId)]: JSON.stringify(view) }).catch(logFailure);
}

/** The tab shows no deal any more (left, unreadable, closed): its copy goes, and no late write brings it back. */
export function forgetTabView(tabId: number): Promise<void> {
  shown.set(tabId, nextViewOrder());
  return browser.storage.session.remove(tabViewKey(tabId)).catch(logFailure);
}

/**
 * A change to the deal has arrived: the copies of every tab showing it go before it is written, so
 * a popup opened from now until the new copies are stored finds none and asks the background,
 * whose answer waits for the write (store.ts queue). The new copies can then be stored after the
 * pages have been told (broadcast.ts), off the path to the page's badge.
 */
export async function forgetDealViews(dealKey: RecordKey): Promise<void> {
  try {
    await Promise.all((await tabsShowing(dealKey)).map(forgetTabView));
  } catch (error) {
    logFailure(error);
  }
}

/**
 * Every copy goes (the settings changed every deal's gaps; an import or a deletion changed the
 * deals themselves), and no view computed before this call is written afterwards.
 */
export async function forgetAllTabViews(): Promise<void> {
  floor = nextViewOrder();
  try {
    const keys = Object.keys(await browser.storage.session.get(null)).filter((key) => key.startsWith(VIEW_PREFIX));
    if (keys.length > 0) await browser.storage.session.remove(keys);
  } catch (error) {
    logFailure(error);
  }
}

/**
 * What the tab shows, from its stored items alone (readTabViewItems), or null when the background
 * has to be asked: no entry, no copy, a copy of another deal, anything that fails validation.
 */
export function tabViewOf(items: Record<string, unknown>, tabId: number): TabState | null {
  const entry = tabEntrySchema.safeParse(items[tabEntryKey(tabId)]);
  if (!entry.success) return null;
  if (entry.data.kind === 'unreadable') return { kind: 'unreadable', unreadable: entry.data.unreadable };
  const view = dealViewSchema.safeParse(fromText(items[tabViewKey(tabId)]));
  return view.success && view.data.key === entry.data.dealKey ? { kind: 'deal', deal: view.data } : null;
}

function fromText(stored: unknown): unknown {
  if (typeof stored !== 'string') return undefined;
  try {
    return JSON.parse(stored);
  } catch {
    return undefined;
  }
}

/** The popup's read: one storage read, validated. */
export async function readTabView(tabId: number): Promise<TabState | null> {
  return tabViewOf(await readTabViewItems(tabId), tabId);
}
