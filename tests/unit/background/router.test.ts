import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createStorageArea } from '../fakes/storage-area';
import { getMessage } from '../fakes/i18n';
import { COLM, OPPORTUNITY_KEY, PRIYA, pageRead } from './fixtures';

const local = createStorageArea();
const session = createStorageArea();
const tabsSendMessage = vi.fn(async () => undefined);
const runtimeSendMessage = vi.fn(async () => undefined);
/** The toolbar as the browser would show it, per tab. */
const toolbar = new Map<number, { text?: string; color?: string; title?: string }>();
const setOnToolbar = (field: 'text' | 'color' | 'title') => vi.fn(async (details: { tabId: number } & Record<string, string>) => {
  toolbar.set(details.tabId, { ...toolbar.get(details.tabId), [field]: details[field] });
});

vi.mock('../../../src/platform/browser', () => ({
  browser: {
    storage: { local, session },
    tabs: { sendMessage: tabsSendMessage },
    action: { setBadgeText: setOnToolbar('text'), setBadgeBackgroundColor: setOnToolbar('color'), setTitle: setOnToolbar('title') },
    runtime: { id: 'coach-network-test', sendMessage: runtimeSendMessage },
    i18n: { getMessage },
  },
}));

const { routeMessage } = await import('../../../src/background/router');

const EXTENSION = 'coach-network-test';
const CRM_PAGE = 'https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/0068V00000kQ3wZQAS/view';
const fromTab = (tabId: number, url = CRM_PAGE) => ({ id: EXTENSION, url, tab: { id: tabId, index: 0, highlighted: true, active: true, pinned: false, incognito: false } });
const fromPopup = { id: EXTENSION, url: `chrome-extension://${EXTENSION}/popup.html` };
const NOW = new Date('2026-11-27T10:00:00.000Z');

async function call(message: unknown, sender: object = fromPopup) {
  return routeMessage(message, sender, { id: EXTENSION, origin: `chrome-extension://${EXTENSION}/` }, NOW);
}

beforeEach(() => {
  local.data.clear();
  session.data.clear();
  tabsSendMessage.mockClear();
  runtimeSendMessage.mockClear();
  toolbar.clear();
});

describe('routing', () => {
  test('messages from other extensions or web pages are ignored entirely', async () => {
    expect(await call({ type: 'page/read', read: pageRead() }, { id: 'someone-else', tab: fromTab(1).tab })).toBeUndefined();
    expect(await call({ type: 'tab/state', tabId: 1 }, { url: 'https://evil.example/' })).toBeUndefined();
    expect(local.data.size).toBe(0);
  });

  test.each([
    ['not an object', 'hello'],
    ['unknown type', { type: 'deal/delete-everything' }],
    ['wrong payload', { type: 'criterion/set', dealKey: OPPORTUNITY_KEY, contactKey: PRIYA, criterion: 'isNice', value: 'yes' }],
    ['bad key', { type: 'criterion/set', dealKey: '../../etc', contactKey: PRIYA, criterion: 'hasCredibility', value: 'yes' }],
    ['oversized text', { type: 'page/read', read: pageRead({ contacts: [{ ...pageRead().contacts[0]!, title: 'x'.repeat(5000) }] }) }],
  ])('a malformed request (%s) gets a clear error and changes nothing', async (_name, message) => {
    const reply = await call(message, fromTab(1));
    expect(reply).toEqual({ ok: false, error: 'That request was not understood; nothing was changed.' });
    expect(local.data.size).toBe(0);
    expect(session.data.size).toBe(0);
  });

  test('our own broadcast events reaching the background are not treated as requests', async () => {
    expect(await call({ type: 'event/deal-changed', deal: {} })).toBeUndefined();
  });

  test.each([
    ['a page of another site', 'https://evil.example/lightning/r/Opportunity/0068V00000kQ3wZQAS/view'],
    ['a CRM host over plain http', 'http://halyardsoftware.lightning.force.com/'],
    ['no address at all', ''],
  ])('a read reported from %s is refused and changes nothing', async (_name, url) => {
    const sender = url === '' ? { id: EXTENSION, tab: fromTab(3).tab } : fromTab(3, url);
    const reply = await call({ type: 'page/read', read: pageRead() }, sender);
    expect(reply).toEqual({ ok: false, error: 'Only a CRM page can report what it shows; nothing was changed.' });
    expect(await call({ type: 'page/unreadable', unreadable: { code: 'no-contact-list', reason: 'list-loading', url: 'https://x.example/', opportunityKey: null } }, sender)).toMatchObject({ ok: false });
    expect(local.data.size).toBe(0);
    expect(session.data.size).toBe(0);
  });

  test('a page cannot use the popup’s requests, and the popup cannot report page reads', async () => {
    expect(await call({ type: 'tab/state', tabId: 2 }, fromTab(1))).toMatchObject({ ok: false });
    expect(await call({ type: 'page/read', read: pageRead() }, fromPopup)).toMatchObject({ ok: false });
    expect(local.data.size).toBe(0);
  });
});

