/**
 * The popup's copy of each tab's view (issue 8, figure 4): published by the background whenever it
 * computes the view of a deal a tab shows, read by the popup in one storage read, validated, never
 * of another deal than the tab's entry names, and never older than a change the rep made.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createStorageArea } from '../fakes/storage-area';
import { getMessage } from '../fakes/i18n';
import { COLM, OPPORTUNITY_KEY, PRIYA, pageRead } from './fixtures';

const local = createStorageArea();
const session = createStorageArea();
/** The popup's copies at the moment each page was told of a change. */
const copiesWhenTold: Array<Record<string, unknown>> = [];
const tabsSendMessage = vi.fn(async () => {
  copiesWhenTold.push(viewCopies());
});
const localSet = local.set.bind(local);

vi.mock('../../../src/platform/browser', () => ({
  browser: {
    storage: { local: Object.assign(local, { clear: async () => local.data.clear() }), session },
    tabs: { sendMessage: tabsSendMessage },
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined, setTitle: async () => undefined },
    runtime: { id: 'coach-network-test', sendMessage: async () => undefined, getManifest: () => ({ version: '0.1.0' }) },
    i18n: { getMessage },
    permissions: { contains: async () => true, remove: async () => true },
    scripting: { getRegisteredContentScripts: async () => [], registerContentScripts: async () => undefined, unregisterContentScripts: async () => undefined },
  },
}));

const { routeMessage } = await import('../../../src/background/router');
const views = await import('../../../src/background/tab-views');
const { setTabEntry } = await import('../../../src/background/tab-state');

const EXTENSION = 'coach-network-test';
const CRM_PAGE = 'https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/0068V00000kQ3wZQAS/view';
const OTHER_DEAL = 'salesforce:0068V00000kQ3wZQAT';
const fromTab = (tabId: number) => ({ id: EXTENSION, url: CRM_PAGE, tab: { id: tabId, index: 0, highlighted: true, active: true, pinned: false, incognito: false } });
const fromPopup = { id: EXTENSION, url: `chrome-extension://${EXTENSION}/popup.html` };
const NOW = new Date('2026-11-27T10:00:00.000Z');
const call = (message: unknown, sender: object = fromPopup) => routeMessage(message, sender, { id: EXTENSION, origin: `chrome-extension://${EXTENSION}/` }, NOW);

function viewCopies(): Record<string, unknown> {
  return Object.fromEntries([...session.data].filter(([key]) => key.startsWith('view:')));
}

/** A page read from the tab, and its copy published (just after the page's answer). */
async function readPage(tabId: number, read = pageRead()) {
  const reply = (await call({ type: 'page/read', read }, fromTab(tabId))) as { ok: true; value: import('../../../src/domain/view-schema').DealView };
  await vi.waitFor(() => expect(session.data.has(`view:${tabId}`)).toBe(true));
  return reply;
}

const tag = (value: 'yes' | 'no' | 'unknown', contactKey = PRIYA) =>
  call({ type: 'criterion/set', dealKey: OPPORTUNITY_KEY, contactKey, criterion: 'wantsOurSolution', value });

const shownValue = async (tabId: number, contactKey = PRIYA) => {
  const state = await views.readTabView(tabId);
  return state?.kind === 'deal' ? state.deal.contacts.find((c) => c.key === contactKey)?.criteria.wantsOurSolution.value : state?.kind ?? null;
};

beforeEach(() => {
  local.data.clear();
  session.data.clear();
  copiesWhenTold.length = 0;
  tabsSendMessage.mockClear();
  local.set = localSet;
});

