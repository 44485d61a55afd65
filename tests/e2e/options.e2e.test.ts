/**
 * The options page's changes apply to open CRM tabs at once: a role name the rep redefines changes
 * the coverage the strip reports on an open opportunity, without a reload, and back again.
 * Chromium (Firefox's BiDi cannot open moz-extension:// pages).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import type { CrmServer } from '../../scripts/crm-server.mjs';
import { launchChromium } from '../../scripts/browsers.mjs';
import { extensionId, LIGHTNING, openCrmPage, shadowTexts, startFixtureServer, waitForBadgeCount, recordRequests } from './helpers';

let server: CrmServer;
let browser: Browser;
let network: Awaited<ReturnType<typeof recordRequests>>;
let id: string;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium();
  network = await recordRequests(browser, server);
  id = await extensionId(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const stripText = async (page: Page) => (await shadowTexts(page, 'strip'))[0]?.text ?? '';

async function waitForStripChange(page: Page, from: string): Promise<string> {
  for (let waited = 0; waited < 10_000; waited += 100) {
    const text = await stripText(page);
    if (text !== '' && text !== from) return text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the strip still says: ${from}`);
}

describe('Chromium: settings apply to open tabs at once', () => {
  test('redefining a CRM role changes the open opportunity’s strip, and undoing it restores it', async () => {
    const { page, consoleErrors } = await openCrmPage(browser, server, LIGHTNING.url);
    await waitForBadgeCount(page, LIGHTNING.contacts.length);
    let before = '';
    for (let waited = 0; waited < 10_000 && before === ''; waited += 100) {
      before = await stripText(page);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(before).not.toBe('');

    const options = await browser.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.waitForSelector('#role-name');
    // Yusuf Demir is the only Technical Buyer: as "no buying influence", technical coverage goes.
    await options.type('#role-name', 'Technical Buyer');
    await options.select('#role-outcome', 'none');
    await options.click('form:has(#role-name) button[type="submit"]');
    await options.waitForSelector('tr[data-role-name="technical buyer"]', { timeout: 10_000 });

    const changed = await waitForStripChange(page, before);
    expect(changed).not.toBe(before);

    await options.click('button[aria-label="Remove Technical Buyer"]');
    await options.waitForFunction(() => document.querySelector('tr[data-role-name="technical buyer"]') === null, { timeout: 10_000 });
    expect(await waitForStripChange(page, changed)).toBe(before);
    expect(consoleErrors).toEqual([]);
    await options.close();
    await page.close();
  });

  test('the extension made no request of its own', () => {
    expect(network.beyondPageLoads()).toEqual([]);
  });
});
