/**
 * Lightning components that opted into native shadow DOM can render the Contact Roles rows inside a
 * closed shadow root, out of `element.shadowRoot`'s reach. In both browsers the content script
 * reads them through its own door (Chrome's chrome.dom, Firefox's openOrClosedShadowRoot), puts
 * the badges beside them inside that root, and sees rows change there.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import type { CrmServer } from '../../scripts/crm-server.mjs';
import { launchChromium, launchFirefox } from '../../scripts/browsers.mjs';
import { atPort, LIGHTNING, startFixtureServer } from './helpers';

const A_CONTACTS = LIGHTNING.contacts.map((c) => `salesforce:${c.id}`);
/** A contact of the hidden cached opportunity B, whose row the test moves into A's closed list. */
const B_CONTACT = 'salesforce:0038V00001bZk9PQAS';

/**
 * Runs in the page before its scripts: when the document is parsed, the active Contact Roles
 * datatable moves its rows into a closed shadow root, as a native-shadow component would render
 * them. The page (not the test) keeps the only reference, as `window.closedContactRoles`.
 */
function closeContactRolesOnLoad() {
  document.addEventListener('DOMContentLoaded', () => {
    const link = document.querySelector('.oneContent.active a[href*="/related/OpportunityContactRoles/view"]');
    const table = link?.closest('article')?.querySelector('lst-customized-datatable');
    if (!table) return;
    const children = [...table.childNodes];
    const root = table.attachShadow({ mode: 'closed' });
    root.append(...children);
    (window as unknown as { closedContactRoles: ShadowRoot }).closedContactRoles = root;
  });
}

/** Badge keys inside the closed root, and how many badges stand anywhere outside it. */
function badgesIn(page: Page) {
  return page.evaluate(() => {
    const root = (window as unknown as { closedContactRoles?: ShadowRoot }).closedContactRoles;
    return {
      inside: root ? [...root.querySelectorAll('[data-coach-network="badge"]')].map((h) => h.getAttribute('data-contact-key')) : null,
      outside: document.querySelectorAll('[data-coach-network="badge"]').length,
    };
  });
}

describe.each([
  ['Chromium', () => launchChromium()],
  ['Firefox ESR', () => launchFirefox()],
])('%s: contacts inside a closed shadow root', (_name, launch) => {
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

  test('get their badges inside the root, and rows added there later get theirs', async () => {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(closeContactRolesOnLoad);
    await page.goto(atPort(LIGHTNING.url, server.port), { waitUntil: 'load' });
    await page.waitForFunction(
      (n) => (window as unknown as { closedContactRoles?: ShadowRoot }).closedContactRoles?.querySelectorAll('[data-coach-network="badge"]').length === n,
      { timeout: 20_000 },
      A_CONTACTS.length,
    );
    expect(await badgesIn(page)).toEqual({ inside: A_CONTACTS, outside: 0 });

    // The list re-renders inside the root (a row arrives): only a watcher of the root sees it.
    await page.evaluate((contactId) => {
      const root = (window as unknown as { closedContactRoles: ShadowRoot }).closedContactRoles;
      const row = document.querySelector(`tr[data-row-key-value]:has(a[data-recordid="${contactId}"])`);
      root.querySelector('tbody')?.append(row!.cloneNode(true));
    }, B_CONTACT.split(':')[1]!);
    await page.waitForFunction(
      (n) => (window as unknown as { closedContactRoles: ShadowRoot }).closedContactRoles.querySelectorAll('[data-coach-network="badge"]').length === n,
      { timeout: 10_000 },
      A_CONTACTS.length + 1,
    );
    expect((await badgesIn(page)).inside).toEqual([...A_CONTACTS, B_CONTACT]);
    await page.close();
  });
});
