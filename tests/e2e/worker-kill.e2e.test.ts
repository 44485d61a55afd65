/**
 * Worker kills (issue 7), in Chromium. MV3 stops the service worker whenever it likes; the next
 * message starts a fresh one that knows only what is in storage. So:
 * - the rep's path (the page read, tags from the in-page tagger, the content script and the popup,
 *   a sponsor flag, a reload of the page) with the worker stopped after every step ends in exactly
 *   the state of the same path run without a stop;
 * - five tabs of one deal sending 50 tag writes each at once, with the worker stopped in the middle
 *   of the burst, end with exactly the 250 tags written. A write the stop cut off fails at its
 *   sender, who sends it again (as the rep does when the tagger says it could not save); none may
 *   be lost once answered, none may land twice or on the wrong contact. `npm run test:stress` runs
 *   the burst 20 times (COACH_NETWORK_BURST_RUNS).
 * Nothing here attaches DevTools to the worker: an attached session keeps a stopped worker from
 * starting again (see helpers.ts).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startCrmServer, type CrmServer } from '../../scripts/crm-server.mjs';
import { launchChromium } from '../../scripts/browsers.mjs';
import { crowdedOpportunity, recordUrl } from '../fixtures/hostile/generate.mjs';
import { CRITERIA } from '../../src/domain/criteria';
import { dealSchema } from '../../src/domain/network';
import {
  contentScriptWorld, extensionIdOf, FIXTURES, LIGHTNING, openCrmPage, openExtensionStorage, openPopupFromToolbar,
  recordRequests, stopServiceWorker, waitForBadgeCount, waitForBadgeStatus,
} from './helpers';

const [PRIYA, COLM] = LIGHTNING.contacts.map((c) => `salesforce:${c.id}`) as [string, string];
const LIGHTNING_DEAL = 'salesforce:0068V00000kQ3wZQAS';
/** 84 contacts × 3 criteria: room for 250 distinct tags on one deal. */
const BURST_DEAL_ID = '0060000000burstAAA';
const BURST_CONTACTS = 84;
const TABS = 5;
const WRITES_PER_TAB = 50;
const BURST_RUNS = Number(process.env.COACH_NETWORK_BURST_RUNS ?? 1);

let workDir: string;
let server: CrmServer;
let browser: Browser;
let network: Awaited<ReturnType<typeof recordRequests>>;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'coach-network-worker-kill-'));
  const burstFile = path.join(workDir, 'burst.html');
  await writeFile(burstFile, crowdedOpportunity(BURST_CONTACTS, BURST_DEAL_ID));
  server = await startCrmServer({
    pages: {
      [new URL(LIGHTNING.url).pathname]: path.join(FIXTURES, 'salesforce-lightning-opportunity.html'),
      [new URL(recordUrl(BURST_DEAL_ID)).pathname]: burstFile,
    },
  });
  browser = await launchChromium();
  network = await recordRequests(browser, server);
  // Known from now on, also while the worker is stopped.
  await extensionIdOf(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(workDir, { recursive: true, force: true });
});

const criterionSet = (contactKey: string, criterion: string, value: string) =>
  `chrome.runtime.sendMessage(${JSON.stringify({ type: 'criterion/set', dealKey: LIGHTNING_DEAL, contactKey, criterion, value })})`;

/** One step of the rep's path, through the surface a rep uses, and how the test knows it is done. */
interface Step {
  name: string;
  run(page: Page): Promise<void>;
}

async function inPopup(page: Page, act: (popup: Page) => Promise<void>): Promise<void> {
  const popup = await openPopupFromToolbar(browser, page);
  await popup.waitForSelector('[data-contact-key]');
  await act(popup);
  await popup.close();
}

