/** The background's side of added CRM hosts: permission checks, registered scripts, page/site. */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createStorageArea } from '../fakes/storage-area';
import { getMessage } from '../fakes/i18n';

const local = createStorageArea();
const session = createStorageArea();
/** Host patterns the browser holds for us (granted through the options page's prompt). */
const granted = new Set<string>();
/** Content scripts registered at run time, by id. */
const registered = new Map<string, { id: string; matches: string[]; js: string[] }>();

vi.mock('../../../src/platform/browser', () => ({
  browser: {
    storage: { local, session },
    runtime: { id: 'coach-network-test' },
    i18n: { getMessage },
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
      remove: async ({ origins }: { origins: string[] }) => origins.forEach((o) => granted.delete(o)),
    },
    scripting: {
      getRegisteredContentScripts: async () => [...registered.values()],
      registerContentScripts: async (scripts: Array<{ id: string; matches: string[]; js: string[] }>) => {
        for (const script of scripts) {
          if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          registered.set(script.id, script);
        }
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id)),
    },
  },
}));

const { routeMessage } = await import('../../../src/background/router');
const { syncCrmDomainScripts } = await import('../../../src/background/crm-domain-scripts');

const SELF = { id: 'coach-network-test', origin: 'chrome-extension://coach-network-test/' };
const TAB = { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
/** Our options page opens in a tab: the tab alone must not make it a CRM page. */
const fromOptions = { id: SELF.id, url: `${SELF.origin}options.html`, tab: TAB };
const fromPage = (url: string) => ({ id: SELF.id, url, tab: TAB });
const NOW = new Date('2026-11-27T10:00:00.000Z');

const call = (message: unknown, sender: object = fromOptions) => routeMessage(message, sender, SELF, NOW);
const CONTOSO = { host: 'crm.contoso.com', crm: 'dynamics' };

beforeEach(() => {
  local.data.clear();
  session.data.clear();
  granted.clear();
  registered.clear();
});

describe('adding and removing a CRM host', () => {
  test('without the browser’s permission nothing is stored or registered', async () => {
    const reply = await call({ type: 'crm-domain/add', domain: CONTOSO });
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('has not granted access to crm.contoso.com') });
    expect(local.data.size).toBe(0);
    expect(registered.size).toBe(0);
  });

  test('with it, the host is stored and its content script registered for its https pages', async () => {
    granted.add('https://crm.contoso.com/*');
    const reply = await call({ type: 'crm-domain/add', domain: CONTOSO });
    expect(reply).toMatchObject({ ok: true, value: { customCrmDomains: [CONTOSO] } });
    expect((local.data.get('settings') as { customCrmDomains: unknown }).customCrmDomains).toEqual([CONTOSO]);
    expect([...registered.values()]).toEqual([
      expect.objectContaining({ id: 'crm-domain:crm.contoso.com', matches: ['https://crm.contoso.com/*'], js: ['content.js'] }),
    ]);
  });

  test('adding the same host again changes its CRM without a second script', async () => {
    granted.add('https://crm.contoso.com/*');
    await call({ type: 'crm-domain/add', domain: CONTOSO });
    const reply = await call({ type: 'crm-domain/add', domain: { ...CONTOSO, crm: 'salesforce' } });
    expect(reply).toMatchObject({ ok: true, value: { customCrmDomains: [{ ...CONTOSO, crm: 'salesforce' }] } });
    expect(registered.size).toBe(1);
  });

  test.each([
    ['a built-in host', { host: 'acme.my.salesforce.com', crm: 'salesforce' }],
    ['a wildcard on a shared suffix', { host: '*.co.uk', crm: 'salesforce' }],
    ['a pattern instead of a host', { host: 'https://crm.contoso.com/*', crm: 'dynamics' }],
    ['HubSpot, which has no own domains', { host: 'crm.contoso.com', crm: 'hubspot' }],
  ])('%s is refused even with a permission', async (_name, domain) => {
    granted.add(`https://${domain.host}/*`);
    const reply = await call({ type: 'crm-domain/add', domain });
    expect(reply).toMatchObject({ ok: false });
    expect(local.data.size).toBe(0);
    expect(registered.size).toBe(0);
  });

  test('the 21st host is refused and the 20 stay', async () => {
    for (let i = 0; i < 21; i += 1) granted.add(`https://crm${i}.contoso.com/*`);
    for (let i = 0; i < 20; i += 1) expect(await call({ type: 'crm-domain/add', domain: { host: `crm${i}.contoso.com`, crm: 'dynamics' } })).toMatchObject({ ok: true });
    const reply = await call({ type: 'crm-domain/add', domain: { host: 'crm20.contoso.com', crm: 'dynamics' } });
    expect(reply).toEqual({ ok: false, error: 'No more CRM addresses can be added (20 at most); remove one first. Nothing was changed.' });
    expect(registered.size).toBe(20);
  });

  test('removing unregisters the script and gives the permission back', async () => {
    granted.add('https://crm.contoso.com/*');
    await call({ type: 'crm-domain/add', domain: CONTOSO });
    const reply = await call({ type: 'crm-domain/remove', host: 'crm.contoso.com' });
    expect(reply).toMatchObject({ ok: true, value: { customCrmDomains: [] } });
    expect(registered.size).toBe(0);
    expect(granted.size).toBe(0);
  });

  test('a CRM page can neither add nor remove hosts, nor read the settings', async () => {
    granted.add('https://crm.contoso.com/*');
    const page = fromPage('https://crm.contoso.com/contoso/main.aspx');
    expect(await call({ type: 'crm-domain/add', domain: CONTOSO }, page)).toMatchObject({ ok: false });
    expect(await call({ type: 'crm-domain/remove', host: 'crm.contoso.com' }, page)).toMatchObject({ ok: false });
    expect(await call({ type: 'settings/get' }, page)).toMatchObject({ ok: false });
    expect(local.data.size).toBe(0);
  });

  test('corrupt stored settings are set aside, not overwritten, when a host is added', async () => {
    local.data.set('settings', { staleCoachDays: 'soon' });
    granted.add('https://crm.contoso.com/*');
    expect(await call({ type: 'crm-domain/add', domain: CONTOSO })).toMatchObject({ ok: true });
    const quarantined = [...local.data.entries()].filter(([key]) => key.startsWith('quarantine:settings:'));
    expect(quarantined.map(([, value]) => value)).toEqual([{ staleCoachDays: 'soon' }]);
  });
});

