/**
 * Figure 1: what the extension adds to the main thread of a Lightning opportunity page as it loads
 * and settles. Each round loads the page once in every browser (order rotated per round, so no
 * setup always goes first or last) and reads `Performance.getMetrics`; the figure is the median of
 * the per-round differences. Traced loads then attribute main-thread time to us directly (our
 * tasks and the rendering of what we inserted), which the page's own noise doesn't blur.
 */
import type { CrmServer } from '../../scripts/crm-server.mjs';
import { atPort } from '../e2e/helpers';
import { measuredLoad, meteredPage, settled, type BenchBrowser, type MainThreadMetrics, type Setup } from './bench-browsers';
import type { GeneratedPage } from './lightning-page';
import { median, percentile } from './stats';
import { attributeToUs, longestTask, traced, traceEvents, type Attribution, type OurTask } from './trace';

export const PAGE_METRICS = ['TaskDuration', 'ScriptDuration', 'V8CompileDuration', 'RecalcStyleDuration', 'LayoutDuration'] as const;
export type PageMetric = (typeof PAGE_METRICS)[number];
export type Clock = keyof MainThreadMetrics;
export type MetricTable = Record<Clock, Record<PageMetric, number>>;

/** The traced loads of one setup, summarised: medians over loads. */
export interface AttributedCost {
  loads: number;
  cpuMs: number;
  wallMs: number;
  renderingCpuMs: number;
  tasksPerLoad: number;
  /** The longest task of ours, from the load whose longest task is the median one. */
  longestTask: OurTask | null;
}

export interface PageCostResult {
  contacts: number;
  rounds: number;
  /** Per setup that ran: the median of each metric, ms. */
  medians: Partial<Record<Setup, MetricTable>>;
  /** Every round's metrics per setup (CPU clock), ms: the spread behind the medians. */
  cpuSamples: Partial<Record<Setup, Record<PageMetric, number>[]>>;
  /** Median over rounds of (extension − baseline). */
  added: MetricTable;
  /** Interquartile range of the rounds' (extension − baseline) main-thread CPU time: the figure's resolution here. */
  addedTaskCpuIqr: [number, number];
  /** Median over rounds of (control − extension): the positive control's 20 ms, as the harness sees it. */
  controlAdded: MetricTable | null;
  /** Per setup with an extension: our share of the main thread, from traced loads. */
  attributed: Partial<Record<Setup, AttributedCost>>;
}

function tableOf(samples: readonly MainThreadMetrics[]): MetricTable {
  const column = (clock: Clock) => Object.fromEntries(PAGE_METRICS.map((metric) => [metric, median(samples.map((sample) => sample[clock][metric] ?? 0))])) as Record<PageMetric, number>;
  return { cpu: column('cpu'), wall: column('wall') };
}

/** Per-round differences a − b, as metrics of their own. */
function differences(a: readonly MainThreadMetrics[], b: readonly MainThreadMetrics[]): MainThreadMetrics[] {
  return a.map((sample, round) => {
    const other = b[round]!;
    const minus = (clock: Clock) => Object.fromEntries(PAGE_METRICS.map((metric) => [metric, (sample[clock][metric] ?? 0) - (other[clock][metric] ?? 0)]));
    return { cpu: minus('cpu'), wall: minus('wall') };
  });
}

export async function measurePageCost(
  browsers: readonly BenchBrowser[],
  server: CrmServer,
  page: GeneratedPage,
  { rounds, quietMs, tracedLoads }: { rounds: number; quietMs: number; tracedLoads: number },
): Promise<PageCostResult> {
  const load = (bench: BenchBrowser) => measuredLoad(bench, server, page.url, { quietMs, expectedBadges: page.contactKeys.length });
  // Unmeasured first loads: the first read stores the deal; every later load is the steady state a rep lives in.
  for (const bench of browsers) await load(bench);
  const samples = new Map<Setup, MainThreadMetrics[]>(browsers.map((b) => [b.setup, []]));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < browsers.length; i++) {
      const bench = browsers[(round + i) % browsers.length]!;
      samples.get(bench.setup)!.push(await load(bench));
    }
  }
  const of = (setup: Setup) => samples.get(setup) ?? [];
  const added = differences(of('extension'), of('baseline'));
  const attributed: Partial<Record<Setup, AttributedCost>> = {};
  for (const bench of browsers) {
    if (bench.extensionId) attributed[bench.setup] = summarise(await traceLoads(bench, server, page, { quietMs, loads: tracedLoads }));
  }
  return {
    contacts: page.contactKeys.length,
    rounds,
    medians: Object.fromEntries([...samples].map(([setup, list]) => [setup, tableOf(list)])),
    cpuSamples: Object.fromEntries([...samples].map(([setup, list]) => [setup, list.map((sample) => sample.cpu as Record<PageMetric, number>)])),
    added: tableOf(added),
    addedTaskCpuIqr: [percentile(added.map((d) => d.cpu.TaskDuration ?? 0), 25), percentile(added.map((d) => d.cpu.TaskDuration ?? 0), 75)],
    controlAdded: samples.has('control') ? tableOf(differences(of('control'), of('extension'))) : null,
    attributed,
  };
}

function summarise(loads: readonly Attribution[]): AttributedCost {
  const longest = loads
    .map((load) => longestTask(load.tasks))
    .filter((task): task is OurTask => task !== null)
    .sort((a, b) => a.cpu.durationMs - b.cpu.durationMs);
  return {
    loads: loads.length,
    cpuMs: median(loads.map((load) => load.cpuMs)),
    wallMs: median(loads.map((load) => load.wallMs)),
    renderingCpuMs: median(loads.map((load) => load.renderingCpuMs)),
    tasksPerLoad: median(loads.map((load) => load.tasks.length)),
    longestTask: longest[Math.floor((longest.length - 1) / 2)] ?? null,
  };
}

/**
 * Loads the page with tracing on (which slows it: these loads are never the metered ones), until
 * its badges are there, as the metered loads do.
 */
async function traceLoads(bench: BenchBrowser, server: CrmServer, page: GeneratedPage, { quietMs, loads }: { quietMs: number; loads: number }): Promise<Attribution[]> {
  const url = atPort(page.url, server.port);
  const result: Attribution[] = [];
  for (let i = 0; i < loads; i++) {
    const metered = await meteredPage(bench.browser);
    try {
      const trace = await traced(metered.page, async () => {
        await metered.page.goto(url, { waitUntil: 'load' });
        await settled(bench, metered, { quietMs, expectedBadges: page.contactKeys.length, what: url });
      });
      result.push(attributeToUs(traceEvents(trace), `chrome-extension://${bench.extensionId}/`, { url }));
    } finally {
      await metered.close();
    }
  }
  return result;
}