describe('the toolbar', () => {
  test('counts the critical and warning gaps of the deal in that tab, coloured by the worst', async () => {
    const reply = (await call({ type: 'page/read', read: pageRead() }, fromTab(7))) as { value: { gaps: Array<{ severity: string }>; verdict: string } };
    const toAct = reply.value.gaps.filter((g) => g.severity !== 'info').length;
    expect(toAct).toBeGreaterThan(0);
    expect(toolbar.get(7)?.text).toBe(String(toAct));
    // No coach yet is critical.
    expect(toolbar.get(7)?.color).toBe('#ba0517');
    expect(toolbar.get(7)?.title).toContain(reply.value.verdict);
  });

  test('follows tagging from the popup into every tab showing the deal', async () => {
    await call({ type: 'page/read', read: pageRead() }, fromTab(7));
    await call({ type: 'page/read', read: pageRead() }, fromTab(8));
    for (const criterion of ['wantsOurSolution', 'hasCredibility', 'willingToGuide']) {
      await call({ type: 'criterion/set', dealKey: OPPORTUNITY_KEY, contactKey: PRIYA, criterion, value: 'yes' });
    }
    const state = (await call({ type: 'tab/state', tabId: 7 })) as { value: { deal: { gaps: Array<{ kind: string; severity: string }> } } };
    const kinds = state.value.deal.gaps.map((g) => g.kind);
    expect(kinds).toContain('single-coach');
    expect(kinds).not.toContain('no-coach');
    const toAct = String(state.value.deal.gaps.filter((g) => g.severity !== 'info').length);
    expect(toolbar.get(7)?.text).toBe(toAct);
    expect(toolbar.get(8)?.text).toBe(toAct);
  });

  test('a settings change re-renders every open tab at once, under the new settings', async () => {
    await call({ type: 'page/read', read: pageRead() }, fromTab(7));
    tabsSendMessage.mockClear();
    const reply = await call({ type: 'settings/update', change: { ownEmailDomains: ['northwind-analytics.com'], staleCoachDays: 14 } });
    expect(reply).toMatchObject({ ok: true, value: { staleCoachDays: 14, ownEmailDomains: ['northwind-analytics.com'] } });
    expect(tabsSendMessage).toHaveBeenCalledWith(7, expect.objectContaining({ type: 'event/deal-changed', deal: expect.objectContaining({ key: OPPORTUNITY_KEY }) }));
    expect(await call({ type: 'settings/get' })).toMatchObject({ ok: true, value: { staleCoachDays: 14 } });
  });

  test('a settings change that breaks the bounds, or comes from a page, changes nothing', async () => {
    expect(await call({ type: 'settings/update', change: { staleCoachDays: 0 } })).toMatchObject({ ok: false });
    expect(await call({ type: 'settings/update', change: { customCrmDomains: [] } })).toMatchObject({ ok: false });
    expect(await call({ type: 'settings/update', change: { staleCoachDays: 9 } }, fromTab(7))).toMatchObject({ ok: false });
    expect(local.data.has('settings')).toBe(false);
  });

  test('is empty when the page cannot be read or the tab leaves the deal', async () => {
    await call({ type: 'page/read', read: pageRead() }, fromTab(7));
    await call({ type: 'page/left' }, fromTab(7));
    expect(toolbar.get(7)?.text).toBe('');
  });
});

