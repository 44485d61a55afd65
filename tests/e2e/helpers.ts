/** What the e2e tests read off a page: our badge hosts and the text inside their closed shadow roots. */
import type { Browser, ConsoleMessage, Page } from 'puppeteer-core';
import { startCrmServer, type CrmServer } from '../../scripts/crm-server.mjs';
import { extensionWorker } from '../../scripts/browsers.mjs';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';

export const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');

interface ExpectedContact { id: string; name: string }
interface ExpectedFixture { url: string; contacts: ExpectedContact[] }
export function expectedFixture(name: string): ExpectedFixture {
  const all = JSON.parse(readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8')) as { fixtures: Record<string, ExpectedFixture> };
  const fixture = all.fixtures[name];
  if (!fixture) throw new Error(`no expected entry for ${name}`);
  return fixture;
}

/** The fixture's real address, on the local server's port (match patterns ignore ports). */
export function atPort(url: string, port: number): string {
  const u = new URL(url);
  u.port = String(port);
  return u.href;
}

export interface BadgeInfo {
  key: string | null;
  status: string | null;
  /** The contact id of the link the badge stands beside, or null if it is not beside a contact link. */
  besideContactId: string | null;
  /** Whether that link is in the active page host's Contact Roles card. */
  inActiveContactRoles: boolean;
}

/** Each badge host's computed `display` and `margin-left`: set by our :host rule, so only there if our styles reached its closed root. */
export function badgeHostStyles(page: Page): Promise<string[]> {
  return page.$$eval('[data-coach-network="badge"]', (hosts) =>
    hosts.map((host) => {
      const style = getComputedStyle(host);
      return `${style.display} ${style.marginLeft}`;
    }),
  );
}

export async function badges(page: Page): Promise<BadgeInfo[]> {
  // The status lives inside the closed root (the page must not read the rep's judgment).
  const statuses = new Map((await ourHosts(page, 'badge')).map((host) => [host.key, host.status]));
  const found = await page.$$eval('[data-coach-network="badge"]', (hosts) =>
    hosts.map((host) => {
      const anchor = host.previousElementSibling;
      const card = anchor?.closest('article');
      return {
        key: host.getAttribute('data-contact-key'),
        besideContactId: anchor?.matches('a[data-recordid^="003"]') ? anchor.getAttribute('data-recordid') : null,
        inActiveContactRoles:
          !!anchor?.closest('.oneContent.active') &&
          !!card?.querySelector('a[href*="/related/OpportunityContactRoles/view"]'),
      };
    }),
  );
  return found.map((badge) => ({ ...badge, status: statuses.get(badge.key) ?? null }));
}

import { ourHosts } from '../../scripts/page-probe.mjs';
export { ourHosts, shadowTexts } from '../../scripts/page-probe.mjs';


export const LIGHTNING = expectedFixture('salesforce-lightning-opportunity.html');
/** The unreadable variant is served as its own opportunity, beside the readable one. */
export const UNREADABLE_URL = 'https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/0068V00000kQ9zzQAC/view';
export const LIGHTNING_HOST = new URL(LIGHTNING.url).hostname;

/** One saved opportunity page per CRM, served at its real address (issue 5: every CRM a rep opens). */
export const OTHER_CRMS = ['salesforce-classic-opportunity.html', 'hubspot-deal.html', 'dynamics-opportunity.html'] as const;

export function startFixtureServer(): Promise<CrmServer> {
  return startCrmServer({
    pages: {
      [new URL(LIGHTNING.url).pathname]: path.join(FIXTURES, 'salesforce-lightning-opportunity.html'),
      [new URL(UNREADABLE_URL).pathname]: path.join(FIXTURES, 'lightning', 'contacts-unreadable.html'),
      ...Object.fromEntries(OTHER_CRMS.map((name) => [new URL(expectedFixture(name).url).pathname, path.join(FIXTURES, name)])),
    },
  });
}

/**
 * Opens a CRM address in a new tab and collects what lands in the page's console as an error:
 * the content script must never put one there.
 */
export async function openCrmPage(browser: Browser, server: CrmServer, url: string): Promise<{ page: Page; consoleErrors: string[] }> {
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' && !/favicon/.test(message.location().url ?? '')) consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  await page.goto(atPort(url, server.port), { waitUntil: 'load' });
  return { page, consoleErrors };
}

export function waitForBadgeCount(page: Page, count: number, timeout = 20_000) {
  return page.waitForFunction((n) => document.querySelectorAll('[data-coach-network="badge"]').length === n, { timeout }, count);
}

/** Waits until a contact's badge shows a status, read inside its closed root (both browsers). */
export async function waitForBadgeStatus(page: Page, key: string, status: string, timeout = 5_000): Promise<void> {
  let last: string | null | undefined;
  for (const started = Date.now(); Date.now() - started < timeout; ) {
    last = (await ourHosts(page, 'badge')).find((host) => host.key === key)?.status;
    if (last === status) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the badge of ${key} still says ${String(last)}, not ${status}`);
}

/** Opens the real popup for the given tab, as the toolbar button does (Chromium only). */
export async function openPopup(browser: Browser, page: Page): Promise<Page> {
  await page.bringToFront();
  const worker = await extensionWorker(browser);
  await worker.evaluate(() => chrome.action.openPopup());
  const target = await browser.waitForTarget((t) => t.url().includes('/popup.html'), { timeout: 10_000 });
  return target.asPage();
}

/** Every host the browser asked the local server for, without ports. */
export function requestedHosts(server: CrmServer): string[] {
  return [...new Set(server.requests.map((r) => r.host.replace(/:\d+$/, '')))];
}

/** The toolbar button of the active tab, as the rep sees it (Chromium only). */
export async function toolbarOf(browser: Browser, page: Page): Promise<{ text: string; title: string; colour: number[] }> {
  await page.bringToFront();
  const worker = await extensionWorker(browser);
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const tabId = tab?.id ?? -1;
    return {
      text: await chrome.action.getBadgeText({ tabId }),
      title: await chrome.action.getTitle({ tabId }),
      colour: [...(await chrome.action.getBadgeBackgroundColor({ tabId }))],
    };
  });
}

interface AxeViolation { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }

/**
 * Runs axe-core in a page and returns its violations. The source goes in through DevTools
 * evaluation: extension pages' CSP forbids injected script tags, but not the debugger.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const source = readFileSync(path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const violations = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as AxeViolation[];
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')}`);
}

/** The extension's id in Chromium, from its service worker's address. */
export async function extensionId(browser: Browser): Promise<string> {
  const worker = await extensionWorker(browser);
  return new URL(worker.url()).host;
}

// ── Hardening (issue 7): the extension's contexts seen from outside, without attaching to its worker ──
// A DevTools session attached to the service worker keeps it from stopping and from restarting
// after a stop (testing-in-real-browsers.md), so these helpers reach the extension through the
// browser target, extension pages and the pages' own sessions instead.

const isOurWorker = (t: { type(): string; url(): string }) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://');

const extensionIds = new WeakMap<Browser, string>();

/**
 * The extension's id from its service worker's address (Chromium), without attaching to the
 * worker. Kept per browser: once a test has stopped the worker there is no address to read it from.
 */
export async function extensionIdOf(browser: Browser): Promise<string> {
  const known = extensionIds.get(browser);
  if (known) return known;
  const id = new URL((await browser.waitForTarget(isOurWorker, { timeout: 15_000 })).url()).host;
  extensionIds.set(browser, id);
  return id;
}

/**
 * Stops the extension's service worker the way Chrome does when it is idle, and waits until it is
 * gone; the next event starts a fresh one, which must find everything in storage.
 */
export async function stopServiceWorker(page: Page): Promise<void> {
  const client = await page.createCDPSession();
  try {
    await client.send('ServiceWorker.enable');
    await client.send('ServiceWorker.stopAllWorkers');
  } finally {
    await client.detach();
  }
  const browser = page.browser();
  for (const deadline = Date.now() + 5000; browser.targets().some(isOurWorker); ) {
    if (Date.now() > deadline) throw new Error('the service worker did not stop');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Opens the real popup for a tab as a click on the toolbar button does (Chromium), through the
 * browser target rather than the worker (openPopup() evaluates in the worker, which attaches to it).
 */
export async function openPopupFromToolbar(browser: Browser, page: Page): Promise<Page> {
  await page.bringToFront();
  const client = await browser.target().createCDPSession();
  try {
    // The action runs on a tab target, the page's parent; puppeteer keeps its id as `_tabId`.
    const tabId = (page as unknown as { _tabId: string })._tabId;
    await client.send('Extensions.triggerAction', { id: await extensionIdOf(browser), targetId: tabId });
  } finally {
    await client.detach();
  }
  const target = await browser.waitForTarget((t) => t.url().includes('/popup.html'), { timeout: 10_000 });
  return target.asPage();
}

type StorageAreaName = 'local' | 'session';
interface ExtensionStorageApi {
  chrome: { storage: Record<StorageAreaName, { get(keys: null): Promise<Record<string, unknown>>; clear(): Promise<void> }> };
}

/**
 * The extension's storage as its own pages see it, read from an extension page (its manifest,
 * which runs nothing of ours) rather than from the worker. Close it before the extension reloads.
 */
export async function openExtensionStorage(
  browser: Browser,
): Promise<{ read(area?: StorageAreaName): Promise<Record<string, unknown>>; clear(): Promise<void>; close(): Promise<void> }> {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${await extensionIdOf(browser)}/manifest.json`);
  return {
    read: (area = 'local') => page.evaluate((name) => (globalThis as unknown as ExtensionStorageApi).chrome.storage[name].get(null), area),
    clear: () =>
      page.evaluate(async () => {
        const { storage } = (globalThis as unknown as ExtensionStorageApi).chrome;
        await Promise.all([storage.local.clear(), storage.session.clear()]);
      }),
    close: () => page.close(),
  };
}

/**
 * Evaluates expressions in our content script's isolated world of a page (Chromium), so a test can
 * send what the content script would send, from where it would send it. Not in the main world: the
 * page can't reach our extension APIs, and neither should the test pretend it can.
 */
export async function contentScriptWorld(page: Page, extensionId: string): Promise<{ evaluate<T>(expression: string): Promise<T>; detach(): Promise<void> }> {
  const client = await page.createCDPSession();
  const worlds: number[] = [];
  client.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated' && context.origin === `chrome-extension://${extensionId}`) worlds.push(context.id);
  });
  client.on('Runtime.executionContextsCleared', () => void worlds.splice(0));
  await client.send('Runtime.enable');
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const contextId = worlds.at(-1);
      if (contextId === undefined) throw new Error('no content script of ours runs in this page');
      const { result, exceptionDetails } = await client.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value as T;
    },
    detach: () => client.detach(),
  };
}

