/**
 * Updates (issue 7), in Chromium: when the extension reloads (what an update does), the content
 * script left running in an open CRM tab is cut off from the new version. Within a second it takes
 * its badges and strip off the page and stops reading it, without an error in the page's console;
 * the new version takes over on the next load of the page, with everything the rep had tagged.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { rm } from 'node:fs/promises';
import type { CrmServer } from '../../scripts/crm-server.mjs';
import { launchChromium } from '../../scripts/browsers.mjs';
import {
  contentScriptWorld, extensionIdOf, LIGHTNING, openCrmPage, profileWithDeveloperMode, recordRequests, startFixtureServer,
  waitForBadgeCount, waitForBadgeStatus,
} from './helpers';

const [PRIYA] = LIGHTNING.contacts.map((c) => `salesforce:${c.id}`) as [string];
const DEAL = 'salesforce:0068V00000kQ3wZQAS';
const ours = '[data-coach-network]';

let server: CrmServer;
let browser: Browser;
let profile: string;
let network: Awaited<ReturnType<typeof recordRequests>>;

beforeAll(async () => {
  server = await startFixtureServer();
  profile = await profileWithDeveloperMode();
  browser = await launchChromium({ userDataDir: profile });
  network = await recordRequests(browser, server);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(profile, { recursive: true, force: true });
});

/** Reloads the extension from one of its own pages, as the browser does on an update. */
async function reloadExtension(): Promise<void> {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${await extensionIdOf(browser)}/manifest.json`);
  // The reload closes this page: don't wait for an answer from it.
  await page.evaluate(() => void setTimeout(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(), 0));
}

describe('Chromium, the extension reloads under an open Lightning tab', () => {
  test('the orphaned content script takes its badges off within a second and stops reading the page, without an error', async () => {
    const { page, consoleErrors } = await openCrmPage(browser, server, LIGHTNING.url);
    await waitForBadgeCount(page, LIGHTNING.contacts.length);
    await page.waitForSelector('[data-coach-network="strip"]');
    const world = await contentScriptWorld(page, await extensionIdOf(browser));
    for (const criterion of ['wantsOurSolution', 'hasCredibility', 'willingToGuide']) {
      await world.evaluate(`chrome.runtime.sendMessage(${JSON.stringify({ type: 'criterion/set', dealKey: DEAL, contactKey: PRIYA, criterion, value: 'yes' })})`);
    }
    await waitForBadgeStatus(page, PRIYA, 'coach');
    await world.detach();

    const reloadedAt = Date.now();
    await reloadExtension();
    await page.waitForFunction((selector) => document.querySelector(selector) === null, { timeout: 5000, polling: 20 }, ours);
    const goneAfterMs = Date.now() - reloadedAt;
    console.info(`badges and strip gone ${goneAfterMs} ms after the reload`);
    expect(goneAfterMs).toBeLessThan(1000);

    // The page keeps changing as Lightning does (a contact row re-rendered): nothing of ours comes back.
    await page.evaluate(() => {
      const row = document.querySelector('.oneContent.active tr[data-row-key-value]');
      row?.replaceWith(row.cloneNode(true));
      document.querySelector('.oneContent.active records-highlights2')?.setAttribute('class', 'rerendered');
    });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await page.$$(ours)).toHaveLength(0);
    expect(consoleErrors).toEqual([]);

    // The new version takes over on the next load, with the rep's tags.
    await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 10_000 });
    await page.reload({ waitUntil: 'load' });
    await waitForBadgeCount(page, LIGHTNING.contacts.length);
    await waitForBadgeStatus(page, PRIYA, 'coach');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  test('the extension made no request of its own', () => {
    expect(network.beyondPageLoads()).toEqual([]);
  });
});
