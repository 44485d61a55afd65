/**
 * `npm run bench` (issue 8): every figure measured in one run, printed as one table and written to
 * artifacts/bench.json. scripts/bench/run.mjs builds, copies the builds aside and calls `runBench`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { startCrmServer } from '../../scripts/crm-server.mjs';
import { measureBadgeLatency } from './badge-latency';
import { launchBenchBrowser, type BenchBrowser } from './bench-browsers';
import { bundleSizes } from './bundle-size';
import { measureChurn, measureNavigationHeap } from './churn';
import { measureGapEngine } from './gap-engine';
import { assertAdapterReadsAll, benchOpportunityId, lightningPage, type GeneratedPage } from './lightning-page';
import { measurePageCost } from './page-cost';
import { measurePopup } from './popup';
import { machineLine, markdownTable, rowsOf, type BenchResults } from './report';

export interface BenchOptions {
  /** Unpacked Chromium builds: the extension under test and the positive control (build.mjs --bench-control). */
  builds: { extension: string; control: string };
  /** A scratch directory for the generated pages, removed by the caller. */
  work: string;
  /** Loads per setup and page for figure 1 (≥ 10 for the README's figures). */
  rounds: number;
  /** Fewer samples everywhere: for trying the harness, never for figures. */
  quick: boolean;
  /** Where artifacts/bench.json goes. */
  outputJson: string;
  /**
   * Only these figures (`--only=popup,gap-engine`), for working on one of them: their results are
   * printed as JSON and written beside outputJson as bench-only.json; bench.json and the table are
   * left alone (they only ever hold complete runs). Undefined or empty: every figure.
   */
  only?: readonly FigureName[];
}

/** The figures `--only` can name. `churn` includes the navigation heap; `bundle` the sizes. */
export const FIGURE_NAMES = ['page-cost', 'badge-latency', 'churn', 'popup', 'gap-engine', 'bundle'] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];

/** Parses `--only`'s value (comma separated); an unknown name is an error, not a silent full run. */
export function parseOnly(value: string): FigureName[] {
  const names = value.split(',').map((n) => n.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(FIGURE_NAMES as readonly string[]).includes(n));
  if (unknown.length > 0 || names.length === 0) throw new Error(`--only takes ${FIGURE_NAMES.join(', ')} (comma separated), got ${value}`);
  return names as FigureName[];
}

/**
 * After load, how long every setup leaves a page alone before its metrics are read: the badges of
 * 200 contacts are there within ~0.2 s on an idle machine (observer wait, read, round trip to the
 * worker, render); the rest is margin for a shared one.
 */
const QUIET_MS = 500;
/** Opportunities of their own per figure: stored deals never mix between figures. */
const OPPORTUNITY = { page20: 1, page200: 2, latency: 3, churn: 4, navigation: 5, popup: 6, navigationTargets: 100 } as const;

const log = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

function cpuModel(): string {
  const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
  return line?.split(':')[1]?.trim() ?? cpus()[0]?.model ?? 'unknown CPU';
}