describe('the popup’s copy of a tab’s view', () => {
  test('a page read publishes the view it answers with; the popup reads it back, validated', async () => {
    const reply = await readPage(1);
    expect(await views.readTabView(1)).toEqual({ kind: 'deal', deal: reply.value });
    // Under the key tab-state.ts writes the entry to: the two modules agree on it.
    await setTabEntry(1, null);
    expect(await views.readTabView(1)).toBeNull();
  });

  test('the background’s answer to the popup publishes its view too', async () => {
    await readPage(1);
    session.data.delete('view:1');
    const answer = (await call({ type: 'tab/state', tabId: 1 })) as { ok: true; value: unknown };
    await vi.waitFor(async () => expect(await views.readTabView(1)).toEqual(answer.value));
  });

  test('a tag removes the copy as it arrives, tells the page, then publishes the tagged view', async () => {
    await readPage(1);
    const copiesWhenWritten: Array<Record<string, unknown>> = [];
    local.set = async (items) => {
      if (Object.keys(items).some((key) => key.startsWith('deal:'))) copiesWhenWritten.push(viewCopies());
      return localSet(items);
    };
    await tag('yes');
    // While the deal was written and when the page heard of it, no copy could open a popup on the old deal.
    expect(copiesWhenWritten).toEqual([{}]);
    expect(copiesWhenTold).toEqual([{}]);
    expect(await shownValue(1)).toBe('yes');
  });

  test('every tab showing the deal gets the new copy; a tab on another deal keeps its own', async () => {
    await readPage(1);
    await readPage(2);
    const other = pageRead({ opportunity: { ...pageRead().opportunity, key: OTHER_DEAL, url: CRM_PAGE.replace('wZQAS', 'wZQAT') } });
    await readPage(3, other);
    const before = session.data.get('view:3');
    await tag('no');
    expect(await shownValue(1)).toBe('no');
    expect(await shownValue(2)).toBe('no');
    expect(session.data.get('view:3')).toEqual(before);
  });

  test('a copy is shown only for the deal the tab’s entry names, and only when it validates', async () => {
    await readPage(1);
    const copy = JSON.parse(session.data.get('view:1') as string) as Record<string, unknown>;
    // The tab moved on to another deal whose view isn't stored yet: the old copy is not shown.
    await setTabEntry(1, { kind: 'deal', dealKey: OTHER_DEAL });
    expect(await views.readTabView(1)).toBeNull();
    await setTabEntry(1, { kind: 'deal', dealKey: OPPORTUNITY_KEY });
    expect(await views.readTabView(1)).not.toBeNull();
    session.data.set('view:1', JSON.stringify({ ...copy, contacts: 'not a list' }));
    expect(await views.readTabView(1)).toBeNull();
    session.data.set('view:1', JSON.stringify({ ...copy, name: 42 }));
    expect(await views.readTabView(1)).toBeNull();
    session.data.set('view:1', `${JSON.stringify(copy)}}`);
    expect(await views.readTabView(1)).toBeNull();
    // An object where the text belongs (not what this version writes) is not read either.
    session.data.set('view:1', copy);
    expect(await views.readTabView(1)).toBeNull();
  });

  test('leaving the opportunity, or an unreadable page, drops the copy; unreadable is read from the entry', async () => {
    await readPage(1);
    await call({ type: 'page/left' }, fromTab(1));
    expect(viewCopies()).toEqual({});
    expect(await views.readTabView(1)).toBeNull();

    await readPage(1);
    const unreadable = { code: 'no-contact-list', reason: 'list-loading', url: CRM_PAGE, opportunityKey: OPPORTUNITY_KEY };
    await call({ type: 'page/unreadable', unreadable }, fromTab(1));
    expect(viewCopies()).toEqual({});
    expect(await views.readTabView(1)).toEqual({ kind: 'unreadable', unreadable });
  });

  test('changed settings and deleted data leave no copy behind of the deals as they were', async () => {
    await readPage(1);
    await call({ type: 'settings/update', change: { staleCoachDays: 21 } });
    // Published again under the new settings, through the broadcast to the tab.
    expect(await shownValue(1)).toBe('unknown');
    expect(await call({ type: 'data/delete-all' })).toEqual({ ok: true, value: { ok: true } });
    expect(viewCopies()).toEqual({});
  });

  test('concurrent tags: the copy ends with the state written last, whatever order their views finish in', async () => {
    await readPage(1);
    await Promise.all([tag('yes'), tag('no', COLM), tag('no')]);
    const stored = JSON.parse(JSON.stringify((await local.get(`deal:${OPPORTUNITY_KEY}`))[`deal:${OPPORTUNITY_KEY}`]));
    expect(stored.contacts[PRIYA].criteria.wantsOurSolution.value).toBe('no');
    expect(await shownValue(1)).toBe('no');
    expect(await shownValue(1, COLM)).toBe('no');
  });
});

describe('the order of the copies', () => {
  const view = async () => {
    return (await readPage(1)).value;
  };

  test('a view of an older state never replaces a newer one', async () => {
    const current = await view();
    const older = views.nextViewOrder();
    const newer = views.nextViewOrder();
    const renamed = { ...current, name: 'newer' };
    await views.storeTabView(1, renamed, newer);
    await views.storeTabView(1, { ...current, name: 'older' }, older);
    expect((JSON.parse(session.data.get('view:1') as string) as { name: string }).name).toBe('newer');
  });

  test('nor brings back a copy removed after its state was read', async () => {
    const current = await view();
    const read = views.nextViewOrder();
    await views.forgetTabView(1);
    await views.storeTabView(1, current, read);
    expect(viewCopies()).toEqual({});
    await views.storeTabView(1, current, views.nextViewOrder());
    expect(Object.keys(viewCopies())).toEqual(['view:1']);
  });

  test('forgetting every copy removes them all and keeps out views computed before', async () => {
    const current = await view();
    await views.storeTabView(2, current, views.nextViewOrder());
    const read = views.nextViewOrder();
    await views.forgetAllTabViews();
    expect(viewCopies()).toEqual({});
    await views.storeTabView(1, current, read);
    expect(viewCopies()).toEqual({});
  });
});
