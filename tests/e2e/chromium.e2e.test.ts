/**
 * The rep's path in real Chromium with the built extension, on the real Lightning address:
 * badges beside each contact role, tagging through the real popup, tags kept across a restart.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CrmServer } from '../../scripts/crm-server.mjs';
import { extensionWorker, launchChromium } from '../../scripts/browsers.mjs';
import {
  badgeHostStyles,
  badges, LIGHTNING, LIGHTNING_HOST, openCrmPage, openPopup, requestedHosts, shadowTexts, startFixtureServer,
  UNREADABLE_URL, waitForBadgeCount, waitForBadgeStatus, recordRequests } from './helpers';

const contactKeys = LIGHTNING.contacts.map((c) => `salesforce:${c.id}`);
const [PRIYA, COLM] = contactKeys as [string, string];
const badgeText = async (page: Parameters<typeof shadowTexts>[0], key: string) => (await shadowTexts(page, 'badge')).find((b) => b.key === key)?.text;

let server: CrmServer;
let browser: Browser;
let network: Awaited<ReturnType<typeof recordRequests>>;
let userDataDir: string;

beforeAll(async () => {
  server = await startFixtureServer();
  userDataDir = await mkdtemp(path.join(os.tmpdir(), 'coach-network-chromium-'));
  browser = await launchChromium({ userDataDir });
  network = await recordRequests(browser, server);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(userDataDir, { recursive: true, force: true });
});

describe('Chromium, Salesforce Lightning opportunity page', () => {
  test('a badge stands beside every contact role and nowhere else', async () => {
    const { page, consoleErrors } = await openCrmPage(browser, server, LIGHTNING.url);
    await waitForBadgeCount(page, LIGHTNING.contacts.length);
    const found = await badges(page);
    expect(found.map((b) => b.key)).toEqual(contactKeys);
    for (const badge of found) {
      expect(badge.besideContactId).toBe(badge.key?.replace('salesforce:', ''));
      expect(badge.inActiveContactRoles).toBe(true);
      expect(badge.status).toBe('unassessed');
    }
    expect((await shadowTexts(page, 'badge')).map((t) => t.text)).toEqual(LIGHTNING.contacts.map(() => '?'));
    // Our stylesheet reached every closed root (shared constructed sheet, or a <style> per root): its :host rule shows from outside.
    expect(await badgeHostStyles(page)).toEqual(LIGHTNING.contacts.map(() => 'inline-block 4px'));
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  test('tagging in the real popup updates the page badge at once', async () => {
    const { page, consoleErrors } = await openCrmPage(browser, server, LIGHTNING.url);
    await waitForBadgeCount(page, LIGHTNING.contacts.length);
    const popup = await openPopup(browser, page);
    await popup.waitForSelector('[data-contact-key]', { timeout: 10_000 });

    const shown = await popup.$eval('body', (b) => b.textContent ?? '');
    expect(shown).toContain('Ashgrove Transit – Depot Maintenance Analytics');
    for (const contact of LIGHTNING.contacts) expect(shown).toContain(contact.name);

    for (const criterion of ['wantsOurSolution', 'hasCredibility', 'willingToGuide']) {
      await popup.click(`[data-contact-key="${PRIYA}"] [data-criterion="${criterion}"][data-value="yes"]`);
    }
    await waitForBadgeStatus(page, PRIYA, 'coach');
    expect(await badgeText(page, PRIYA)).toBe('Coach');
    expect(await popup.$eval(`[data-contact-key="${PRIYA}"] [data-status]`, (e) => e.getAttribute('data-status'))).toBe('coach');

    // Two of three on a second contact: the badge counts what is met.
    await popup.click(`[data-contact-key="${COLM}"] [data-criterion="wantsOurSolution"][data-value="yes"]`);
    await popup.click(`[data-contact-key="${COLM}"] [data-criterion="hasCredibility"][data-value="yes"]`);
    await waitForBadgeStatus(page, COLM, 'developing');
    expect(await badgeText(page, COLM)).toBe('2/3');

    const worker = await extensionWorker(browser);
    const stored = (await worker.evaluate(async (key) => (await chrome.storage.local.get(key))[key], 'deal:salesforce:0068V00000kQ3wZQAS')) as {
      contacts: Record<string, { criteria: Record<string, { value: string }> }>;
    };
    expect(stored.contacts[PRIYA]?.criteria.willingToGuide?.value).toBe('yes');
    expect(stored.contacts[COLM]?.criteria.willingToGuide?.value).toBe('unknown');
    expect(consoleErrors).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('tags survive closing and reopening the browser', async () => {
    // What the first browser recorded is judged before it goes; the reopened one records anew.
    expect(network.beyondPageLoads()).toEqual([]);
    await browser.close();
    browser = await launchChromium({ userDataDir });
    network = await recordRequests(browser, server);
    const { page } = await openCrmPage(browser, server, LIGHTNING.url);
    await waitForBadgeCount(page, LIGHTNING.contacts.length);
    await waitForBadgeStatus(page, PRIYA, 'coach');
    expect(await badgeText(page, PRIYA)).toBe('Coach');
    expect(await badgeText(page, COLM)).toBe('2/3');
    await page.close();
  });

  test('an opportunity whose contacts cannot be read says so, on the page and in the popup', async () => {
    const { page, consoleErrors } = await openCrmPage(browser, server, UNREADABLE_URL);
    await page.waitForSelector('[data-coach-network="notice"]', { timeout: 15_000 });
    expect(await page.$$('[data-coach-network="badge"]')).toHaveLength(0);
    const [notice] = await shadowTexts(page, 'notice');
    expect(notice?.text).toMatch(/couldn’t read contacts on this page/i);
    // The note stands in the Contact Roles card, in place of the badges.
    expect(await page.$eval('[data-coach-network="notice"]', (n) => !!n.closest('article')?.querySelector('a[href*="OpportunityContactRoles"]'))).toBe(true);
    const popup = await openPopup(browser, page);
    await popup.waitForFunction(() => /couldn.t read/i.test(document.body.textContent ?? ''), { timeout: 10_000 });
    expect(consoleErrors).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('the page made no request to any host but its own', () => {
    expect(requestedHosts(server)).toEqual([LIGHTNING_HOST]);
  });

  test('the extension made no request of its own', () => {
    expect(network.beyondPageLoads()).toEqual([]);
  });
});
