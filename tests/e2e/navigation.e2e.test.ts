/**
 * Lightning navigates between records without a page load and keeps earlier pages in the DOM,
 * hidden. Opportunity A → B → A in real Chromium and Firefox: the badges on screen always belong to
 * the deal on screen, and each deal's tags stay its own.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import type { CrmServer } from '../../scripts/crm-server.mjs';
import { launchChromium, launchFirefox } from '../../scripts/browsers.mjs';
import { LIGHTNING, openCrmPage, startFixtureServer, waitForBadgeCount } from './helpers';

// The fixture's hidden cached page host is opportunity B (Pelham Water Board), with two contact roles.
const B_ID = '0068V00000kP9sTQAS';
const B_CONTACTS = ['salesforce:0038V00001bZk9PQAS', 'salesforce:0038V00001bZm2CQAS'];
const A_CONTACTS = LIGHTNING.contacts.map((c) => `salesforce:${c.id}`);


/** What Lightning does on an in-app navigation: a new address, and another page host made active. */
async function navigateInApp(page: Page, opportunityId: string) {
  await page.evaluate((id) => {
    history.pushState({}, '', `/lightning/r/Opportunity/${id}/view`);
    const hosts = [...document.querySelectorAll('.oneContent.lafPageHost')];
    for (const host of hosts) host.classList.remove('active');
    const target = hosts.find((host) => host.querySelector(`a[href*="/lightning/r/Opportunity/${id}/related/OpportunityContactRoles/view"]`));
    target?.classList.add('active');
  }, opportunityId);
}

/** The badges a rep can see: inside the active page host. */
const visibleBadges = (page: Page) =>
  page.$$eval('.oneContent.active [data-coach-network="badge"]', (hosts) => hosts.map((h) => h.getAttribute('data-contact-key')));

describe.each([
  ['Chromium', () => launchChromium()],
  ['Firefox ESR', () => launchFirefox()],
])('%s, navigation between opportunities without a page load', (_name, launch) => {
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

  test('A → B → A: the badges on screen belong to the deal on screen', async () => {
    const { page, consoleErrors } = await openCrmPage(browser, server, LIGHTNING.url);
    await waitForBadgeCount(page, A_CONTACTS.length);
    expect(await visibleBadges(page)).toEqual(A_CONTACTS);

    await navigateInApp(page, B_ID);
    await page.waitForFunction((n) => document.querySelectorAll('.oneContent.active [data-coach-network="badge"]').length === n, { timeout: 10_000 }, B_CONTACTS.length);
    expect(await visibleBadges(page)).toEqual(B_CONTACTS);
    // A's hidden page host, which the CRM keeps to show A again, holds nothing of ours any more.
    expect(await page.$$eval('[data-coach-network]', (hosts) => hosts.filter((h) => !h.closest('.oneContent.active')).length)).toBe(0);

    await navigateInApp(page, new URL(LIGHTNING.url).pathname.split('/')[4]!);
    await page.waitForFunction((n) => document.querySelectorAll('.oneContent.active [data-coach-network="badge"]').length === n, { timeout: 10_000 }, A_CONTACTS.length);
    expect(await visibleBadges(page)).toEqual(A_CONTACTS);
    // Exactly one badge per contact link on screen, however often the rep went back and forth.
    expect(await page.$$eval('[data-coach-network="badge"]', (hosts) => hosts.length)).toBe(A_CONTACTS.length);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
