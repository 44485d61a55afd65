/**
 * A CRM on the company's own domain (an on-premise Dynamics 365), added through the options page:
 * nothing runs there before, the extension reads it like the SaaS pages after, and removing the
 * address stops it and gives the permission back. Chromium: Firefox's WebDriver BiDi cannot open
 * moz-extension:// pages, so the options flow is covered there by the unit tests only.
 *
 * The browser's permission prompt is native UI that no driver can click. The test grants the host
 * the way "Allow" in that prompt does (chrome://extensions' own developerPrivate API), then clicks
 * "Add": `permissions.request` resolves at once for a granted host, and everything after it —
 * storing, registering the script, reading the page — is the product's real path.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { startCrmServer, type CrmServer } from '../../scripts/crm-server.mjs';
import { extensionWorker, launchChromium } from '../../scripts/browsers.mjs';
import { expectedFixture, extensionId, FIXTURES, openCrmPage, requestedHosts, waitForBadgeCount, recordRequests } from './helpers';

const DYNAMICS = expectedFixture('dynamics-opportunity.html');
const HOST = 'crm.contoso.com';
/** The saved Dynamics form at an on-premise address: org in the path, same query. */
const ON_PREMISE_URL = `https://${HOST}/Brightmoor/main.aspx${new URL(DYNAMICS.url).search}`;
const contactKeyOf = (id: string) => `dynamics:brightmoor-${id.replace(/[{}]/g, '').toLowerCase()}`;

let server: CrmServer;
let browser: Browser;
let network: Awaited<ReturnType<typeof recordRequests>>;
let id: string;

beforeAll(async () => {
  server = await startCrmServer({ pages: { '/Brightmoor/main.aspx': path.join(FIXTURES, 'dynamics-opportunity.html') } });
  browser = await launchChromium();
  network = await recordRequests(browser, server);
  id = await extensionId(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What "Allow" in the browser's permission prompt does, done from chrome://extensions. */
async function allowInBrowserPrompt(pattern: string): Promise<void> {
  const page = await browser.newPage();
  await page.goto('chrome://extensions');
  const error = await page.evaluate(
    (extension, origin) =>
      new Promise<string>((resolve) => {
        const api = (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string, done: () => void): void }; runtime: { lastError?: { message: string } } } }).chrome;
        api.developerPrivate.addHostPermission(extension, origin, () => resolve(api.runtime.lastError?.message ?? ''));
      }),
    id,
    pattern,
  );
  await page.close();
  expect(error).toBe('');
}

async function openOptions(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  await page.waitForSelector('#domain-address');
  return page;
}

const statusOf = (page: Page) => page.$eval('#domain-message', (e) => e.textContent ?? '');

async function badgeKeys(page: Page): Promise<string[]> {
  return page.$$eval('[data-coach-network="badge"]', (hosts) => hosts.map((h) => h.getAttribute('data-contact-key') ?? ''));
}

async function registeredScripts(): Promise<Array<{ id: string; matches?: string[] }>> {
  const worker = await extensionWorker(browser);
  return worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
}

describe('an on-premise Dynamics 365 added in the options', () => {
  test('before it is added, nothing of ours runs on the page', async () => {
    const { page } = await openCrmPage(browser, server, ON_PREMISE_URL);
    // The SaaS page gets its badges well within this; here there must be none, and no hosts of ours.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await page.$$('[data-coach-network]')).toEqual([]);
    await page.close();
  });

  test('after "Add" (and the browser’s "Allow"), its opportunity pages get their badges', async () => {
    await allowInBrowserPrompt(`https://${HOST}/*`);
    const options = await openOptions();
    await options.type('#domain-address', `  ${ON_PREMISE_URL}  `);
    await options.select('#domain-crm', 'dynamics');
    await options.click('form:has(#domain-address) button[type="submit"]');
    await options.waitForFunction(() => document.querySelector('table.domains tr[data-host]') !== null, { timeout: 10_000 });
    expect(await statusOf(options)).toContain(`${HOST} added`);
    expect(await options.$eval('#domain-address', (e) => (e as HTMLInputElement).value)).toBe('');
    expect(await registeredScripts()).toEqual([expect.objectContaining({ id: `crm-domain:${HOST}`, matches: [`https://${HOST}/*`] })]);

    const { page, consoleErrors } = await openCrmPage(browser, server, ON_PREMISE_URL);
    await waitForBadgeCount(page, DYNAMICS.contacts.length);
    expect(await badgeKeys(page)).toEqual(DYNAMICS.contacts.map((c) => contactKeyOf(c.id)));
    expect(consoleErrors).toEqual([]);
    await page.close();
    await options.close();
  });

  test('the options refuse an address that needs nothing or can’t be read, without asking', async () => {
    const options = await openOptions();
    await options.type('#domain-address', 'http://crm.fabrikam.com');
    await options.click('form:has(#domain-address) button[type="submit"]');
    await options.waitForFunction(() => document.querySelector('#domain-address')?.getAttribute('aria-invalid') === 'true');
    expect(await statusOf(options)).toMatch(/Only https addresses/);
    expect((await registeredScripts()).map((s) => s.id)).toEqual([`crm-domain:${HOST}`]);
    await options.close();
  });

  test('"Remove" unregisters it and gives the permission back: the page is not read any more', async () => {
    const options = await openOptions();
    await options.waitForSelector(`button[aria-label="Remove ${HOST}"]`);
    await options.click(`button[aria-label="Remove ${HOST}"]`);
    await options.waitForFunction(() => document.querySelector('table.domains') === null, { timeout: 10_000 });
    expect(await statusOf(options)).toContain(`${HOST} removed`);
    expect(await registeredScripts()).toEqual([]);
    expect(await options.evaluate((pattern) => chrome.permissions.contains({ origins: [pattern] }), `https://${HOST}/*`)).toBe(false);

    const { page } = await openCrmPage(browser, server, ON_PREMISE_URL);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await page.$$('[data-coach-network]')).toEqual([]);
    await page.close();
    await options.close();
  });

  test('the pages made no request to any host but their own', () => {
    expect(requestedHosts(server)).toEqual([HOST]);
  });

  test('the extension made no request of its own', () => {
    expect(network.beyondPageLoads()).toEqual([]);
  });
});
