/**
 * Accessibility of the extension's own pages, checked by axe-core in real Chromium: the popup on a
 * real opportunity (and off one), and the options page. Zero violations is the bar.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'puppeteer-core';
import type { CrmServer } from '../../scripts/crm-server.mjs';
import { launchChromium } from '../../scripts/browsers.mjs';
import { axeViolations, extensionId, LIGHTNING, openCrmPage, openPopup, startFixtureServer, waitForBadgeCount } from './helpers';

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

describe('axe-core, 0 violations', () => {
  test('the popup on an opportunity: list, intelligence form, person detail, dark mode', async () => {
    const { page } = await openCrmPage(browser, server, LIGHTNING.url);
    await waitForBadgeCount(page, LIGHTNING.contacts.length);
    const popup = await openPopup(browser, page);
    await popup.waitForSelector('[data-contact-key]');
    expect(await axeViolations(popup)).toEqual([]);
    // The intelligence form, then a person's detail: the screens a rep reaches by keyboard.
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('i');
    await popup.waitForSelector('form[data-form="intelligence"]');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.keyboard.press('Escape');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('[data-view="person"]');
    expect(await axeViolations(popup)).toEqual([]);
    // And in dark mode, where contrast is easiest to lose.
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close().catch(() => undefined);
    await page.close();
  });

  test('the popup off a CRM page (the pipeline)', async () => {
    const page = await browser.newPage();
    await page.goto('about:blank');
    const popup = await openPopup(browser, page);
    await popup.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), { timeout: 10_000 });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close().catch(() => undefined);
    await page.close();
  });

  test('the options page', async () => {
    const page = await browser.newPage();
    await page.goto(`chrome-extension://${await extensionId(browser)}/options.html`);
    await page.waitForSelector('#app *');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