const PATH: Step[] = [
  {
    name: 'in-page tagger: Priya wants our solution (key 1)',
    async run(page) {
      await page.click(`[data-coach-network="badge"][data-contact-key="${PRIYA}"]`);
      await page.waitForSelector('[data-coach-network="tagger"]');
      await page.keyboard.press('1');
      await waitForBadgeStatus(page, PRIYA, 'developing');
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'content script: Priya has credibility',
    async run(page) {
      const world = await contentScriptWorld(page, await extensionIdOf(browser));
      await world.evaluate(criterionSet(PRIYA, 'hasCredibility', 'yes'));
      await world.detach();
    },
  },
  {
    name: 'popup: Priya is willing to guide',
    async run(page) {
      await inPopup(page, async (popup) => {
        await popup.click(`[data-contact-key="${PRIYA}"] [data-criterion="willingToGuide"][data-value="yes"]`);
        await waitForBadgeStatus(page, PRIYA, 'coach');
      });
    },
  },
  {
    name: 'popup: Colm is a sponsor',
    async run(page) {
      await inPopup(page, async (popup) => {
        await popup.click(`[data-contact-key="${COLM}"] [data-action="sponsor"]`);
        await popup.waitForSelector(`[data-contact-key="${COLM}"] [data-action="sponsor"][aria-pressed="true"]`);
      });
    },
  },
  {
    name: 'content script: Colm wants our solution',
    async run(page) {
      const world = await contentScriptWorld(page, await extensionIdOf(browser));
      await world.evaluate(criterionSet(COLM, 'wantsOurSolution', 'yes'));
      await world.detach();
      await waitForBadgeStatus(page, COLM, 'developing');
    },
  },
  {
    name: 'the page is loaded again',
    async run(page) {
      await page.reload({ waitUntil: 'load' });
      await waitForBadgeCount(page, LIGHTNING.contacts.length);
      await waitForBadgeStatus(page, PRIYA, 'coach');
    },
  },
  {
    name: 'popup: Colm has no credibility',
    async run(page) {
      await inPopup(page, async (popup) => {
        await popup.click(`[data-contact-key="${COLM}"] [data-criterion="hasCredibility"][data-value="no"]`);
        await popup.waitForSelector(`[data-contact-key="${COLM}"] [data-criterion="hasCredibility"][data-value="no"][aria-pressed="true"]`);
      });
    },
  },
];

/** Everything stored, with the moments things happened taken out (two runs happen at different times). */
async function storedState(): Promise<{ local: string; session: string[] }> {
  const storage = await openExtensionStorage(browser);
  const timeless = (value: unknown) => JSON.stringify(value).replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>');
  const local = timeless(await storage.read('local'));
  // Tab ids differ between runs; what each tab shows must not.
  const session = Object.values(await storage.read('session')).map(timeless).sort();
  await storage.close();
  return { local, session };
}

async function runPath({ stopWorkerAfterEachStep }: { stopWorkerAfterEachStep: boolean }) {
  const storage = await openExtensionStorage(browser);
  await storage.clear();
  await storage.close();
  const { page, consoleErrors } = await openCrmPage(browser, server, LIGHTNING.url);
  await waitForBadgeCount(page, LIGHTNING.contacts.length);
  for (const step of PATH) {
    if (stopWorkerAfterEachStep) await stopServiceWorker(page);
    await step.run(page);
  }
  if (stopWorkerAfterEachStep) await stopServiceWorker(page);
  // Settled: the last change has reached the page (one yes and one no make a friendly contact).
  await waitForBadgeStatus(page, COLM, 'friendly');
  const state = await storedState();
  await page.close();
  return { state, consoleErrors };
}

describe('Chromium, the service worker stopped under the rep', () => {
  test(`the rep's path with the worker stopped before each of its ${PATH.length} steps ends exactly as without a stop`, async () => {
    const uninterrupted = await runPath({ stopWorkerAfterEachStep: false });
    const interrupted = await runPath({ stopWorkerAfterEachStep: true });
    expect(uninterrupted.state.local).toContain('"sponsor":true');
    expect(interrupted.state).toEqual(uninterrupted.state);
    expect([...uninterrupted.consoleErrors, ...interrupted.consoleErrors]).toEqual([]);
  }, 120_000);

  test(`${TABS} tabs × ${WRITES_PER_TAB} concurrent tag writes, the worker stopped mid-burst: exactly ${TABS * WRITES_PER_TAB} tags, ${BURST_RUNS} run(s) out of ${BURST_RUNS}`, async () => {
    const extensionId = await extensionIdOf(browser);
    const burstUrl = recordUrl(BURST_DEAL_ID);
    const tabs: Array<{ page: Page; consoleErrors: string[]; world: Awaited<ReturnType<typeof contentScriptWorld>> }> = [];
    for (let i = 0; i < TABS; i++) {
      const { page, consoleErrors } = await openCrmPage(browser, server, burstUrl);
      await waitForBadgeCount(page, BURST_CONTACTS);
      tabs.push({ page, consoleErrors, world: await contentScriptWorld(page, extensionId) });
    }
    const dealKey = `salesforce:${BURST_DEAL_ID}`;
    /** Tag n of the burst: contact n mod 84, criterion ⌊n / 84⌋, so the 250 tags are 250 different slots. */
    const slot = (n: number) => ({ contactKey: `salesforce:003000000${(n % BURST_CONTACTS).toString(36).padStart(6, '0')}AAA`, criterion: CRITERIA[Math.floor(n / BURST_CONTACTS)]! });
    const storage = await openExtensionStorage(browser);

    for (let run = 0; run < BURST_RUNS; run++) {
      // Each run flips every slot, so a write lost in this run shows as a slot left at the last run's value.
      const value = run % 2 === 0 ? 'yes' : 'no';
      const startedAt = Date.now();
      const bursts = tabs.map(({ world }, tab) => {
        const requests = Array.from({ length: WRITES_PER_TAB }, (_, j) => ({ type: 'criterion/set', dealKey, ...slot(tab * WRITES_PER_TAB + j), value }));
        // In the content script's world: all 50 at once; a write whose answer the stop cut off is
        // sent again (setting a criterion to a value is idempotent); a refusal is a failure.
        return world.evaluate<{ answered: number; resent: number; refused: string[] }>(`(async () => {
          const progress = globalThis.burstProgress = { answered: 0, resent: 0, refused: [] };
          const deadline = Date.now() + 90000;
          await Promise.all(${JSON.stringify(requests)}.map(async (request) => {
            while (Date.now() < deadline) {
              const reply = await chrome.runtime.sendMessage(request).catch(() => undefined);
              if (reply && reply.ok) return void progress.answered++;
              if (reply && reply.ok === false) return void progress.refused.push(reply.error);
              progress.resent++;
              await new Promise((resolve) => setTimeout(resolve, 50));
            }
          }));
          return progress;
        })()`);
      });
      // Mid-burst, after a different number of answers each run.
      const stopAfter = 25 + ((run * 53) % 200);
      const answered = async () =>
        (await Promise.all(tabs.map(({ world }) => world.evaluate<number>('globalThis.burstProgress?.answered ?? 0')))).reduce((a, b) => a + b, 0);
      let answeredBeforeStop = await answered();
      while (answeredBeforeStop < stopAfter) answeredBeforeStop = await answered();
      await stopServiceWorker(tabs[0]!.page);
      const results = await Promise.all(bursts);

      const stored = await storage.read();
      const deal = dealSchema.parse(stored[`deal:${dealKey}`]);
      const tagged = Object.values(deal.contacts).flatMap((contact) => CRITERIA.filter((criterion) => contact.criteria[criterion].value === value).map((criterion) => `${contact.page.key} ${criterion}`));
      const expected = Array.from({ length: TABS * WRITES_PER_TAB }, (_, n) => `${slot(n).contactKey} ${slot(n).criterion}`);
      console.info(
        `burst run ${run + 1}/${BURST_RUNS}: stopped after ${answeredBeforeStop} of ${TABS * WRITES_PER_TAB} answers, ` +
          `${results.reduce((sum, r) => sum + r.resent, 0)} writes sent again, ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
      );
      expect(results.flatMap((r) => r.refused)).toEqual([]);
      expect(results.reduce((sum, r) => sum + r.answered, 0)).toBe(TABS * WRITES_PER_TAB);
      // The stop came while writes were still in flight.
      expect(results.reduce((sum, r) => sum + r.resent, 0)).toBeGreaterThan(0);
      expect(tagged.sort()).toEqual(expected.sort());
      expect(Object.keys(stored).filter((key) => key.startsWith('quarantine:'))).toEqual([]);
    }
    await storage.close();
    for (const { page, world, consoleErrors } of tabs) {
      await world.detach();
      expect(consoleErrors).toEqual([]);
      await page.close();
    }
  }, 60_000 + BURST_RUNS * 120_000);

  test('the extension made no request of its own', () => {
    expect(network.beyondPageLoads()).toEqual([]);
  });
});