describe('which CRM a page on an added host is', () => {
  beforeEach(async () => {
    granted.add('https://crm.contoso.com/*');
    await call({ type: 'crm-domain/add', domain: CONTOSO });
  });

  test('answers from the browser’s record of the page address', async () => {
    expect(await call({ type: 'page/site' }, fromPage('https://crm.contoso.com/contoso/main.aspx?etn=opportunity'))).toEqual({ ok: true, value: { crm: 'dynamics' } });
    expect(await call({ type: 'page/site' }, fromPage('https://other.example.com/'))).toEqual({ ok: true, value: { crm: null } });
  });

  test('only content scripts ask it', async () => {
    expect(await call({ type: 'page/site' })).toMatchObject({ ok: false });
  });
});

describe('registered scripts follow the settings and the permissions', () => {
  test('a host revoked in the browser’s settings loses its script; granted again, gets it back', async () => {
    granted.add('https://crm.contoso.com/*');
    await call({ type: 'crm-domain/add', domain: CONTOSO });
    granted.clear();
    await syncCrmDomainScripts([{ host: 'crm.contoso.com', crm: 'dynamics' }]);
    expect(registered.size).toBe(0);
    granted.add('https://crm.contoso.com/*');
    await syncCrmDomainScripts([{ host: 'crm.contoso.com', crm: 'dynamics' }]);
    expect([...registered.keys()]).toEqual(['crm-domain:crm.contoso.com']);
  });

  test('scripts registered by others (or earlier versions under other ids) are left alone', async () => {
    registered.set('someone-else', { id: 'someone-else', matches: ['https://x.example/*'], js: ['x.js'] });
    await syncCrmDomainScripts([]);
    expect([...registered.keys()]).toEqual(['someone-else']);
  });
});
