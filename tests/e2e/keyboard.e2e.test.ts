/**
 * A whole keyboard-only session in real Chromium, as a rep who never touches the mouse: open the
 * popup on the opportunity, make a coach with keys alone, log intelligence and value given, and
 * watch the page badge, the strip, the coverage picture and the checklist follow; off the CRM page,
 * the pipeline lists the deal.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import type { CrmServer } from '../../scripts/crm-server.mjs';
import { launchChromium } from '../../scripts/browsers.mjs';
import { LIGHTNING, openCrmPage, openPopup, shadowTexts, startFixtureServer, waitForBadgeCount, waitForBadgeStatus } from './helpers';

const PRIYA = 'salesforce:0038V00001cWq2AQAS';

let server: CrmServer;
let browser: Browser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const focusedContact = (popup: Page) => popup.evaluate(() => document.activeElement?.closest('[data-contact-key]')?.getAttribute('data-contact-key') ?? null);

describe('Chromium, keyboard only', () => {
  test('make a coach, log intelligence and value given, and see every surface follow', async () => {
    const { page, consoleErrors } = await openCrmPage(browser, server, LIGHTNING.url);
    await waitForBadgeCount(page, LIGHTNING.contacts.length);
    const popup = await openPopup(browser, page);
    await popup.waitForSelector('[data-contact-key]');
    const uncoveredBefore = await popup.$$eval('[data-role-node][data-covered="false"]', (nodes) => nodes.length);

    // ↓ reaches the first contact (Priya); 1 2 3 set each criterion to yes.
    await popup.keyboard.press('ArrowDown');
    expect(await focusedContact(popup)).toBe(PRIYA);
    for (const key of ['1', '2', '3'] as const) await popup.keyboard.press(key);
    await waitForBadgeStatus(page, PRIYA, 'coach');
    await popup.waitForSelector(`[data-contact-key="${PRIYA}"] [data-status="coach"]`);

    // i: log specific intelligence about funding; Enter in the text field saves it.
    await popup.keyboard.press('i');
    await popup.waitForSelector('form[data-form="intelligence"]');
    await popup.keyboard.type('Funding comes from the 2027 capital plan; the board approves in March.');
    await popup.keyboard.press('Enter');
    await popup.waitForFunction(() => !document.querySelector('form[data-form="intelligence"]'));

    // v: log value given first.
    await popup.keyboard.press('v');
    await popup.waitForSelector('form[data-form="value"]');
    await popup.keyboard.type('Shared the depot maintenance benchmark for transit authorities.');
    await popup.keyboard.press('Enter');
    await popup.waitForFunction(() => !document.querySelector('form[data-form="value"]'));

    // Enter opens Priya's detail with both entries; Esc goes back to the row.
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('[data-view="person"]');
    const detail = await popup.$eval('[data-view="person"]', (d) => d.textContent ?? '');
    expect(detail).toContain('2027 capital plan');
    expect(detail).toContain('depot maintenance benchmark');
    await popup.keyboard.press('Escape');
    await popup.waitForSelector(`[data-contact-key="${PRIYA}"]`);
    expect(await focusedContact(popup)).toBe(PRIYA);

    // The coverage picture: Priya now covers the economic role.
    await popup.waitForSelector('[data-role-node="economic"][data-covered="true"]');
    expect(await popup.$$eval('[data-role-node][data-covered="false"]', (nodes) => nodes.length)).toBeLessThan(uncoveredBefore);
    expect(await popup.$(`[data-edge="${PRIYA}->economic"]`)).not.toBeNull();
    // The checklist ticks what the deal now proves.
    await popup.waitForSelector('[data-checklist-item="candidates-found"][data-done="true"]');
    await popup.waitForSelector('[data-checklist-item="specific-intelligence"][data-done="true"]');
    await popup.close().catch(() => undefined);

    // The page: Priya's badge says Coach; the strip names the one-legged stool.
    expect((await shadowTexts(page, 'badge')).find((b) => b.key === PRIYA)?.text).toContain('Coach');
    expect((await shadowTexts(page, 'strip'))[0]?.text).toMatch(/one-legged stool/i);
    expect(consoleErrors).toEqual([]);

    // Off the CRM page, the pipeline lists the deal.
    const blank = await browser.newPage();
    await blank.goto('about:blank');
    const pipeline = await openPopup(browser, blank).catch(async () => {
      const target = await browser.waitForTarget((t) => t.url().includes('/popup.html'));
      return target.asPage();
    });
    await pipeline.waitForSelector('[data-pipeline-deal="salesforce:0068V00000kQ3wZQAS"]', { timeout: 10_000 });
    await pipeline.close().catch(() => undefined);
    await blank.close();
    await page.close();
  });
});
