/** What the e2e tests read off a page: our badge hosts and the text inside their closed shadow roots. */
import type { Browser, ConsoleMessage, Page } from 'puppeteer-core';
import { startCrmServer, type CrmServer } from '../../scripts/crm-server.mjs';
import { extensionWorker } from '../../scripts/browsers.mjs';
import path from 'node:path';
import { readFileSync } from 'node:fs';

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

export function badges(page: Page): Promise<BadgeInfo[]> {
  return page.$$eval('[data-coach-network="badge"]', (hosts) =>
    hosts.map((host) => {
      const anchor = host.previousElementSibling;
      const card = anchor?.closest('article');
      return {
        key: host.getAttribute('data-contact-key'),
        status: host.getAttribute('data-status'),
        besideContactId: anchor?.matches('a[data-recordid^="003"]') ? anchor.getAttribute('data-recordid') : null,
        inActiveContactRoles:
          !!anchor?.closest('.oneContent.active') &&
          !!card?.querySelector('a[href*="/related/OpportunityContactRoles/view"]'),
      };
    }),
  );
}

export { shadowTexts } from '../../scripts/page-probe.mjs';


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

export function waitForBadgeStatus(page: Page, key: string, status: string, timeout = 5_000) {
  return page.waitForFunction(
    (k, s) => document.querySelector(`[data-coach-network="badge"][data-contact-key="${k}"]`)?.getAttribute('data-status') === s,
    { timeout },
    key,
    status,
  );
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
