/**
 * The rep's data survives export → delete all → import, exactly; a bad file changes nothing; and a
 * stored value that can't be read is set aside and said so in the popup. Real Chromium, the real
 * popup and options page, files through the browser's own downloads and file picker.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CrmServer } from '../../scripts/crm-server.mjs';
import { launchChromium } from '../../scripts/browsers.mjs';
import { extensionId, LIGHTNING, openCrmPage, openPopup, startFixtureServer, waitForBadgeCount, waitForBadgeStatus, recordRequests } from './helpers';

const OPPORTUNITY = `salesforce:${new URL(LIGHTNING.url).pathname.split('/')[4]}`;
const [PRIYA, COLM] = LIGHTNING.contacts.map((c) => `salesforce:${c.id}`) as [string, string];

let server: CrmServer;
let browser: Browser;
let network: Awaited<ReturnType<typeof recordRequests>>;
let id: string;
let downloads: string;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium();
  network = await recordRequests(browser, server);
  id = await extensionId(browser);
  downloads = await mkdtemp(path.join(os.tmpdir(), 'coach-network-downloads-'));
  const session = await browser.target().createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

async function openOptions(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  await page.waitForSelector('[data-action="export-json"]');
  return page;
}

/** Everything the extension stores, read from one of its own pages. */
const storedState = (options: Page) => options.evaluate(() => chrome.storage.local.get(null));

async function downloaded(suffix: string): Promise<string> {
  for (let waited = 0; waited < 10_000; waited += 100) {
    const file = (await readdir(downloads)).find((name) => name.endsWith(suffix));
    if (file) return path.join(downloads, file);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no ${suffix} download`);
}

describe('Chromium: backup and restore', () => {
  let before: Record<string, unknown>;
  let backupFile: string;

  test('a deal filled through the popup is exported as a backup file', async () => {
    const { page } = await openCrmPage(browser, server, LIGHTNING.url);
    await waitForBadgeCount(page, LIGHTNING.contacts.length);
    const popup = await openPopup(browser, page);
    await popup.waitForSelector(`[data-contact-key="${PRIYA}"]`);
    for (const criterion of ['wantsOurSolution', 'hasCredibility', 'willingToGuide']) {
      await popup.click(`[data-contact-key="${PRIYA}"] [data-criterion="${criterion}"][data-value="yes"]`);
    }
    await popup.click(`[data-contact-key="${COLM}"] [data-criterion="wantsOurSolution"][data-value="no"]`);
    await waitForBadgeStatus(page, PRIYA, 'coach', 10_000);
    await popup.close();
    await page.close();

    const options = await openOptions();
    before = await storedState(options);
    expect(Object.keys(before)).toContain(`deal:${OPPORTUNITY}`);
    await options.click('[data-action="export-json"]');
    backupFile = await downloaded('.json');
    const backup = JSON.parse(await readFile(backupFile, 'utf8')) as { kind: string; deals: unknown[] };
    expect(backup.kind).toBe('coach-network-backup');
    expect(backup.deals).toHaveLength(1);
    await options.close();
  });

  test('a truncated file is refused with its reason, and nothing changes', async () => {
    const broken = path.join(downloads, 'broken.json');
    const text = await readFile(backupFile, 'utf8');
    await writeFile(broken, text.slice(0, Math.floor(text.length / 2)));
    const options = await openOptions();
    const input = (await options.$('#import-file')) as ElementHandle<HTMLInputElement> | null;
    await input!.uploadFile(broken);
    await options.waitForSelector('[data-import-refused]', { timeout: 10_000 });
    expect(await options.$eval('[data-import-refused]', (e) => e.textContent)).toMatch(/Nothing was changed\.$/);
    expect(await storedState(options)).toEqual(before);
    await options.close();
  });

  test('delete all, then import the backup: the state is identical', async () => {
    const options = await openOptions();
    await options.click('[data-action="delete-all"]');
    await options.click('[data-action="confirm-delete"]');
    await options.waitForFunction(() => document.body.textContent?.includes('All data was deleted.'), { timeout: 10_000 });
    expect(await storedState(options)).toEqual({});

    await options.click('input[value="replace"]');
    const input = (await options.$('#import-file')) as ElementHandle<HTMLInputElement> | null;
    await input!.uploadFile(backupFile);
    await options.waitForSelector('[data-action="confirm-import"]', { timeout: 10_000 });
    expect(await options.$eval('[data-import-summary]', (e) => e.textContent)).toContain('Deals: 1 added');
    expect(await storedState(options)).toEqual({}); // checking the file wrote nothing
    await options.click('[data-action="confirm-import"]');
    await options.waitForSelector('[data-imported]', { timeout: 10_000 });
    expect(await storedState(options)).toEqual(before);
    await options.close();
  });

  test('a stored deal that can’t be read is set aside, the popup says so, and the page keeps working', async () => {
    const options = await openOptions();
    await options.evaluate((key) => chrome.storage.local.set({ [key]: { format: 1, contacts: 'garbled' } }), `deal:${OPPORTUNITY}`);
    await options.close();
    const { page } = await openCrmPage(browser, server, LIGHTNING.url);
    await waitForBadgeCount(page, LIGHTNING.contacts.length);
    const popup = await openPopup(browser, page);
    await popup.waitForSelector('[data-set-aside]', { timeout: 10_000 });
    expect(await popup.$eval('[data-set-aside]', (e) => e.textContent)).toContain('1 stored items could not be read and were set aside, untouched');
    await popup.waitForSelector(`[data-contact-key="${PRIYA}"]`);
    await popup.close();
    const after = await openOptions();
    const state = await storedState(after);
    expect(Object.entries(state).filter(([key]) => key.startsWith(`quarantine:deal:${OPPORTUNITY}:`)).map(([, value]) => value)).toEqual([{ format: 1, contacts: 'garbled' }]);
    await after.close();
    await page.close();
  });

  test('the extension made no request of its own', () => {
    expect(network.beyondPageLoads()).toEqual([]);
  });
});