export async function runBench({ builds, work, rounds, quick, outputJson, only }: BenchOptions): Promise<BenchResults | Partial<BenchResults>> {
  const started = performance.now();
  const loadAtStart = loadavg()[0]!;
  const wants = (figure: FigureName) => !only?.length || only.includes(figure);
  const browsers: BenchBrowser[] = [];
  let server: Awaited<ReturnType<typeof startCrmServer>> | undefined;
  try {
    const bundles = wants('bundle') ? bundleSizes(builds.extension) : undefined;

    const page = (name: keyof typeof OPPORTUNITY, contacts: number) => lightningPage({ opportunityId: benchOpportunityId(OPPORTUNITY[name]), contacts });
    const pages = {
      page20: page('page20', 20),
      page200: page('page200', 200),
      latency: page('latency', 20),
      churn: page('churn', 200),
      navigation: page('navigation', 20),
      popup: page('popup', 50),
    };
    log('checking in jsdom that the Lightning adapter reads every generated row');
    assertAdapterReadsAll(pages.page20);
    assertAdapterReadsAll(pages.page200);
    mkdirSync(path.join(work, 'pages'));
    const served: Record<string, string> = {};
    for (const [name, generated] of Object.entries(pages) as [string, GeneratedPage][]) {
      const file = path.join(work, 'pages', `${name}.html`);
      writeFileSync(file, generated.html);
      served[new URL(generated.url).pathname] = file;
    }
    server = await startCrmServer({ pages: served });

    const inBrowser = wants('page-cost') || wants('badge-latency') || wants('churn') || wants('popup');
    const needsBaseline = wants('page-cost') || wants('churn');
    let extension: BenchBrowser | undefined;
    let baseline: BenchBrowser | undefined;
    let control: BenchBrowser | undefined;
    if (inBrowser) {
      log(`launching Chromium: extension${needsBaseline ? ', baseline (extension uninstalled)' : ''}${wants('page-cost') ? ', positive control' : ''}`);
      browsers.push((extension = await launchBenchBrowser('extension', builds.extension)));
      if (needsBaseline) browsers.push((baseline = await launchBenchBrowser('baseline', null)));
      if (wants('page-cost')) browsers.push((control = await launchBenchBrowser('control', builds.control)));
    }

    let pageCost: BenchResults['pageCost'] | undefined;
    if (wants('page-cost') && extension && baseline && control) {
      // The positive control runs on the 20-contact page: the harness's resolution scales with the cost
      // it measures (noise is proportional under contention), and there our own cost is smallest.
      const tracedLoads = quick ? 2 : 5;
      log(`figure 1: page cost, 20 contacts, ${rounds} rounds, with the positive control`);
      pageCost = [await measurePageCost([extension, baseline, control], server, pages.page20, { rounds, quietMs: QUIET_MS, tracedLoads })];
      await control.browser.close();
      browsers.splice(browsers.indexOf(control), 1);
      log(`figure 1: page cost, 200 contacts, ${rounds} rounds`);
      pageCost.push(await measurePageCost([extension, baseline], server, pages.page200, { rounds, quietMs: QUIET_MS, tracedLoads }));
    }

    let badgeLatency: BenchResults['badgeLatency'] | undefined;
    if (wants('badge-latency') && extension) {
      log('figure 2: row → badge');
      badgeLatency = await measureBadgeLatency(extension, server, pages.latency, { singles: quick ? 5 : 20, batch: 200 });
    }
    let churn: BenchResults['churn'] | undefined;
    let heap: BenchResults['heap'] | undefined;
    if (wants('churn') && extension && baseline) {
      log('figure 3: churn and heap');
      churn = await measureChurn([extension, baseline], server, pages.churn, { batches: quick ? 5 : 20, quietMs: QUIET_MS });
      heap = await measureNavigationHeap([extension, baseline], server, pages.navigation, {
        navigations: 20,
        quietMs: 300,
        firstOpportunity: OPPORTUNITY.navigationTargets,
      });
    }
    let popup: BenchResults['popup'] | undefined;
    if (wants('popup') && extension) {
      log('figure 4: popup');
      popup = await measurePopup(extension, server, pages.popup, { rounds: quick ? 3 : 10, clicks: quick ? 4 : 10 });
    }
    const chromium = extension ? (await extension.browser.version()).replace(/^\D+/, '') : 'not launched';
    for (const bench of browsers) await bench.browser.close();

    let gapEngine: BenchResults['gapEngine'] | undefined;
    if (wants('gap-engine')) {
      // After our browsers are closed, so that they don't compete with it for the cores.
      log('figure 5: gap engine');
      gapEngine = measureGapEngine({ passes: quick ? 2 : 3 });
    }

    const machine = {
      cpu: cpuModel(),
      cores: cpus().length,
      chromium,
      node: process.versions.node,
      loadAverage: { start: loadAtStart, end: loadavg()[0]! },
      date: new Date().toISOString(),
    };
    const durationS = (performance.now() - started) / 1000;
    if (pageCost && badgeLatency && churn && heap && popup && gapEngine && bundles) {
      const results: BenchResults = { machine, pageCost, badgeLatency, churn, heap, popup, gapEngine, bundles, durationS };
      const rows = rowsOf(results);
      console.log(`\n${machineLine(results.machine)}; ${rounds} rounds, ${results.durationS.toFixed(0)} s${quick ? ' (--quick: not for quoting)' : ''}\n`);
      console.log(markdownTable(rows));
      mkdirSync(path.dirname(outputJson), { recursive: true });
      writeFileSync(outputJson, JSON.stringify({ rows, results }, null, 2) + '\n');
      log(`wrote ${path.relative(process.cwd(), outputJson)}`);
      return results;
    }
    // Some figures only (--only): not a table for the README, so bench.json is left as it was.
    const partial: Partial<BenchResults> = { machine, pageCost, badgeLatency, churn, heap, popup, gapEngine, bundles, durationS };
    const partialJson = path.join(path.dirname(outputJson), 'bench-only.json');
    console.log(`\n${machineLine(machine)}; only ${only?.join(', ')}, ${durationS.toFixed(0)} s${quick ? ' (--quick: not for quoting)' : ''}\n`);
    console.log(JSON.stringify(partial, (key, value: unknown) => (key === 'machine' ? undefined : value), 2));
    mkdirSync(path.dirname(partialJson), { recursive: true });
    writeFileSync(partialJson, JSON.stringify({ results: partial }, null, 2) + '\n');
    log(`wrote ${path.relative(process.cwd(), partialJson)}`);
    return partial;
  } finally {
    for (const bench of browsers) await bench.browser.close().catch(() => undefined);
    await server?.close();
  }
}
