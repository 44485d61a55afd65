/**
 * Figure 3: a long-lived Lightning tab. Churn: the Contact Roles list (200 rows) is re-rendered 20
 * times, as Lightning's datatable does on refresh, sort or inline edit: every row element replaced.
 * Each batch runs in the extension's and the baseline's tab (alternating which goes first); our
 * processing per batch is the difference of the main-thread time the batch cost in each.
 * Navigation: 20 in-app navigations to new opportunities; the heap after a full GC, before and after.
 */
import type { CDPSession } from 'puppeteer-core';
import type { CrmServer } from '../../scripts/crm-server.mjs';
import { openSettled, settled, type BenchBrowser, type MainThreadMetrics, type MeteredPage } from './bench-browsers';
import { benchOpportunityId, contactRowsHtml, pageHostRenderer, type GeneratedPage } from './lightning-page';
import { activeBadgeCount, navigateInApp } from './page-scripts';
import { percentile, sleep } from './stats';

export interface ChurnResult {
  batches: number;
  rows: number;
  /** Per batch, extension − baseline, ms (main-thread CPU time, and wall time). */
  taskCpu: { p50Ms: number; p95Ms: number };
  taskWall: { p50Ms: number; p95Ms: number };
  scriptCpu: { p50Ms: number; p95Ms: number };
  /** The page's own cost of one batch (baseline), for scale. */
  pageTaskCpuP50Ms: number;
}

const delta = (after: MainThreadMetrics, before: MainThreadMetrics, clock: keyof MainThreadMetrics, metric: string) =>
  (after[clock][metric] ?? 0) - (before[clock][metric] ?? 0);

export async function measureChurn(
  browsers: readonly BenchBrowser[],
  server: CrmServer,
  page: GeneratedPage,
  { batches, quietMs }: { batches: number; quietMs: number },
): Promise<ChurnResult> {
  const rows = page.contactKeys.length;
  const tabs = new Map<BenchBrowser, { metered: MeteredPage; metrics: MainThreadMetrics }>();
  for (const bench of browsers) tabs.set(bench, await openSettled(bench, server, page.url, { quietMs, expectedBadges: rows }));
  // The same contacts in new row elements: what a refresh renders.
  const html = contactRowsHtml(0, rows);
  const costs = new Map<BenchBrowser, MainThreadMetrics[]>(browsers.map((b) => [b, []]));
  try {
    for (let batch = 0; batch < batches; batch++) {
      const order = batch % 2 === 0 ? browsers : [...browsers].reverse();
      for (const bench of order) {
        const tab = tabs.get(bench)!;
        await tab.metered.page.evaluate(
          (rowsHtml) => {
            const card = document.querySelector('.oneContent.active a[href*="/related/OpportunityContactRoles/view"]')?.closest('article');
            const tbody = card?.querySelector('tr[data-row-key-value]')?.parentElement;
            if (!tbody) throw new Error('no Contact Roles rows on the page');
            tbody.innerHTML = rowsHtml;
          },
          html,
        );
        const after = await settled(bench, tab.metered, { quietMs, expectedBadges: rows, what: `churn batch ${batch}` });
        const before = tab.metrics;
        costs.get(bench)!.push({
          cpu: { TaskDuration: delta(after, before, 'cpu', 'TaskDuration'), ScriptDuration: delta(after, before, 'cpu', 'ScriptDuration') },
          wall: { TaskDuration: delta(after, before, 'wall', 'TaskDuration') },
        });
        tab.metrics = after;
      }
    }
  } finally {
    for (const { metered } of tabs.values()) await metered.close();
  }
  const extension = costs.get(browsers.find((b) => b.setup === 'extension')!)!;
  const baseline = costs.get(browsers.find((b) => b.setup === 'baseline')!)!;
  const ours = (clock: keyof MainThreadMetrics, metric: string) => {
    const samples = extension.map((cost, i) => (cost[clock][metric] ?? 0) - (baseline[i]![clock][metric] ?? 0));
    return { p50Ms: percentile(samples, 50), p95Ms: percentile(samples, 95) };
  };
  return {
    batches,
    rows,
    taskCpu: ours('cpu', 'TaskDuration'),
    taskWall: ours('wall', 'TaskDuration'),
    scriptCpu: ours('cpu', 'ScriptDuration'),
    pageTaskCpuP50Ms: percentile(baseline.map((cost) => cost.cpu.TaskDuration ?? 0), 50),
  };
}

export interface HeapResult {
  navigations: number;
  /** Navigations before the first reading (WARM_UP_NAVIGATIONS). */
  warmUpNavigations: number;
  /** Heap growth (V8 heap + DOM, after a full GC) over the navigations, bytes, per setup. */
  extensionBytes: number;
  baselineBytes: number;
}

/** Views of records left that the generated page keeps hidden, as Lightning does. */
const CACHED_HOSTS = 3;
/**
 * Navigations before the first heap reading: the page's cache of views fills (CACHED_HOSTS of
 * them, with or without us) and the heap right after a load varies by ~2 MB from load to load
 * (Blink's leftover layout data), so growth counted from the load measured those, not what 20
 * navigations add (measured: ±0.8 MB between runs of the same build).
 */
const WARM_UP_NAVIGATIONS = CACHED_HOSTS + 1;

/** What the renderer holds after a full GC: the JavaScript heap of every world, plus the DOM (Blink's heap). */
async function heapAfterGc(session: CDPSession): Promise<number> {
  // Twice: the first collection's finalizers free more for the second.
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const usage = (await session.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
  return usage.usedSize + (usage.embedderHeapUsedSize ?? 0);
}

export async function measureNavigationHeap(
  browsers: readonly BenchBrowser[],
  server: CrmServer,
  page: GeneratedPage,
  { navigations, quietMs, firstOpportunity }: { navigations: number; quietMs: number; firstOpportunity: number },
): Promise<HeapResult> {
  const growth = new Map<BenchBrowser, number>();
  const pageHost = pageHostRenderer(page);
  for (const bench of browsers) {
    const { metered } = await openSettled(bench, server, page.url, { quietMs, expectedBadges: page.contactKeys.length });
    try {
      const session = await metered.page.createCDPSession();
      let before = 0;
      for (let i = 0; i < WARM_UP_NAVIGATIONS + navigations; i++) {
        if (i === WARM_UP_NAVIGATIONS) before = await heapAfterGc(session);
        const id = benchOpportunityId(firstOpportunity + i);
        await navigateInApp(metered.page, { path: new URL(page.url).pathname.replace(page.opportunityId, id), hostHtml: pageHost(id), cachedHosts: CACHED_HOSTS });
        if (bench.extensionId) {
          await metered.page.waitForFunction(
            (n) => document.querySelectorAll('.oneContent.active [data-coach-network="badge"]').length === n,
            { timeout: 15_000, polling: 'mutation' },
            page.contactKeys.length,
          );
        }
        await sleep(quietMs);
      }
      if (bench.extensionId && (await activeBadgeCount(metered.page)) !== page.contactKeys.length) throw new Error('badges missing after the navigations');
      growth.set(bench, (await heapAfterGc(session)) - before);
    } finally {
      await metered.close();
    }
  }
  const of = (setup: BenchBrowser['setup']) => growth.get(browsers.find((b) => b.setup === setup)!) ?? Number.NaN;
  return { navigations, warmUpNavigations: WARM_UP_NAVIGATIONS, extensionBytes: of('extension'), baselineBytes: of('baseline') };
}
