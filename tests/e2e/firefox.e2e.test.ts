/**
 * Firefox ESR with the built extension installed as a temporary add-on, on the real Lightning
 * address: the content script's badges. (BiDi refuses to open moz-extension:// pages, so the popup
 * is covered in Chromium and jsdom; see testing-in-real-browsers.md.)
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'puppeteer-core';
import type { CrmServer } from '../../scripts/crm-server.mjs';
import { launchFirefox } from '../../scripts/browsers.mjs';
import { badgeHostStyles, badges, LIGHTNING, LIGHTNING_HOST, openCrmPage, requestedHosts, startFixtureServer, UNREADABLE_URL, waitForBadgeCount } from './helpers';

let server: CrmServer;
let browser: Browser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchFirefox();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Firefox ESR, Salesforce Lightning opportunity page', () => {
  test('a badge stands beside every contact role and nowhere else', async () => {
    const { page } = await openCrmPage(browser, server, LIGHTNING.url);
    await waitForBadgeCount(page, LIGHTNING.contacts.length);
    const found = await badges(page);
    expect(found.map((b) => b.key)).toEqual(LIGHTNING.contacts.map((c) => `salesforce:${c.id}`));
    for (const badge of found) {
      expect(badge.besideContactId).toBe(badge.key?.replace('salesforce:', ''));
      expect(badge.inActiveContactRoles).toBe(true);
      expect(badge.status).toBe('unassessed');
    }
    // Our stylesheet reached every closed root (shared constructed sheet, or a <style> per root): its :host rule shows from outside.
    expect(await badgeHostStyles(page)).toEqual(LIGHTNING.contacts.map(() => 'inline-block 4px'));
    await page.close();
  });

  test('an opportunity whose contacts cannot be read shows the note instead of badges', async () => {
    const { page } = await openCrmPage(browser, server, UNREADABLE_URL);
    await page.waitForSelector('[data-coach-network="notice"]', { timeout: 20_000 });
    expect(await page.$$('[data-coach-network="badge"]')).toHaveLength(0);
    await page.close();
  });

  test('the page made no request to any host but its own', () => {
    expect(requestedHosts(server)).toEqual([LIGHTNING_HOST]);
  });
});
