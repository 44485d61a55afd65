/**
 * The three Chromiums the page figures compare, launched alike by scripts/browsers.mjs (same flags,
 * same host mapping, same fresh profile) and then given the extension each one measures:
 * - `extension`: the build under test;
 * - `baseline`: the same browser with the extension uninstalled, so the page runs exactly as a
 *   rep's page would without us (the uninstalled one never injects, and no other extension exists);
 * - `control`: the positive control, the build whose content script busy-waits 20 ms at start.
 * Each loads its build from a snapshot copied when the run started: other engineers rebuild
 * dist/ in this working tree while the benchmark runs, and the popup is read from disk on each open.
 */
import type { Browser, CDPSession, Page } from 'puppeteer-core';
import { launchChromium } from '../../scripts/browsers.mjs';
import type { CrmServer } from '../../scripts/crm-server.mjs';
import { atPort, extensionId } from '../e2e/helpers';
import { sleep } from './stats';

export type Setup = 'extension' | 'baseline' | 'control';

export interface BenchBrowser {
  setup: Setup;
  browser: Browser;
  /** The id of the extension this browser runs, or null for the baseline. */
  extensionId: string | null;
}

/**
 * launchChromium loads dist/chrome, which a build elsewhere in this working tree may be rewriting at
 * that moment ("File path cannot be resolved"): a few tries, a few seconds apart.
 */
async function launchWhileDistSettles(tries = 5): Promise<Browser> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await launchChromium();
    } catch (error) {
      if (attempt >= tries) throw error;
      await sleep(3000);
    }
  }
}

/** Launches one browser and swaps the extension launchChromium loaded for `extensionDir` (none: baseline). */
export async function launchBenchBrowser(setup: Setup, extensionDir: string | null): Promise<BenchBrowser> {
  const browser = await launchWhileDistSettles();
  await browser.uninstallExtension(await extensionId(browser));
  const id = extensionDir ? await browser.installExtension(extensionDir) : null;
  return { setup, browser, extensionId: id };
}

/**
 * The main-thread metrics of `Performance.getMetrics`, in ms, in two clocks: `cpu` is the renderer
 * main thread's own CPU time (threadTicks: what the page's work costs, unaffected by other
 * processes taking the shared cores), `wall` the same tasks in wall time (what a rep waits for,
 * inflated whenever the machine is busy).
 */
export interface MainThreadMetrics {
  cpu: Record<string, number>;
  wall: Record<string, number>;
}

/** A tab with both clocks of the Performance domain on: one CDP session per time domain. */
export interface MeteredPage {
  page: Page;
  metrics(): Promise<MainThreadMetrics>;
  close(): Promise<void>;
}

async function performanceSession(page: Page, timeDomain: 'threadTicks' | 'timeTicks'): Promise<CDPSession> {
  const session = await page.createCDPSession();
  await session.send('Performance.enable', { timeDomain });
  return session;
}

async function readMetrics(session: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await session.send('Performance.getMetrics');
  // Durations come in seconds; counts (Nodes, JSHeapUsedSize …) are kept as they are.
  return Object.fromEntries(metrics.map(({ name, value }) => [name, name.endsWith('Duration') ? value * 1000 : value]));
}

/** Opens a tab metered from before its first navigation. */
export async function meteredPage(browser: Browser): Promise<MeteredPage> {
  const page = await browser.newPage();
  const [cpu, wall] = await Promise.all([performanceSession(page, 'threadTicks'), performanceSession(page, 'timeTicks')]);
  return {
    page,
    metrics: async () => {
      const [cpuMetrics, wallMetrics] = await Promise.all([readMetrics(cpu), readMetrics(wall)]);
      return { cpu: cpuMetrics, wall: wallMetrics };
    },
    close: () => page.close(),
  };
}

/** Badge hosts the content script has put on the page, counted from the page itself. */
export const badgeCount = (page: Page) => page.$$eval('[data-coach-network="badge"]', (hosts) => hosts.length);

/**
 * Opens `url` in a fresh metered tab and leaves it alone for `quietMs` after `load`, long enough
 * for the badges to be there. Every setup waits the same fixed time, so none pays for polling the
 * others don't; a page whose badges are not all there by then is given more quiet periods (and the
 * metrics are read after the last). Resolves with the tab still open, metrics read once settled.
 */
export async function openSettled(
  bench: BenchBrowser,
  server: CrmServer,
  url: string,
  { quietMs, expectedBadges }: { quietMs: number; expectedBadges: number },
): Promise<{ metered: MeteredPage; metrics: MainThreadMetrics }> {
  const metered = await meteredPage(bench.browser);
  try {
    await metered.page.goto(atPort(url, server.port), { waitUntil: 'load' });
    const metrics = await settled(bench, metered, { quietMs, expectedBadges, what: url });
    return { metered, metrics };
  } catch (error) {
    await metered.close();
    throw error;
  }
}

/** Waits `quietMs`, then more quiet periods until the page shows the badges it should (none without the extension). */
export async function settled(
  bench: BenchBrowser,
  metered: MeteredPage,
  { quietMs, expectedBadges, what }: { quietMs: number; expectedBadges: number; what: string },
): Promise<MainThreadMetrics> {
  const expected = bench.extensionId ? expectedBadges : 0;
  for (let waited = 0; ; waited += quietMs) {
    await sleep(quietMs);
    // Metrics first: the count below is the harness's own script, not the page's.
    const metrics = await metered.metrics();
    const badges = await badgeCount(metered.page);
    if (badges === expected) return metrics;
    if (waited > 15_000) throw new Error(`${bench.setup}: ${badges} badges on ${what}, expected ${expected}`);
  }
}

/** Figure 1's unit: one page load in a fresh tab, its metrics once settled. */
export async function measuredLoad(
  bench: BenchBrowser,
  server: CrmServer,
  url: string,
  options: { quietMs: number; expectedBadges: number },
): Promise<MainThreadMetrics> {
  const { metered, metrics } = await openSettled(bench, server, url, options);
  await metered.close();
  return metrics;
}
