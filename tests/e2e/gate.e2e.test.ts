/**
 * The gate (issue 8): on a CRM page whose address shows no opportunity, only the 1.7 KiB gate
 * runs; the reader (content-reader.js) is injected once the CRM navigates in-app to an
 * opportunity, and never twice. Chromium lists the scripts each world parses (CDP Debugger), so it
 * proves which files ran; Firefox shows the same behaviour through the badges.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import path from 'node:path';
import { startCrmServer, type CrmServer } from '../../scripts/crm-server.mjs';
import { launchChromium, launchFirefox } from '../../scripts/browsers.mjs';
import { atPort, FIXTURES, LIGHTNING, recordRequests, waitForBadgeCount } from './helpers';

/** Lightning's home page, served with the opportunity fixture's markup: only the address says "no opportunity". */
const HOME_URL = `${new URL(LIGHTNING.url).origin}/lightning/page/home`;
const OPPORTUNITY_PATH = new URL(LIGHTNING.url).pathname;

const startServer = () => startCrmServer({ pages: { [new URL(HOME_URL).pathname]: path.join(FIXTURES, 'salesforce-lightning-opportunity.html') } });

/** Lightning's in-app navigation: a new address by the History API, no load. */
const navigateInApp = (page: Page) => page.evaluate((to) => history.pushState({}, '', to), OPPORTUNITY_PATH);
const badgeCount = (page: Page) => page.$$eval('[data-coach-network="badge"]', (hosts) => hosts.length);
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Chromium: the reader loads only where an opportunity may show', () => {
  let server: CrmServer;
  let browser: Browser;
  let network: Awaited<ReturnType<typeof recordRequests>>;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    network = await recordRequests(browser, server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('home: the gate alone; in-app navigation to an opportunity: the reader, once, and its badges', async () => {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    const parsed: string[] = [];
    cdp.on('Debugger.scriptParsed', ({ url }) => {
      if (url.startsWith('chrome-extension://')) parsed.push(url.split('/').pop() ?? url);
    });
    await cdp.send('Debugger.enable');
    await page.goto(atPort(HOME_URL, server.port), { waitUntil: 'load' });
    await settle(1000);
    expect(parsed).toEqual(['content.js']);
    expect(await badgeCount(page)).toBe(0);

    await navigateInApp(page);
    await waitForBadgeCount(page, LIGHTNING.contacts.length);
    // Back and forth again: the reader is already there and follows the navigation itself.
    await page.evaluate(() => history.pushState({}, '', '/lightning/page/home'));
    await navigateInApp(page);
    await settle(500);
    expect(parsed).toEqual(['content.js', 'content-reader.js']);
    await page.close();
  });

  test('the extension made no request of its own', () => {
    expect(network.beyondPageLoads()).toEqual([]);
  });
});

describe('Firefox ESR: the reader loads only where an opportunity may show', () => {
  let server: CrmServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchFirefox();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('home: no badge; in-app navigation to an opportunity: its badges', async () => {
    const page = await browser.newPage();
    await page.goto(atPort(HOME_URL, server.port), { waitUntil: 'load' });
    await settle(1000);
    expect(await badgeCount(page)).toBe(0);
    await navigateInApp(page);
    await waitForBadgeCount(page, LIGHTNING.contacts.length);
    await page.close();
  });
});
