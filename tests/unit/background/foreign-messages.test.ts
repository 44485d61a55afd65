/**
 * Foreign messages (issue 7): whatever reaches the background's message listener — from another
 * extension, a web page, a content script of ours fed by a hostile page, or plain garbage — is
 * refused or ignored without throwing, and changes nothing: not storage, not the toolbar, no
 * message sent on. 10,000 generated payloads per property (fast-check), against the real router
 * and handlers over in-memory stand-ins for the browser.
 */
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { createStorageArea } from '../fakes/storage-area';
import { getMessage } from '../fakes/i18n';
import { OPPORTUNITY_KEY, PRIYA, pageRead } from './fixtures';
import type { RequestOf, RequestType } from '../../../src/messaging/protocol';

const EXTENSION = 'coach-network-test';
const ORIGIN = `chrome-extension://${EXTENSION}/`;
const local = createStorageArea();
const session = createStorageArea();
/** Every browser call beyond storage reads: a refused message must make none. */
const effects: string[] = [];
const effect = (name: string) => vi.fn(async (..._args: unknown[]) => void effects.push(name));

vi.mock('../../../src/platform/browser', () => ({
  browser: {
    storage: { local, session },
    tabs: { sendMessage: effect('tabs.sendMessage'), query: effect('tabs.query') },
    action: { setBadgeText: effect('action.setBadgeText'), setBadgeBackgroundColor: effect('action.setBadgeBackgroundColor'), setTitle: effect('action.setTitle'), openPopup: effect('action.openPopup') },
    runtime: { id: EXTENSION, sendMessage: effect('runtime.sendMessage'), getURL: (path: string) => `${ORIGIN}${path}` },
    scripting: { executeScript: effect('scripting.execute'), registerContentScripts: effect('scripting.register'), unregisterContentScripts: effect('scripting.unregister'), getRegisteredContentScripts: vi.fn(async () => []) },
    permissions: { contains: vi.fn(async () => false), request: effect('permissions.request'), remove: effect('permissions.remove') },
    windows: { update: effect('windows.update') },
    i18n: { getMessage, getUILanguage: () => 'en' },
  },
}));

const { routeMessage } = await import('../../../src/background/router');
const { envelopeSchema, requestSchema } = await import('../../../src/messaging/protocol');

const SELF = { id: EXTENSION, origin: ORIGIN };
const NOW = new Date('2026-11-27T10:00:00.000Z');
const CRM_PAGE = 'https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/0068V00000kQ3wZQAS/view';
const TAB_SHOWING_THE_DEAL = 7;
const tab = (id: number) => ({ id, index: 0, highlighted: true, active: true, pinned: false, incognito: false });
const contentScript = (tabId = TAB_SHOWING_THE_DEAL, url = CRM_PAGE) => ({ id: EXTENSION, url, tab: tab(tabId), frameId: 0 });
const popup = { id: EXTENSION, url: `${ORIGIN}popup.html` };
const RUNS = 10_000;

