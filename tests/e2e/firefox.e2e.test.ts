/**
 * Firefox ESR with the built extension installed as a temporary add-on, on the real Lightning
 * address: the content script's badges. (BiDi refuses to open moz-extension:// pages, so the popup
 * is covered in Chromium and jsdom; see testing-in-real-browsers.md.)
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import path from 'node:path';
import { startCrmServer, type CrmServer } from '../../scripts/crm-server.mjs';
import { launchFirefox } from '../../scripts/browsers.mjs';
import { atPort, badges, expectedFixture, FIXTURES } from './helpers';

const LIGHTNING = expectedFixture('salesforce-lightning-opportunity.html');
const UNREADABLE_URL = 'https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/0068V00000kQ9zzQAC/view';

let server: CrmServer;
let browser: Browser;

async function open(url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(atPort(url, server.port), { waitUntil: 'load' });
  return page;
}

beforeAll(async () => {
  server = await startCrmServer({
    pages: {
      [new URL(LIGHTNING.url).pathname]: path.join(FIXTURES, 'salesforce-lightning-opportunity.html'),
      [new URL(UNREADABLE_URL).pathname]: path.join(FIXTURES, 'lightning', 'contacts-unreadable.html'),
    },
  });
  browser = await launchFirefox();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Firefox ESR, Salesforce Lightning opportunity page', () => {
  test('a badge stands beside every contact role and nowhere else', async () => {
    const page = await open(LIGHTNING.url);
    await page.waitForFunction((n) => document.querySelectorAll('[data-coach-network="badge"]').length === n, { timeout: 20_000 }, LIGHTNING.contacts.length);
    const found = await badges(page);
    expect(found.map((b) => b.key)).toEqual(LIGHTNING.contacts.map((c) => `salesforce:${c.id}`));
    for (const badge of found) {
      expect(badge.besideContactId).toBe(badge.key?.replace('salesforce:', ''));
      expect(badge.inActiveContactRoles).toBe(true);
      expect(badge.status).toBe('unassessed');
    }
    await page.close();
  });

  test('an opportunity whose contacts cannot be read shows the note instead of badges', async () => {
    const page = await open(UNREADABLE_URL);
    await page.waitForSelector('[data-coach-network="notice"]', { timeout: 20_000 });
    expect(await page.$$('[data-coach-network="badge"]')).toHaveLength(0);
    await page.close();
  });

  test('the page made no request to any host but its own', () => {
    const hosts = new Set(server.requests.map((r) => r.host.replace(/:\d+$/, '')));
    expect([...hosts]).toEqual(['halyardsoftware.lightning.force.com']);
  });
});
