/**
 * "Couldn't read", case by case: every (adapter, kind, code, reason) the adapters' source can
 * produce has a saved page that produces exactly it, with the note anchored where the adapter says;
 * a page that stays pending becomes couldn't-read only after page-session's timeout; and the rep
 * reads the reason's own words in the note, while nothing is reported as a read.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ADAPTERS, adapterFor } from '../../../src/content/adapters/registry';
import type { CrmAdapter } from '../../../src/content/adapters/types';
import { salesforceLightning } from '../../../src/content/adapters/salesforce-lightning';
import { salesforceClassic } from '../../../src/content/adapters/salesforce-classic';
import { hubspot } from '../../../src/content/adapters/hubspot';
import { dynamics } from '../../../src/content/adapters/dynamics';
import { UNREADABLE_REASONS, unreadableCodeSchema } from '../../../src/messaging/protocol';
import { getMessage } from '../fakes/i18n';
import { rootOf } from '../../../src/content/ui/shadow-host';
import { fixtureHtml, loadFixture, simulatedUrl, variantsIn } from './fixture-loader';
import {
  ADAPTER_FOLDERS,
  casesInSource,
  CRM_OF_ADAPTER,
  FIXTURE_FOLDER,
  handBuiltResults,
  noticeText,
  pairOf,
  UNREADABLE_CASES,
  type AdapterFolder,
  type UnreadableCase,
} from './unreadable-cases';

const sendMessage = vi.fn<(message: unknown) => Promise<unknown>>();
vi.mock('../../../src/platform/browser', () => ({
  browser: {
    i18n: { getMessage },
    runtime: { sendMessage: (m: unknown) => sendMessage(m), onMessage: { addListener: () => undefined, removeListener: () => undefined } },
  },
}));

const { startPageSession, PENDING_TIMEOUT_MS } = await import('../../../src/content/page-session');
const { UNPAINTED_READ_MS } = await import('../../../src/content/observe');
const { unreadableText } = await import('../../../src/messaging/unreadable-text');

const ADAPTER_OF: Readonly<Record<AdapterFolder, CrmAdapter>> = {
  'salesforce-lightning': salesforceLightning,
  'salesforce-classic': salesforceClassic,
  hubspot,
  dynamics,
};

const label = (c: UnreadableCase) => `${c.fixture}: ${c.kind} ${c.code} / ${c.reason}`;

describe('the table of couldn’t-read cases', () => {
  it('lists every case each adapter’s source can produce, and no other', () => {
    for (const adapter of ADAPTER_FOLDERS) {
      expect(handBuiltResults(adapter), `${adapter} builds a result without results.ts`).toEqual([]);
      const listed = [...new Set(UNREADABLE_CASES.filter((c) => c.adapter === adapter).map(pairOf))].sort();
      expect(listed, `${adapter}: a case without a fixture, or a fixture for a case it can't produce`).toEqual(casesInSource(adapter));
    }
  });

  it('covers every adapter the content script knows, with codes and reasons of the message contract', () => {
    expect(ADAPTERS).toHaveLength(ADAPTER_FOLDERS.length);
    expect(ADAPTERS).toEqual(expect.arrayContaining(ADAPTER_FOLDERS.map((folder) => ADAPTER_OF[folder])));
    for (const c of UNREADABLE_CASES) {
      expect(unreadableCodeSchema.options).toContain(c.code);
      expect(UNREADABLE_REASONS).toContain(c.reason);
    }
  });

  // Every other saved variant must read: a couldn't-read page missing from the table is a case untested.
  const listed = new Set(UNREADABLE_CASES.map((c) => c.fixture));
  const readable = ADAPTER_FOLDERS.flatMap((adapter) => variantsIn(FIXTURE_FOLDER[adapter]).map((name) => `${FIXTURE_FOLDER[adapter]}/${name}`)).filter((f) => !listed.has(f));
  describe.each(readable)('%s, not a listed case', (fixture) => {
    const { doc, url } = loadFixture(fixture);
    it('reads', () => expect(adapterFor(url)?.read(doc, url).kind).toBe('read'));
  });

  it('words each reason from the shipped catalog, the same words on the page and in the popup', () => {
    for (const c of UNREADABLE_CASES) {
      expect(unreadableText({ reason: c.reason, opportunityKey: `${CRM_OF_ADAPTER[c.adapter]}:0068V00000kQ3wZQAS` })).toBe(noticeText(c.reason, c.adapter).detail);
    }
    expect(new Set(UNREADABLE_CASES.map((c) => c.reason))).toEqual(new Set(UNREADABLE_REASONS));
  });
});

describe.each(UNREADABLE_CASES.map((c) => [label(c), c] as const))('%s', (_label, c) => {
  const { doc, url } = loadFixture(c.fixture);

  it('is recognised by its own adapter, which reports exactly this case for the opportunity of the address', () => {
    const adapter = adapterFor(url);
    expect(adapter).toBe(ADAPTER_OF[c.adapter]);
    const result = adapter?.read(doc, url);
    if (result?.kind !== 'pending' && result?.kind !== 'unreadable') throw new Error(`expected ${c.kind}, got ${result?.kind}`);
    expect({ kind: result.kind, code: result.code, reason: result.reason }).toEqual({ kind: c.kind, code: c.code, reason: c.reason });
    expect(result.noticeAnchor).toBe(c.notice === null ? null : doc.querySelector(c.notice));
    if (c.notice !== null) expect(result.noticeAnchor).not.toBeNull();
    // The key is the address's opportunity, in the adapter's CRM: the deal a good read of it stores.
    expect(result.opportunityKey?.startsWith(`${ADAPTER_OF[c.adapter].crm}:`)).toBe(true);
  });
});

// ── In the content script: the note, when, and what is told to the background ────────────────

/** Puts a saved page in this test's document at its simulated address, which it returns. */
function showPage(fixture: string): URL {
  const html = fixtureHtml(fixture);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  const url = new URL(simulatedUrl(html, fixture));
  vi.stubGlobal('location', url);
  return url;
}