/** One valid request of every type; `satisfies` makes a new request type a compile error here until it has one. */
const VALID = {
  'page/read': { type: 'page/read', read: pageRead() },
  'page/unreadable': { type: 'page/unreadable', unreadable: { code: 'contacts-unreadable', reason: 'rows-without-ids', url: CRM_PAGE, opportunityKey: OPPORTUNITY_KEY } },
  'page/left': { type: 'page/left' },
  'tab/state': { type: 'tab/state', tabId: TAB_SHOWING_THE_DEAL },
  'criterion/set': { type: 'criterion/set', dealKey: OPPORTUNITY_KEY, contactKey: PRIYA, criterion: 'willingToGuide', value: 'yes' },
  'deal/edit': { type: 'deal/edit', dealKey: OPPORTUNITY_KEY, action: { type: 'set-sponsor', contact: PRIYA, sponsor: true } },
  'pipeline/list': { type: 'pipeline/list' },
  'popup/open': { type: 'popup/open' },
  'backup/export': { type: 'backup/export' },
  'backup/plan': { type: 'backup/plan' },
  // Replace everything with nothing: the most a write can do, from a page that must not.
  'backup/apply': { type: 'backup/apply', write: { basis: {}, set: {}, remove: [`deal:${OPPORTUNITY_KEY}`] } },
  'data/delete-all': { type: 'data/delete-all' },
  'storage/health': { type: 'storage/health' },
  'diagnostics/get': { type: 'diagnostics/get' },
  'page/site': { type: 'page/site' },
  'page/reader': { type: 'page/reader' },
  'page/texts': { type: 'page/texts', keys: ['page_badge_label'] },
  'settings/get': { type: 'settings/get' },
  'settings/update': { type: 'settings/update', change: { staleCoachDays: 1 } },
  'crm-domain/add': { type: 'crm-domain/add', domain: { host: 'crm.evil.example', crm: 'dynamics' } },
  'crm-domain/remove': { type: 'crm-domain/remove', host: 'crm.evil.example' },
} as const satisfies { [T in RequestType]: RequestOf<T> };

/**
 * What a content script may ask (it runs on pages anyone in the buying company can write into):
 * report its page, tag the deal it shows, open the popup, ask what its host is, have the reader injected, have its texts worded. Everything else —
 * other tabs, every deal, settings, backups, deleting everything — belongs to our own pages.
 */
const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set(['page/read', 'page/unreadable', 'page/left', 'criterion/set', 'popup/open', 'page/site', 'page/reader', 'page/texts']);
const OWN_PAGES_ONLY = (Object.keys(VALID) as RequestType[]).filter((type) => !CONTENT_SCRIPT_REQUESTS.has(type));

/** Everything a message can change or set off, as one comparable value. */
const state = () => JSON.stringify({ local: [...local.data], session: [...session.data], effects });

/**
 * Payloads: anything structured-clone can carry, plus near misses of every valid request (one
 * field replaced by something arbitrary, one field dropped, a type borrowed from another request),
 * which get past a shallow check and reach the schema.
 */
const fieldPaths = (value: unknown, prefix: string[] = []): string[][] =>
  value !== null && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, child]) => [[...prefix, key], ...fieldPaths(child, [...prefix, key])])
    : [];

const DROP = Symbol('drop');

function withPath(value: unknown, path: readonly string[], replace: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replace(value);
  const copy = structuredClone(value) as Record<string, unknown>;
  const [head, ...rest] = path as [string, ...string[]];
  const next = withPath(copy[head], rest, replace);
  if (next === DROP) delete copy[head];
  else copy[head] = next;
  return copy;
}

const nearMiss: fc.Arbitrary<unknown> = fc
  .constantFrom(...Object.values(VALID))
  .chain((valid) => {
    const paths = fieldPaths(valid);
    return fc.oneof(
      fc.tuple(fc.constantFrom(...paths), fc.anything({ maxDepth: 2 })).map(([path, junk]) => withPath(valid, path, () => junk)),
      fc.constantFrom(...paths).map((path) => withPath(valid, path, () => DROP)),
      fc.constantFrom(...Object.keys(VALID)).map((type) => ({ ...valid, type })),
    );
  });

