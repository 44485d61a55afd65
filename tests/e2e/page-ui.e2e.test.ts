/**
 * The page's own UI in real Chromium on the Lightning fixture: the badge's hover card and in-page
 * tagger (tagging without leaving the CRM), the strip opening the popup, and the CRM's layout left
 * exactly where it was while our overlays are open.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CrmServer } from '../../scripts/crm-server.mjs';
import { launchChromium } from '../../scripts/browsers.mjs';
import { LIGHTNING, openCrmPage, shadowTexts, startFixtureServer, waitForBadgeCount, waitForBadgeStatus } from './helpers';

const [PRIYA] = LIGHTNING.contacts.map((c) => `salesforce:${c.id}`) as [string];
const badgeSelector = (key: string) => `[data-coach-network="badge"][data-contact-key="${key}"]`;

let server: CrmServer;
let browser: Browser;
let userDataDir: string;

beforeAll(async () => {
  server = await startFixtureServer();
  userDataDir = await mkdtemp(path.join(os.tmpdir(), 'coach-network-page-ui-'));
  browser = await launchChromium({ userDataDir });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(userDataDir, { recursive: true, force: true });
});

interface OverlayState {
  hidden: boolean;
  position: string;
  background: string;
  /** Border box in the viewport: x, y, width, height. */
  box: [number, number, number, number] | null;
}

/**
 * An element inside one of our closed roots, read through DevTools (page scripts can't enter a
 * closed root; CDP's pierce can): whether it is hidden, its computed position and its box.
 */
async function overlay(page: Page, kind: string, className: string, key?: string): Promise<OverlayState | null> {
  const client = await page.createCDPSession();
  try {
    await client.send('DOM.enable');
    await client.send('CSS.enable');
    const { root } = await client.send('DOM.getDocument', { depth: -1, pierce: true });
    type Node = typeof root;
    const attr = (node: Node, name: string) => {
      const list = node.attributes ?? [];
      for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1] ?? null;
      return null;
    };
    const find = (node: Node, test: (n: Node) => boolean): Node | null => {
      if (test(node)) return node;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const hit = find(child, test);
        if (hit) return hit;
      }
      return null;
    };
    const host = find(root, (n) => attr(n, 'data-coach-network') === kind && (key === undefined || attr(n, 'data-contact-key') === key));
    const target = host && find(host, (n) => (attr(n, 'class') ?? '').split(' ').includes(className));
    if (!target) return null;
    const { computedStyle } = await client.send('CSS.getComputedStyleForNode', { nodeId: target.nodeId });
    const style = (name: string) => computedStyle.find((p) => p.name === name)?.value ?? '';
    const hidden = attr(target, 'hidden') !== null || style('display') === 'none';
    const box = hidden ? null : (await client.send('DOM.getBoxModel', { nodeId: target.nodeId })).model.border;
    return { hidden, position: style('position'), background: style('background-color'), box: box ? [box[0]!, box[1]!, box[2]! - box[0]!, box[5]! - box[1]!] : null };
  } finally {
    await client.detach();
  }
}

/** Where the CRM's own Contact Roles card and record header sit: must not move while we show overlays. */
const layoutOf = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('article, h1')].slice(0, 12).map((e) => {
      const r = e.getBoundingClientRect();
      return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
    }),
  );

describe('Chromium, the page UI on Salesforce Lightning', () => {
  test('hover shows the card; a click opens the tagger; 1, 2, 3 make a Coach; Esc gives the focus back', async () => {
    const { page, consoleErrors } = await openCrmPage(browser, server, LIGHTNING.url);
    await waitForBadgeCount(page, LIGHTNING.contacts.length);
    await page.waitForSelector('[data-coach-network="strip"]', { timeout: 10_000 });
    const before = await layoutOf(page);

    await page.hover(badgeSelector(PRIYA));
    const card = await overlay(page, 'badge', 'card', PRIYA);
    expect(card?.hidden).toBe(false);
    expect(card?.position).toBe('fixed');
    expect(card?.box?.[2]).toBeGreaterThan(100);
    expect(await layoutOf(page)).toEqual(before);

    await page.click(badgeSelector(PRIYA));
    await page.waitForSelector('[data-coach-network="tagger"]', { timeout: 5_000 });
    const dialog = await overlay(page, 'tagger', 'tagger');
    expect(dialog?.position).toBe('fixed');
    // Beside the badge, inside the window.
    const badgeBox = await page.$eval(badgeSelector(PRIYA), (h) => h.getBoundingClientRect().toJSON() as DOMRect);
    expect(Math.abs((dialog?.box?.[0] ?? -999) - badgeBox.left)).toBeLessThan(400);
    expect(dialog?.box?.[1]).toBeGreaterThanOrEqual(0);
    expect(await layoutOf(page)).toEqual(before);
    const [tagger] = await shadowTexts(page, 'tagger');
    expect(tagger?.text).toContain(LIGHTNING.contacts[0]!.name);

    // The focus is in the tagger: the keys cycle the three criteria from unknown to yes.
    for (const key of ['1', '2', '3'] as const) await page.keyboard.press(key);
    await waitForBadgeStatus(page, PRIYA, 'coach');
    expect((await shadowTexts(page, 'badge')).find((b) => b.key === PRIYA)?.text).toBe('Coach');
    expect(await page.$$('[data-coach-network="tagger"]')).toHaveLength(1);
    // The badge and the verdict have new words now, which may reflow the page; closing must not.
    const tagged = await layoutOf(page);

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-coach-network="tagger"]'), { timeout: 5_000 });
    expect(await page.evaluate((k) => document.activeElement?.getAttribute('data-contact-key') === k, PRIYA)).toBe(true);
    expect(await layoutOf(page)).toEqual(tagged);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  test('a click outside closes the tagger', async () => {
    const { page } = await openCrmPage(browser, server, LIGHTNING.url);
    await waitForBadgeCount(page, LIGHTNING.contacts.length);
    await page.click(badgeSelector(PRIYA));
    await page.waitForSelector('[data-coach-network="tagger"]', { timeout: 5_000 });
    await page.mouse.click(5, 500);
    await page.waitForFunction(() => !document.querySelector('[data-coach-network="tagger"]'), { timeout: 5_000 });
    // Focus goes back to the badge the tagger belonged to, once the browser has handled the click.
    await page.waitForFunction((k) => document.activeElement?.getAttribute('data-contact-key') === k, { timeout: 2_000 }, PRIYA);
    await page.close();
  });

  test('the strip follows dark mode, and a click on it opens the popup for this deal', async () => {
    const { page, consoleErrors } = await openCrmPage(browser, server, LIGHTNING.url);
    await page.waitForSelector('[data-coach-network="strip"]', { timeout: 20_000 });
    const light = await overlay(page, 'strip', 'strip');
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const dark = await overlay(page, 'strip', 'strip');
    expect(light?.background).toBe('rgb(255, 255, 255)');
    expect(dark?.background).not.toBe(light?.background);
    // Same box in both schemes: only colours change.
    expect(dark?.box).toEqual(light?.box);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);

    await page.bringToFront();
    const popupOpened = browser.waitForTarget((t) => t.url().includes('popup.html'), { timeout: 10_000 });
    await page.click('[data-coach-network="strip"]');
    const popup = await (await popupOpened).asPage();
    await popup.waitForSelector('[data-contact-key]', { timeout: 10_000 });
    expect(await popup.$eval('body', (b) => b.textContent ?? '')).toContain(LIGHTNING.contacts[0]!.name);
    expect(consoleErrors).toEqual([]);
    await popup.close();
    await page.close();
  });
});