export interface InterceptedRequest {
  url: string;
  resourceType: string;
}

/**
 * Records every request the whole browser makes (Chromium), from any context: pages, extension
 * pages, content scripts and the extension's service worker, which DevTools can't watch from
 * inside without keeping it alive. It intercepts at the browser target (Fetch domain), so nothing
 * attaches to the worker. `beyondPageLoads()` is what is left once the test pages' own loads (their
 * documents and favicons, from the local CRM server) are set aside: every other request, to any
 * host including the CRM's (a content script calling the CRM's API with the rep's session would
 * show here), must be none. Use: `const network = await recordRequests(browser, server)` after
 * launch, then `expect(network.beyondPageLoads()).toEqual([])` in the file's last test.
 */
export async function recordRequests(browser: Browser, server: CrmServer): Promise<{ all: InterceptedRequest[]; beyondPageLoads(): string[] }> {
  const client = await browser.target().createCDPSession();
  const all: InterceptedRequest[] = [];
  client.on('Fetch.requestPaused', ({ requestId, request, resourceType }) => {
    all.push({ url: request.url, resourceType });
    // Let it through: the test asserts afterwards, and a held request would hang the page instead of failing the test.
    client.send('Fetch.continueRequest', { requestId }).catch(() => undefined);
  });
  await client.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
  const pageLoad = ({ url, resourceType }: InterceptedRequest) => {
    const { port, pathname } = new URL(url);
    return port === String(server.port) && (resourceType === 'Document' || pathname === '/favicon.ico');
  };
  return {
    all,
    // The extension's packaged files (popup.js, its stylesheets) pass the same interception but
    // never leave the browser.
    beyondPageLoads: () => all.filter((r) => !r.url.startsWith('chrome-extension://') && !pageLoad(r)).map((r) => `${r.resourceType} ${r.url}`),
  };
}

