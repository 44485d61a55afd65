/** The diagnostics log: every failed read recorded, repeats collapsed, bounded, never page content. */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createStorageArea } from '../fakes/storage-area';
import { getMessage } from '../fakes/i18n';

const local = createStorageArea();
const session = createStorageArea();

vi.mock('../../../src/platform/browser', () => ({
  browser: {
    storage: { local, session },
    runtime: { id: 'coach-network-test' },
    i18n: { getMessage },
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined, setTitle: async () => undefined },
  },
}));

const { routeMessage } = await import('../../../src/background/router');
const { withFailure } = await import('../../../src/background/diagnostics');
const { DIAGNOSTICS_MAX } = await import('../../../src/messaging/protocol');

const SELF = { id: 'coach-network-test', origin: 'chrome-extension://coach-network-test/' };
const tab = (id: number) => ({ id: SELF.id, url: 'https://acme.lightning.force.com/lightning/page/home', tab: { id, index: 0, highlighted: true, active: true, pinned: false, incognito: false } });
const fromPopup = { id: SELF.id, url: `${SELF.origin}popup.html` };
const at = (minute: number) => new Date(Date.UTC(2026, 10, 27, 10, minute));

const unreadable = (id: string, reason = 'rows-without-ids', query = '') => ({
  code: 'contacts-unreadable' as const,
  reason: reason as 'rows-without-ids',
  url: `https://acme.lightning.force.com/lightning/r/Opportunity/${id}/view${query}`,
  opportunityKey: `salesforce:${id}`,
});

beforeEach(() => {
  local.data.clear();
  session.data.clear();
});

describe('the log, as a pure function', () => {
  test('records codes, the page without its query, and when', () => {
    const log = withFailure([], unreadable('0068V00000kQ3wZQAS', 'rows-without-ids', '?search=Priya%20Raman#x'), at(0));
    expect(log).toEqual([
      {
        code: 'contacts-unreadable',
        reason: 'rows-without-ids',
        page: 'https://acme.lightning.force.com/lightning/r/Opportunity/0068V00000kQ3wZQAS/view',
        opportunityKey: 'salesforce:0068V00000kQ3wZQAS',
        firstAt: at(0).toISOString(),
        lastAt: at(0).toISOString(),
        times: 1,
      },
    ]);
  });

  test('the same failure on the same page again only counts; another one is a new entry', () => {
    let log = withFailure([], unreadable('0068V00000kQ3wZQAS'), at(0));
    log = withFailure(log, unreadable('0068V00000kQ3wZQAS'), at(5));
    expect(log).toMatchObject([{ times: 2, firstAt: at(0).toISOString(), lastAt: at(5).toISOString() }]);
    log = withFailure(log, unreadable('0068V00000kQ3wZQAS', 'list-loading'), at(6));
    expect(log.map((e) => [e.reason, e.times])).toEqual([['rows-without-ids', 2], ['list-loading', 1]]);
  });

  test('keeps the newest entries only', () => {
    let log = withFailure([], unreadable('0068V00000kQ3wZQAS'), at(0));
    for (let i = 0; i < DIAGNOSTICS_MAX + 5; i += 1) log = withFailure(log, unreadable(`0068V00000kQ${String(i).padStart(3, '0')}AAA`), at(i + 1));
    expect(log).toHaveLength(DIAGNOSTICS_MAX);
    expect(log.at(-1)?.opportunityKey).toBe(`salesforce:0068V00000kQ${String(DIAGNOSTICS_MAX + 4).padStart(3, '0')}AAA`);
  });
});

describe('through the background', () => {
  test('a page reporting an unreadable read is recorded, and the popup can read the log', async () => {
    await routeMessage({ type: 'page/unreadable', unreadable: unreadable('0068V00000kQ3wZQAS') }, tab(3), SELF, at(0));
    await routeMessage({ type: 'page/unreadable', unreadable: unreadable('0068V00000kQ3wZQAS') }, tab(4), SELF, at(1));
    const reply = await routeMessage({ type: 'diagnostics/get' }, fromPopup, SELF, at(2));
    expect(reply).toMatchObject({ ok: true, value: { entries: [{ times: 2, reason: 'rows-without-ids' }] } });
  });

  test('a CRM page can’t read the log', async () => {
    expect(await routeMessage({ type: 'diagnostics/get' }, tab(3), SELF, at(0))).toMatchObject({ ok: false });
  });

  test('a corrupt log is set aside, not overwritten, and recording goes on', async () => {
    local.data.set('diagnostics', 'not a log');
    await routeMessage({ type: 'page/unreadable', unreadable: unreadable('0068V00000kQ3wZQAS') }, tab(3), SELF, at(0));
    expect([...local.data.entries()].filter(([key]) => key.startsWith('quarantine:diagnostics:')).map(([, v]) => v)).toEqual(['not a log']);
    expect(local.data.get('diagnostics')).toHaveLength(1);
  });
});
