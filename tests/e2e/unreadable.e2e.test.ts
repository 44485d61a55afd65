/**
 * "Couldn't read" in real Chromium and Firefox ESR, at each CRM's real address: a deal is read and
 * tagged from its good page, then the same address serves a page the adapter can't read. The rep
 * gets the quiet note with the reason's words and no badge, and what was stored for the deal is
 * not touched by the empty read: the same deal, the same tag, the same strip when the page reads again.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import path from 'node:path';
import type { CrmServer } from '../../scripts/crm-server.mjs';
import { extensionWorker, launchChromium, launchFirefox } from '../../scripts/browsers.mjs';
import { fixtureHtml, simulatedUrl } from '../unit/adapters/fixture-loader';
import { caseOf, noticeText } from '../unit/adapters/unreadable-cases';
import { atPort, expectedFixture, FIXTURES, openCrmPage, shadowTexts, startFixtureServer, waitForBadgeCount, waitForBadgeStatus } from './helpers';

/** Each CRM's good page and a page at the same record address that it reads as couldn't-read at once. */
const PAGES = [
  { good: 'salesforce-lightning-opportunity.html', broken: 'lightning/name-missing.html' },
  { good: 'salesforce-classic-opportunity.html', broken: 'classic/contact-roles-not-on-layout.html' },
  { good: 'hubspot-deal.html', broken: 'hubspot/chicklets-without-ids.html' },
  { good: 'dynamics-opportunity.html', broken: 'dynamics/name-missing.html' },
] as const;

const BADGE = '[data-coach-network="badge"]';
const badgeOf = (key: string) => `${BADGE}[data-contact-key="${key}"]`;

type Kind = 'notice' | 'strip';


/**
 * The deals and person hints the extension stores: what an empty read could overwrite (Chromium
 * only). The diagnostics log beside them is meant to record the failure.
 */
async function storedDeals(browser: Browser): Promise<Record<string, unknown>> {
  const worker = await extensionWorker(browser);
  const stored = await worker.evaluate(() => chrome.storage.local.get(null));
  return Object.fromEntries(Object.entries(stored).filter(([key]) => /^(deal|person):/.test(key)));
}

/** Waits until the background has recorded this tab as couldn't-read (the report arrived), Chromium only. */
async function unreadableRecorded(browser: Browser, url: string): Promise<void> {
  const worker = await extensionWorker(browser);
  for (const started = Date.now(); Date.now() - started < 10_000; ) {
    const recorded = await worker.evaluate(async (address) => {
      const session = (chrome.storage as unknown as { session: { get(key: null): Promise<Record<string, unknown>> } }).session;
      return Object.values(await session.get(null)).some((entry) => {
        const e = entry as { kind?: string; unreadable?: { url?: string } };
        return e.kind === 'unreadable' && e.unreadable?.url === address;
      });
    }, url);
    if (recorded) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the background never recorded ${url} as couldn't-read`);
}

/** Our closed roots' texts of one kind (both browsers: DevTools or BiDi, see page-probe). */
const shadowTextsOf = async (page: Page, kind: Kind) => (await shadowTexts(page, kind)).map((found) => found.text);

/** The strip's text once it shows: rendered from the deal the background answered with. */
async function stripText(page: Page): Promise<string> {
  await page.waitForSelector('[data-coach-network="strip"]', { timeout: 10_000 });
  const [text] = await shadowTextsOf(page, 'strip');
  return text ?? '';
}

describe.each([
  { name: 'Chromium', launch: () => launchChromium(), protocol: 'cdp' },
  { name: 'Firefox ESR', launch: () => launchFirefox(), protocol: 'bidi' },
] as const)('$name', ({ launch, protocol }) => {
  let server: CrmServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test.each(PAGES)('$broken, at the address of $good: the note, no badge, the stored deal untouched', async ({ good, broken }) => {
    const expected = expectedFixture(good);
    const { code, reason, adapter } = caseOf(broken);
    expect(simulatedUrl(fixtureHtml(broken), broken)).toBe(expected.url);
    const route = new URL(expected.url).pathname;
    server.setPage(route, path.join(FIXTURES, good));

    // The good page: badges, then a tag the rep set in the in-page tagger.
    const { page, consoleErrors } = await openCrmPage(browser, server, expected.url);
    await waitForBadgeCount(page, expected.contacts.length);
    const first = (await page.$eval(BADGE, (host) => host.getAttribute('data-contact-key'))) ?? '';
    await page.click(badgeOf(first));
    await page.waitForSelector('[data-coach-network="tagger"]', { timeout: 5_000 });
    await page.keyboard.press('1');
    await waitForBadgeStatus(page, first, 'developing');
    await page.keyboard.press('Escape');
    const strip = await stripText(page);
    expect(strip).not.toBe('');
    const stored = protocol === 'cdp' ? await storedDeals(browser) : null;

    // The same address, now a page that can't be read.
    server.setPage(route, path.join(FIXTURES, broken));
    await page.goto(atPort(expected.url, server.port), { waitUntil: 'load' });
    await page.waitForSelector('[data-coach-network="notice"]', { timeout: 10_000 });
    const { title, detail } = noticeText(reason, adapter);
    const notes = await shadowTextsOf(page, 'notice');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(title);
    expect(notes[0]).toContain(detail);
    expect(await page.$$(BADGE)).toHaveLength(0);
    expect(await page.$$('[data-coach-network="strip"]')).toHaveLength(0);
    if (stored) {
      expect(Object.keys(stored).some((key) => key.startsWith('deal:'))).toBe(true);
      await unreadableRecorded(browser, page.url());
      expect(await storedDeals(browser), `${code} / ${reason} changed a stored deal`).toEqual(stored);
    }

    // Readable again: the same deal as before the empty read, tag and strip included.
    server.setPage(route, path.join(FIXTURES, good));
    await page.goto(atPort(expected.url, server.port), { waitUntil: 'load' });
    await waitForBadgeCount(page, expected.contacts.length);
    await waitForBadgeStatus(page, first, 'developing');
    expect(await stripText(page)).toBe(strip);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