const payload = fc.oneof(
  fc.anything({ maxDepth: 3, withBigInt: false, withNullPrototype: true, withObjectString: true }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.record({ type: fc.oneof(fc.string(), fc.constantFrom(...Object.keys(VALID), 'event/deal-changed')) }, { requiredKeys: [] }),
  nearMiss,
);

const foreignSender = fc.oneof(
  // Another extension (Chrome delivers those to onMessageExternal, which we don't listen to; the router refuses them anyway).
  fc.record({ id: fc.string({ minLength: 1 }).filter((id) => id !== EXTENSION), url: fc.webUrl(), tab: fc.constant(tab(3)) }, { requiredKeys: ['id'] }),
  // A web page (externally_connectable is absent, so the browser gives it no route to us; if it had one, no id).
  fc.record({ url: fc.webUrl(), origin: fc.webUrl(), tab: fc.constant(tab(3)) }, { requiredKeys: ['url'] }),
  fc.constant({}),
);

let before: string;

beforeAll(async () => {
  // A tracked deal shown in a tab, with one tag: what a foreign message would want to change.
  await routeMessage(VALID['page/read'], contentScript(), SELF, NOW);
  await routeMessage(VALID['criterion/set'], contentScript(), SELF, NOW);
});

beforeEach(() => {
  effects.length = 0;
  before = state();
});

describe('messages from outside the extension', () => {
  test(`${RUNS.toLocaleString('en')} payloads from other extensions and web pages are ignored: no reply, no change`, () => {
    fc.assert(
      fc.property(payload, foreignSender, (message, sender) => {
        expect(routeMessage(message, sender as never, SELF, NOW)).toBeUndefined();
        expect(state()).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });

  test('even a valid request of every type is ignored when it comes from another extension', async () => {
    for (const request of Object.values(VALID)) {
      expect(routeMessage(request, { id: 'another-extension-id', url: `chrome-extension://another-extension-id/page.html` }, SELF, NOW)).toBeUndefined();
    }
    expect(state()).toBe(before);
  });
});

describe('messages from our own content script, fed by a hostile page', () => {
  test(`${RUNS.toLocaleString('en')} malformed payloads are refused with an error envelope; nothing changes, nothing throws`, async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(payload.filter((message) => !requestSchema.safeParse(message).success), async (message) => {
        const reply = await routeMessage(message, contentScript(), SELF, NOW);
        if (reply !== undefined) {
          expect(envelopeSchema.parse(reply)).toEqual({ ok: false, error: 'That request was not understood; nothing was changed.' });
          refused++;
        }
        expect(state()).toBe(before);
      }),
      // Found by this property: a `type` that is an object whose toString isn't callable (valid
      // JSON, so Chrome delivers it) made the router throw while telling events from requests.
      { numRuns: RUNS, examples: [[{ type: { toString: 0 } }], [{ type: { valueOf: null, toString: null } }]] },
    );
    // Only what looks like our own broadcast events is ignored without a reply; the rest is answered.
    expect(refused).toBeGreaterThan(RUNS * 0.9);
  });

  test.each(OWN_PAGES_ONLY)('a valid %s request from a CRM page is refused and changes nothing', async (type) => {
    const reply = await routeMessage(VALID[type], contentScript(), SELF, NOW);
    expect(reply).toMatchObject({ ok: false });
    expect(state()).toBe(before);
  });

  test('a page can only tag the deal it shows: another tab, or a page showing nothing, is refused', async () => {
    for (const sender of [contentScript(8), contentScript(9, 'https://evil.example/opportunity/0068V00000kQ3wZQAS')]) {
      expect(await routeMessage(VALID['criterion/set'], sender, SELF, NOW)).toMatchObject({ ok: false });
    }
    expect(state()).toBe(before);
  });

  test('a sender with our id but neither our pages’ address nor a tab gets no more than a page would', async () => {
    // Not a shape Chrome or Firefox produce today (our content scripts always run in a tab);
    // should one appear, it must not be taken for the popup.
    for (const type of OWN_PAGES_ONLY) {
      const reply = await routeMessage(VALID[type], { id: EXTENSION, url: 'https://evil.example/' }, SELF, NOW);
      expect(reply === undefined || (await reply).ok === false, type).toBe(true);
    }
    expect(state()).toBe(before);
  });
});

test('the same requests from our popup do get through (the refusals above are about the sender)', async () => {
  expect(await routeMessage(VALID['tab/state'], popup, SELF, NOW)).toMatchObject({ ok: true, value: { kind: 'deal' } });
  expect(await routeMessage(VALID['pipeline/list'], popup, SELF, NOW)).toMatchObject({ ok: true });
});
