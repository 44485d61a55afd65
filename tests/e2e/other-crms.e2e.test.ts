/**
 * Every CRM a rep opens, at its real address, in both browsers: the content script recognises the
 * page, reads its contacts and puts exactly one badge beside each, and nowhere else.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'puppeteer-core';
import type { CrmServer } from '../../scripts/crm-server.mjs';
import { launchChromium, launchFirefox } from '../../scripts/browsers.mjs';
import { expectedFixture, openCrmPage, OTHER_CRMS, requestedHosts, startFixtureServer, waitForBadgeCount } from './helpers';

/** The record key each CRM's adapter gives a contact of that fixture. */
function contactKey(fixture: (typeof OTHER_CRMS)[number], id: string): string {
  if (fixture === 'hubspot-deal.html') {
    const portal = new URL(expectedFixture(fixture).url).pathname.split('/')[2];
    return `hubspot:${portal}-${id}`;
  }
  if (fixture === 'dynamics-opportunity.html') {
    const org = new URL(expectedFixture(fixture).url).hostname.split('.')[0];
    return `dynamics:${org}-${id.replace(/[{}]/g, '').toLowerCase()}`;
  }
  return `salesforce:${id}`;
}

describe.each([
  ['Chromium', () => launchChromium()],
  ['Firefox ESR', () => launchFirefox()],
])('%s', (_name, launch) => {
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

  test.each(OTHER_CRMS)('%s: one badge beside each contact, and nowhere else', async (fixture) => {
    const expected = expectedFixture(fixture);
    const { page } = await openCrmPage(browser, server, expected.url);
    await waitForBadgeCount(page, expected.contacts.length);
    const keys = await page.$$eval('[data-coach-network="badge"]', (hosts) => hosts.map((h) => h.getAttribute('data-contact-key')));
    expect(keys).toEqual(expected.contacts.map((c) => contactKey(fixture, c.id)));
    // Each badge stands right after a link (the contact's name), as the adapters anchor it.
    expect(await page.$$eval('[data-coach-network="badge"]', (hosts) => hosts.every((h) => h.previousElementSibling?.tagName === 'A'))).toBe(true);
    await page.close();
  });

  test('the pages made no request to any host but their own', () => {
    const own = OTHER_CRMS.map((f) => new URL(expectedFixture(f).url).hostname);
    expect(requestedHosts(server).filter((host) => !own.includes(host))).toEqual([]);
  });
});
