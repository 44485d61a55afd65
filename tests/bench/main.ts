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

export async function runBench({ builds, work, rounds, quick, outputJson }: BenchOptions): Promise<BenchResults> {
  const started = performance.now();
  const loadAtStart = loadavg()[0]!;
  const browsers: BenchBrowser[] = [];
  let server: Awaited<ReturnType<typeof startCrmServer>> | undefined;
  try {
    const bundles = bundleSizes(builds.extension);

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

    log('launching Chromium: extension, baseline (extension uninstalled), positive control');
    browsers.push(await launchBenchBrowser('extension', builds.extension));
    browsers.push(await launchBenchBrowser('baseline', null));
    browsers.push(await launchBenchBrowser('control', builds.control));
    const [extension, baseline, control] = browsers as [BenchBrowser, BenchBrowser, BenchBrowser];

    // The positive control runs on the 20-contact page: the harness's resolution scales with the cost
    // it measures (noise is proportional under contention), and there our own cost is smallest.
    const tracedLoads = quick ? 2 : 5;
    log(`figure 1: page cost, 20 contacts, ${rounds} rounds, with the positive control`);
    const pageCost = [await measurePageCost([extension, baseline, control], server, pages.page20, { rounds, quietMs: QUIET_MS, tracedLoads })];
    await control.browser.close();
    browsers.splice(browsers.indexOf(control), 1);
    log(`figure 1: page cost, 200 contacts, ${rounds} rounds`);
    pageCost.push(await measurePageCost([extension, baseline], server, pages.page200, { rounds, quietMs: QUIET_MS, tracedLoads }));

    log('figure 2: row → badge');
    const badgeLatency = await measureBadgeLatency(extension, server, pages.latency, { singles: quick ? 5 : 20, batch: 200 });
    log('figure 3: churn and heap');
    const churn = await measureChurn([extension, baseline], server, pages.churn, { batches: quick ? 5 : 20, quietMs: QUIET_MS });
    const heap = await measureNavigationHeap([extension, baseline], server, pages.navigation, {
      navigations: 20,
      quietMs: 300,
      firstOpportunity: OPPORTUNITY.navigationTargets,
    });
    log('figure 4: popup');
    const popup = await measurePopup(extension, server, pages.popup, { rounds: quick ? 3 : 10, clicks: quick ? 4 : 10 });
    const chromium = (await extension.browser.version()).replace(/^\D+/, '');
    for (const bench of browsers) await bench.browser.close();

    // After our browsers are closed, so that they don't compete with it for the cores.
    log('figure 5: gap engine');
    const gapEngine = measureGapEngine({ passes: quick ? 2 : 3 });

    const results: BenchResults = {
      machine: {
        cpu: cpuModel(),
        cores: cpus().length,
        chromium,
        node: process.versions.node,
        loadAverage: { start: loadAtStart, end: loadavg()[0]! },
        date: new Date().toISOString(),
      },
      pageCost,
      badgeLatency,
      churn,
      heap,
      popup,
      gapEngine,
      bundles,
      durationS: (performance.now() - started) / 1000,
    };
    const rows = rowsOf(results);
    console.log(`\n${machineLine(results.machine)}; ${rounds} rounds, ${results.durationS.toFixed(0)} s${quick ? ' (--quick: not for quoting)' : ''}\n`);
    console.log(markdownTable(rows));
    mkdirSync(path.dirname(outputJson), { recursive: true });
    writeFileSync(outputJson, JSON.stringify({ rows, results }, null, 2) + '\n');
    log(`wrote ${path.relative(process.cwd(), outputJson)}`);
    return results;
  } finally {
    for (const bench of browsers) await bench.browser.close().catch(() => undefined);
    await server?.close();
  }
}