const notes = () => [...document.querySelectorAll('[data-coach-network="notice"]')];
const noteText = () => notes().map((host) => rootOf(host)?.textContent ?? '').join(' ');
const sent = (type: string) => sendMessage.mock.calls.map(([m]) => m as { type: string }).filter((m) => m.type === type);

// Each case puts a whole saved page in the document and waits out page-session's timeout (fake
// timers): the parsing is the slow part, up to seconds on a loaded two-core machine.
describe('in the content script', { timeout: 30_000 }, () => {
  let controller: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    sendMessage.mockReset();
    sendMessage.mockResolvedValue({ ok: true, value: { ok: true } });
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it.each(UNREADABLE_CASES.map((c) => [label(c), c] as const))('%s: the note says why, nothing is read', async (_label, c) => {
    const url = showPage(c.fixture);
    const opportunityKey = (adapterFor(url)?.read(document, url) as { opportunityKey: string }).opportunityKey;
    startPageSession(controller.signal);
    if (c.kind === 'pending') {
      // A pending page is given the time to render: no note, nothing reported before the timeout.
      await vi.advanceTimersByTimeAsync(PENDING_TIMEOUT_MS - 500);
      expect(notes()).toHaveLength(0);
      expect(sent('page/unreadable')).toEqual([]);
    }
    // The first read comes before the next paint, or within UNPAINTED_READ_MS in a tab that isn't painting.
    await vi.advanceTimersByTimeAsync(c.kind === 'pending' ? 1000 : UNPAINTED_READ_MS);
    const { title, detail } = noticeText(c.reason, c.adapter);
    expect(notes()).toHaveLength(1);
    expect(noteText()).toContain(title);
    expect(noteText()).toContain(detail);
    // In the list the adapter names, else floating in the page's corner.
    if (c.notice !== null) expect(notes()[0]?.parentElement).toBe(document.querySelector(c.notice));
    else expect(notes()[0]?.hasAttribute('data-floating')).toBe(true);
    expect(sent('page/unreadable')).toEqual([
      { type: 'page/unreadable', unreadable: { code: c.code, reason: c.reason, url: location.href, opportunityKey } },
    ]);
    // Never an empty read in its place: what was stored for this deal stays as it was.
    expect(sent('page/read')).toEqual([]);
    expect(document.querySelectorAll('[data-coach-network="badge"]')).toHaveLength(0);
  });
});