describe('the rep’s path', () => {
  test('a page read stores the deal and returns every contact unassessed', async () => {
    const reply = await call({ type: 'page/read', read: pageRead() }, fromTab(7));
    expect(reply).toMatchObject({ ok: true });
    const deal = (reply as { value: { contacts: Array<{ key: string; status: string }> } }).value;
    expect(deal.contacts.map((c) => [c.key, c.status])).toEqual([[PRIYA, 'unassessed'], [COLM, 'unassessed']]);
    expect(local.data.get('schemaVersion')).toBe(1);
    expect(await call({ type: 'tab/state', tabId: 7 })).toMatchObject({ ok: true, value: { kind: 'deal', deal: { key: OPPORTUNITY_KEY } } });
  });

  test('setting all three criteria makes a Coach, broadcast to the tabs showing the deal', async () => {
    await call({ type: 'page/read', read: pageRead() }, fromTab(7));
    for (const criterion of ['wantsOurSolution', 'hasCredibility', 'willingToGuide']) {
      await call({ type: 'criterion/set', dealKey: OPPORTUNITY_KEY, contactKey: PRIYA, criterion, value: 'yes' });
    }
    const state = (await call({ type: 'tab/state', tabId: 7 })) as { value: { deal: { contacts: Array<{ status: string; criteria: { willingToGuide: { setAt: string } } }> } } };
    expect(state.value.deal.contacts[0]?.status).toBe('coach');
    expect(state.value.deal.contacts[0]?.criteria.willingToGuide.setAt).toBe(NOW.toISOString());
    expect(tabsSendMessage).toHaveBeenCalledWith(7, expect.objectContaining({ type: 'event/deal-changed' }));
  });

  test('a later page read keeps the rep’s tags', async () => {
    await call({ type: 'page/read', read: pageRead() }, fromTab(7));
    await call({ type: 'criterion/set', dealKey: OPPORTUNITY_KEY, contactKey: PRIYA, criterion: 'hasCredibility', value: 'no' });
    const reread = pageRead({ readAt: '2026-11-28T09:00:00.000Z' });
    reread.contacts[0] = { ...reread.contacts[0]!, title: 'CFO' };
    const reply = (await call({ type: 'page/read', read: reread }, fromTab(7))) as { value: { contacts: Array<{ title: string; criteria: { hasCredibility: { value: string } } }> } };
    expect(reply.value.contacts[0]?.title).toBe('CFO');
    expect(reply.value.contacts[0]?.criteria.hasCredibility.value).toBe('no');
  });

  test('tagging a contact the deal does not have is refused and changes nothing', async () => {
    await call({ type: 'page/read', read: pageRead() }, fromTab(7));
    const before = structuredClone(local.data.get(`deal:${OPPORTUNITY_KEY}`));
    const reply = await call({ type: 'criterion/set', dealKey: OPPORTUNITY_KEY, contactKey: 'salesforce:0038V00001cZZZZQAS', criterion: 'hasCredibility', value: 'yes' });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/not on this deal/) });
    expect(local.data.get(`deal:${OPPORTUNITY_KEY}`)).toEqual(before);
  });

  test('concurrent tagging from several places loses no update', async () => {
    await call({ type: 'page/read', read: pageRead() }, fromTab(7));
    await Promise.all(
      (['wantsOurSolution', 'hasCredibility', 'willingToGuide'] as const).flatMap((criterion) => [
        call({ type: 'criterion/set', dealKey: OPPORTUNITY_KEY, contactKey: PRIYA, criterion, value: 'yes' }),
        call({ type: 'criterion/set', dealKey: OPPORTUNITY_KEY, contactKey: COLM, criterion, value: 'no' }),
        call({ type: 'page/read', read: pageRead() }, fromTab(8)),
      ]),
    );
    const state = (await call({ type: 'tab/state', tabId: 8 })) as { value: { deal: { contacts: Array<{ status: string }> } } };
    expect(state.value.deal.contacts.map((c) => c.status)).toEqual(['coach', 'not-coach']);
  });

  test('an unreadable page is remembered for the popup, and leaving clears it', async () => {
    const unreadable = { code: 'contacts-unreadable', reason: 'rows-without-ids', url: 'https://x.lightning.force.com/lightning/r/Opportunity/0068V00000kQ3wZQAS/view', opportunityKey: OPPORTUNITY_KEY };
    expect(await call({ type: 'page/unreadable', unreadable }, fromTab(3))).toEqual({ ok: true, value: { ok: true } });
    expect(await call({ type: 'tab/state', tabId: 3 })).toEqual({ ok: true, value: { kind: 'unreadable', unreadable } });
    await call({ type: 'page/left' }, fromTab(3));
    expect(await call({ type: 'tab/state', tabId: 3 })).toEqual({ ok: true, value: { kind: 'none' } });
  });

  test('a corrupt stored deal is set aside under a quarantine key, not lost, and the deal keeps working', async () => {
    local.data.set(`deal:${OPPORTUNITY_KEY}`, { opportunity: 'garbage', contacts: 42 });
    const reply = await call({ type: 'page/read', read: pageRead() }, fromTab(7));
    expect(reply).toMatchObject({ ok: true });
    const quarantined = [...local.data.entries()].filter(([k]) => k.startsWith(`quarantine:deal:${OPPORTUNITY_KEY}:`));
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]?.[1]).toEqual({ opportunity: 'garbage', contacts: 42 });
  });
});

