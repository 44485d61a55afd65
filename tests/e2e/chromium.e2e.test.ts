/**
 * The rep's path in real Chromium with the built extension, on the real Lightning address:
 * badges beside each contact role, tagging through the real popup, tags kept across a restart.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startCrmServer, type CrmServer } from '../../scripts/crm-server.mjs';
import { extensionWorker, launchChromium } from '../../scripts/browsers.mjs';
import { atPort, badges, expectedFixture, FIXTURES, shadowTexts } from './helpers';

const LIGHTNING = expectedFixture('salesforce-lightning-opportunity.html');
const UNREADABLE_URL = 'https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/0068V00000kQ9zzQAC/view';
const contactKeys = LIGHTNING.contacts.map((c) => `salesforce:${c.id}`);
const PRIYA = `salesforce:${LIGHTNING.contacts[0]!.id}`;

let server: CrmServer;
let browser: Browser;
let userDataDir: string;

async function openOpportunity(url = LIGHTNING.url): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(atPort(url, server.port), { waitUntil: 'load' });
  return page;
}

async function waitForBadges(page: Page, count: number) {
  await page.waitForFunction((n) => document.querySelectorAll('[data-coach-network="badge"]').length === n, { timeout: 15_000 }, count);
}

async function openPopupFor(page: Page): Promise<Page> {
  await page.bringToFront();
  const worker = await extensionWorker(browser);
  await worker.evaluate(() => chrome.action.openPopup());
  const target = await browser.waitForTarget((t) => t.url().endsWith('/popup.html'), { timeout: 10_000 });
  const popup = await target.asPage();
  await popup.waitForSelector('[data-contact-key]', { timeout: 10_000 });
  return popup;
}

beforeAll(async () => {
  server = await startCrmServer({
    pages: {
      [new URL(LIGHTNING.url).pathname]: path.join(FIXTURES, 'salesforce-lightning-opportunity.html'),
      [new URL(UNREADABLE_URL).pathname]: path.join(FIXTURES, 'lightning', 'contacts-unreadable.html'),
    },
  });
  userDataDir = await mkdtemp(path.join(os.tmpdir(), 'coach-network-chromium-'));
  browser = await launchChromium({ userDataDir });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(userDataDir, { recursive: true, force: true });
});

describe('Chromium, Salesforce Lightning opportunity page', () => {
  test('a badge stands beside every contact role and nowhere else', async () => {
    const page = await openOpportunity();
    await waitForBadges(page, LIGHTNING.contacts.length);
    const found = await badges(page);
    expect(found.map((b) => b.key)).toEqual(contactKeys);
    for (const badge of found) {
      expect(badge.besideContactId).toBe(badge.key?.replace('salesforce:', ''));
      expect(badge.inActiveContactRoles).toBe(true);
      expect(badge.status).toBe('unassessed');
    }
    const texts = await shadowTexts(page, 'badge');
    expect(texts.map((t) => t.text)).toEqual(LIGHTNING.contacts.map(() => '?'));
    await page.close();
  });

  test('tagging in the real popup updates the page badge at once', async () => {
    const page = await openOpportunity();
    await waitForBadges(page, LIGHTNING.contacts.length);
    const popup = await openPopupFor(page);

    const heading = await popup.$eval('body', (b) => b.textContent ?? '');
    expect(heading).toContain('Ashgrove Transit');
    for (const contact of LIGHTNING.contacts) expect(heading).toContain(contact.name);

    for (const criterion of ['wantsOurSolution', 'hasCredibility', 'willingToGuide']) {
      await popup.click(`[data-contact-key="${PRIYA}"] [data-criterion="${criterion}"][data-value="yes"]`);
    }
    await page.waitForFunction(
      (key) => document.querySelector(`[data-coach-network="badge"][data-contact-key="${key}"]`)?.getAttribute('data-status') === 'coach',
      { timeout: 5_000 },
      PRIYA,
    );
    const priya = (await shadowTexts(page, 'badge')).find((b) => b.key === PRIYA);
    expect(priya?.text).toBe('Coach');
    expect(await popup.$eval(`[data-contact-key="${PRIYA}"] [data-status]`, (e) => e.getAttribute('data-status'))).toBe('coach');

    // Two of three on a second contact: the badge counts what is met.
    const colm = contactKeys[1]!;
    await popup.click(`[data-contact-key="${colm}"] [data-criterion="wantsOurSolution"][data-value="yes"]`);
    await popup.click(`[data-contact-key="${colm}"] [data-criterion="hasCredibility"][data-value="yes"]`);
    await page.waitForFunction(
      (key) => document.querySelector(`[data-coach-network="badge"][data-contact-key="${key}"]`)?.getAttribute('data-status') === 'developing',
      { timeout: 5_000 },
      colm,
    );
    expect((await shadowTexts(page, 'badge')).find((b) => b.key === colm)?.text).toBe('2/3');

    const worker = await extensionWorker(browser);
    const stored = (await worker.evaluate(async (key) => (await chrome.storage.local.get(key))[key], 'deal:salesforce:0068V00000kQ3wZQAS')) as {
      contacts: Record<string, { criteria: Record<string, { value: string }> }>;
    };
    expect(stored.contacts[PRIYA]?.criteria.willingToGuide?.value).toBe('yes');
    await popup.close();
    await page.close();
  });

  test('tags survive closing and reopening the browser', async () => {
    await browser.close();
    browser = await launchChromium({ userDataDir });
    const page = await openOpportunity();
    await waitForBadges(page, LIGHTNING.contacts.length);
    await page.waitForFunction(
      (key) => document.querySelector(`[data-coach-network="badge"][data-contact-key="${key}"]`)?.getAttribute('data-status') === 'coach',
      { timeout: 5_000 },
      PRIYA,
    );
    expect((await shadowTexts(page, 'badge')).find((b) => b.key === PRIYA)?.text).toBe('Coach');
    await page.close();
  });

  test('an opportunity whose contacts cannot be read says so, on the page and in the popup', async () => {
    const page = await openOpportunity(UNREADABLE_URL);
    await page.waitForSelector('[data-coach-network="notice"]', { timeout: 15_000 });
    expect(await page.$$('[data-coach-network="badge"]')).toHaveLength(0);
    const [notice] = await shadowTexts(page, 'notice');
    expect(notice?.text).toMatch(/couldn’t read contacts on this page/i);
    const popup = await (async () => {
      await page.bringToFront();
      const worker = await extensionWorker(browser);
      await worker.evaluate(() => chrome.action.openPopup());
      const target = await browser.waitForTarget((t) => t.url().endsWith('/popup.html'), { timeout: 10_000 });
      return target.asPage();
    })();
    await popup.waitForFunction(() => /couldn.t read/i.test(document.body.textContent ?? ''), { timeout: 10_000 });
    await popup.close();
    await page.close();
  });

  test('the page made no request to any host but its own', () => {
    const hosts = new Set(server.requests.map((r) => r.host.replace(/:\d+$/, '')));
    expect([...hosts]).toEqual(['halyardsoftware.lightning.force.com']);
  });
});
