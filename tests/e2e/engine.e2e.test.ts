/**
 * The gap engine end to end in Chromium: tag through the real popup until the deal stands on one
 * coach (one-legged stool on the page strip and the toolbar), then that coach disappears from the
 * CRM's contact roles (a later snapshot of the same opportunity) → coach-changed with successors.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import path from 'node:path';
import type { CrmServer } from '../../scripts/crm-server.mjs';
import { launchChromium } from '../../scripts/browsers.mjs';
import { FIXTURES, LIGHTNING, openCrmPage, openPopup, shadowTexts, startFixtureServer, toolbarOf, waitForBadgeCount, waitForBadgeStatus } from './helpers';

const COLM = 'salesforce:0038V00001cWq5JQAS';
const RED = [186, 5, 23, 255];
const ORANGE = [221, 122, 1, 255];

let server: CrmServer;
let browser: Browser;

const stripText = async (page: Page) => (await shadowTexts(page, 'strip'))[0]?.text ?? '';

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Chromium, the coach network engine on a Lightning opportunity', () => {
  test('no coach yet: the strip and the toolbar say so, also after the worker was stopped', async () => {
    const { page } = await openCrmPage(browser, server, LIGHTNING.url);
    await waitForBadgeCount(page, LIGHTNING.contacts.length);
    // MV3 stops the worker when idle; the next message starts a fresh one that must find
    // everything in storage. (Before any test attaches to the worker: an attached DevTools
    // session keeps a stopped worker from starting again.)
    const client = await page.createCDPSession();
    await client.send('ServiceWorker.enable');
    await client.send('ServiceWorker.stopAllWorkers');
    await client.detach();
    await page.reload({ waitUntil: 'load' });
    await waitForBadgeCount(page, LIGHTNING.contacts.length);
    await page.waitForSelector('[data-coach-network="strip"]');
    expect(await stripText(page)).toContain('No coach yet');
    const toolbar = await toolbarOf(browser, page);
    expect(Number(toolbar.text)).toBeGreaterThan(0);
    expect(toolbar.colour).toEqual(RED);
    await page.close();
  });

  test('tagging one contact as a Coach makes a one-legged stool on the strip and the toolbar', async () => {
    const { page, consoleErrors } = await openCrmPage(browser, server, LIGHTNING.url);
    await waitForBadgeCount(page, LIGHTNING.contacts.length);
    const popup = await openPopup(browser, page);
    await popup.waitForSelector('[data-contact-key]');
    for (const criterion of ['wantsOurSolution', 'hasCredibility', 'willingToGuide']) {
      await popup.click(`[data-contact-key="${COLM}"] [data-criterion="${criterion}"][data-value="yes"]`);
    }
    await waitForBadgeStatus(page, COLM, 'coach');
    await popup.close();
    const strip = await stripText(page);
    expect(strip).toContain('1 coach · one-legged stool');
    expect(strip).toContain('One-legged stool: Colm Gallagher');
    const toolbar = await toolbarOf(browser, page);
    expect(toolbar.title).toContain('one-legged stool');
    // Colm covers the economic role (Decision Maker); what remains to act on are warnings.
    expect(toolbar.colour).toEqual(ORANGE);
    expect(Number(toolbar.text)).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  test('when that coach leaves the contact roles, coach-changed names the successors', async () => {
    server.setPage(new URL(LIGHTNING.url).pathname, path.join(FIXTURES, 'salesforce-lightning-opportunity-after.html'));
    const { page } = await openCrmPage(browser, server, LIGHTNING.url);
    await waitForBadgeCount(page, 6);
    await page.waitForFunction(() => document.querySelector('[data-coach-network="badge"][data-contact-key="salesforce:0038V00001dAh6NQAS"]') !== null);
    await page.waitForSelector('[data-coach-network="strip"]');
    const strip = await stripText(page);
    expect(strip).toContain('Coach changed: Colm Gallagher');
    expect(strip).toContain('No coach yet');
    const toolbar = await toolbarOf(browser, page);
    expect(toolbar.colour).toEqual(RED);

    // What the popup is told about this tab: the gap, its successors and the sentence naming them.
    const popup = await openPopup(browser, page);
    await popup.waitForSelector('[data-contact-key]');
    const state = (await popup.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return (chrome as unknown as { runtime: { sendMessage(m: unknown): Promise<unknown> } }).runtime.sendMessage({ type: 'tab/state', tabId: tab?.id });
    })) as { ok: true; value: { deal: { gaps: Array<{ kind: string; people: string[]; candidates: string[]; nextAction: string }> } } };
    await popup.close();
    const changed = state.value.deal.gaps.find((g) => g.kind === 'coach-changed');
    expect(changed?.people).toEqual([COLM]);
    // Same buying-influence role first: Beatrix Hallorann is the new Decision Maker.
    expect(changed?.candidates[0]).toBe('salesforce:0038V00001dAh6NQAS');
    expect(changed?.nextAction).toContain('Colm Gallagher');
    expect(changed?.nextAction).toContain('Beatrix Hallorann');
    await page.close();
  });
});