describe('hints from other deals of the same account', () => {
  const otherDeal = (key: string, account: { id: string; name: string }) => {
    const read = pageRead();
    read.opportunity = { ...read.opportunity, key, name: `Deal ${key}`, account };
    return read;
  };

  test('an assessment on one deal is offered on another deal of the same account, never copied', async () => {
    await call({ type: 'page/read', read: pageRead() }, fromTab(7));
    await call({ type: 'criterion/set', dealKey: OPPORTUNITY_KEY, contactKey: PRIYA, criterion: 'hasCredibility', value: 'yes' });
    const same = (await call({ type: 'page/read', read: otherDeal('salesforce:0068V00000kQ9zzQAC', { id: '0018V00000tRm4FQAS', name: 'Ashgrove Regional Transit Authority' }) }, fromTab(8))) as {
      value: { contacts: Array<{ key: string; status: string; hint: { dealKey: string; criteria: { hasCredibility: { value: string } } } | null }> };
    };
    const priya = same.value.contacts.find((c) => c.key === PRIYA);
    expect(priya?.status).toBe('unassessed');
    expect(priya?.hint?.dealKey).toBe(OPPORTUNITY_KEY);
    expect(priya?.hint?.criteria.hasCredibility.value).toBe('yes');
    expect(same.value.contacts.find((c) => c.key === COLM)?.hint).toBeNull();
  });

  test('no hint from another account', async () => {
    await call({ type: 'page/read', read: pageRead() }, fromTab(7));
    await call({ type: 'criterion/set', dealKey: OPPORTUNITY_KEY, contactKey: PRIYA, criterion: 'hasCredibility', value: 'yes' });
    const other = (await call({ type: 'page/read', read: otherDeal('salesforce:0068V00000kQ9zzQAC', { id: '0018V00000tS7bKQAS', name: 'Meridian Rail' }) }, fromTab(8))) as {
      value: { contacts: Array<{ key: string; hint: unknown }> };
    };
    expect(other.value.contacts.find((c) => c.key === PRIYA)?.hint).toBeNull();
  });
});

describe('editing a deal', () => {
  const gapsOf = (reply: unknown) => (reply as { value: { gaps: Array<{ kind: string }> } }).value.gaps.map((g) => g.kind);

  test('recording an internal coach clears no-internal-coach; an unknown person is refused with a reason', async () => {
    const first = await call({ type: 'page/read', read: pageRead() }, fromTab(7));
    expect(gapsOf(first)).toContain('no-internal-coach');
    const coach = { key: 'internal:naomi', name: 'Naomi Castellanos', email: 'naomi@halyard-software.example', title: 'Pre-Sales Consultant', access: { roles: ['economic'], people: [] }, addedAt: NOW.toISOString() };
    const added = await call({ type: 'deal/edit', dealKey: OPPORTUNITY_KEY, action: { type: 'add-internal-coach', coach } });
    expect(gapsOf(added)).not.toContain('no-internal-coach');
    const before = structuredClone(local.data.get(`deal:${OPPORTUNITY_KEY}`));
    const refused = await call({
      type: 'deal/edit',
      dealKey: OPPORTUNITY_KEY,
      action: { type: 'add-intelligence', entry: { id: 'i1', source: 'salesforce:0038V00001cZZZZQAS', date: '2026-11-20', topic: 'funding', specific: true, text: '', corroboratedBy: [] } },
    });
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/not on this deal/) });
    expect(local.data.get(`deal:${OPPORTUNITY_KEY}`)).toEqual(before);
  });

  test('an edit of a deal that is not tracked is refused', async () => {
    const reply = await call({ type: 'deal/edit', dealKey: OPPORTUNITY_KEY, action: { type: 'set-sponsor', contact: PRIYA, sponsor: true } });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/not tracked/) });
    expect(local.data.size).toBe(0);
  });
});