/** One element inside our closed shadow roots, as DevTools sees it. */
export interface ShadowElement {
  kind: string;
  tag: string;
  attributes: string[];
}

/** Every element inside our closed shadow roots (CDP pierce), to show that only our own markup is there. */
export async function elementsInOurShadowRoots(page: Page): Promise<ShadowElement[]> {
  const client = await page.createCDPSession();
  try {
    const { root } = await client.send('DOM.getDocument', { depth: -1, pierce: true });
    type Node = typeof root;
    const found: ShadowElement[] = [];
    const names = (node: Node) => (node.attributes ?? []).filter((_, i) => i % 2 === 0);
    const collect = (node: Node, kind: string) => {
      if (node.nodeType === 1) found.push({ kind, tag: node.nodeName, attributes: names(node) });
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) collect(child, kind);
    };
    const ourKind = (node: Node) => {
      const list = node.attributes ?? [];
      for (let i = 0; i < list.length; i += 2) if (list[i] === 'data-coach-network') return list[i + 1] ?? null;
      return null;
    };
    const walk = (node: Node) => {
      const kind = ourKind(node);
      if (kind) for (const shadow of node.shadowRoots ?? []) collect(shadow, kind);
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
    };
    walk(root);
    return found;
  } finally {
    await client.detach();
  }
}

/**
 * A fresh Chromium profile with the extensions page's developer mode on. Without it,
 * `chrome.runtime.reload()` unloads an unpacked extension and leaves it disabled instead of
 * loading it again (Chromium 156, headless, seen here). Remove the folder after the browser closes.
 */
export async function profileWithDeveloperMode(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'coach-network-profile-'));
  await mkdir(path.join(dir, 'Default'));
  await writeFile(path.join(dir, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  return dir;
}
