/**
 * The one table of `npm run bench`: every figure of issue 8 beside its target, with pass or miss.
 * Printed as a Markdown table (readable in a terminal, pasted as is into the README) and kept with
 * the raw results in artifacts/bench.json.
 */
import type { BadgeLatencyResult } from './badge-latency';
import type { BundleSize, Entry } from './bundle-size';
import type { ChurnResult, HeapResult } from './churn';
import type { GapEngineResult } from './gap-engine';
import type { PageCostResult, PageMetric } from './page-cost';
import type { PopupResult } from './popup';

export interface Machine {
  cpu: string;
  cores: number;
  chromium: string;
  node: string;
  /** 1-minute load average when the run started and ended: how shared the machine was. */
  loadAverage: { start: number; end: number };
  date: string;
}

export interface BenchResults {
  machine: Machine;
  pageCost: PageCostResult[];
  badgeLatency: BadgeLatencyResult;
  churn: ChurnResult;
  heap: HeapResult;
  popup: PopupResult;
  gapEngine: GapEngineResult;
  bundles: BundleSize[];
  durationS: number;
}

export interface Row {
  figure: string;
  what: string;
  measured: string;
  baseline: string;
  added: string;
  ratio: string;
  target: string;
  /** null: no target for this row. */
  pass: boolean | null;
  /** What else the run saw for this row: the other clock, the parts of a cost. */
  detail: string;
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
const signedMs = (value: number) => (Number.isFinite(value) ? `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(1)} ms` : 'n/a');
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes: number) => `${bytes >= 0 ? '+' : '−'}${(Math.abs(bytes) / 1024 / 1024).toFixed(2)} MiB`;
const ratio = (a: number, b: number) => (b > 0 ? `×${(a / b).toFixed(2)}` : '');
const percentiles = (p50: number, p95: number) => `p50 ${ms(p50)} · p95 ${ms(p95)}`;

/** What the two content bundles are: the gate runs on every CRM page, the reader only where an opportunity may show. */
const BUNDLE_ROLES: Partial<Record<Entry, string>> = {
  content: 'the gate, on every CRM page',
  'content-reader': 'injected on opportunity pages only (no target of its own; the page figures include it)',
};

/** Budgets of issue 8. */
export const TARGETS = {
  addedMainThreadMs200: 10,
  longestTaskMs: 16,
  badgeP95Ms: 16,
  churnP95Ms: 4,
  heapGrowthBytes: 1024 * 1024,
  popupFirstRenderMs: 50,
  tagToBadgeMs: 50,
  gapEngineMs: 100,
  /** gzip bytes per entry; options has none. */
  bundleGzip: { content: 12 * 1024, background: 30 * 1024, popup: 30 * 1024 } as Partial<Record<Entry, number>>,
  /**
   * The positive control must read as +20 ms. ±6 ms: under contention the busy wait's 20 ms of wall
   * time are fewer ms of CPU, and our own script's noise (±20% per load on a shared machine) adds in.
   */
  controlMs: { expected: 20, tolerance: 6 },
};

function row(figure: string, what: string, measured: string, target: string, pass: boolean | null, extra: Partial<Row> = {}): Row {
  return { figure, what, measured, baseline: '', added: '', ratio: '', target, pass, detail: '', ...extra };
}

function pageRows(cost: PageCostResult): Row[] {
  const figure = `1 page, ${cost.contacts} contacts`;
  const ext = cost.medians.extension;
  const base = cost.medians.baseline;
  const targeted = cost.contacts === 200;
  const addedTarget = `added ≤ ${TARGETS.addedMainThreadMs200} ms`;
  const metric = (what: string, name: PageMetric, target: boolean, detail = ''): Row => {
    const added = cost.added.cpu[name];
    return row(figure, what, ms(ext?.cpu[name] ?? Number.NaN), target ? addedTarget : '', target ? added <= TARGETS.addedMainThreadMs200 : null, {
      baseline: ms(base?.cpu[name] ?? Number.NaN),
      added: signedMs(added),
      ratio: ratio(ext?.cpu[name] ?? 0, base?.cpu[name] ?? 0),
      detail,
    });
  };
  const [q1, q3] = cost.addedTaskCpuIqr;
  const rows = [
    metric('main thread, CPU (TaskDuration), whole load', 'TaskDuration', targeted, `median of ${cost.rounds} paired loads; added IQR ${signedMs(q1)} … ${signedMs(q3)} (the page's own noise); wall ${ms(ext?.wall.TaskDuration ?? Number.NaN)} vs ${ms(base?.wall.TaskDuration ?? Number.NaN)}, added ${signedMs(cost.added.wall.TaskDuration)}`),
    metric('… script (ScriptDuration)', 'ScriptDuration', false, `wall added ${signedMs(cost.added.wall.ScriptDuration)}`),
    metric('… compile (V8CompileDuration)', 'V8CompileDuration', false),
    metric('… style (RecalcStyleDuration)', 'RecalcStyleDuration', false),
    metric('… layout (LayoutDuration)', 'LayoutDuration', false),
  ];
  const ours = cost.attributed.extension;
  if (ours) {
    rows.push(
      row(figure, 'attributed to us, CPU (traced: our tasks + rendering of our inserts)', ms(ours.cpuMs), targeted ? addedTarget : '', targeted ? ours.cpuMs <= TARGETS.addedMainThreadMs200 : null, {
        detail: `rendering (style, layout, paint) ${ms(ours.renderingCpuMs)}; wall ${ms(ours.wallMs)}; ${ours.tasksPerLoad} tasks of ours per load; median of ${ours.loads} traced loads`,
      }),
    );
    if (ours.longestTask) {
      const { cpu, wall } = ours.longestTask;
      rows.push(
        row(figure, 'longest task of ours, CPU (traced)', ms(cpu.durationMs), `< ${TARGETS.longestTaskMs} ms`, cpu.durationMs < TARGETS.longestTaskMs, {
          detail: `script ${ms(cpu.scriptMs)}, style+layout ${ms(cpu.styleLayoutMs)}; wall ${ms(wall.durationMs)}`,
        }),
      );
    }
  }
  const control = cost.medians.control;
  if (cost.controlAdded && control) {
    const added = cost.controlAdded.cpu.ScriptDuration;
    const { expected, tolerance } = TARGETS.controlMs;
    const tracedControl = cost.attributed.control;
    rows.push(
      row(figure, 'positive control (busy-waits 20 ms) vs extension, script CPU', ms(control.cpu.ScriptDuration), `≈ +${expected} ms (±${tolerance})`, Math.abs(added - expected) <= tolerance, {
        baseline: ms(ext?.cpu.ScriptDuration ?? Number.NaN),
        added: signedMs(added),
        detail: [
          `script wall ${signedMs(cost.controlAdded.wall.ScriptDuration)}`,
          `whole load ${signedMs(cost.controlAdded.cpu.TaskDuration)} CPU, ${signedMs(cost.controlAdded.wall.TaskDuration)} wall`,
          tracedControl && ours ? `attributed ${signedMs(tracedControl.cpuMs - ours.cpuMs)} CPU, ${signedMs(tracedControl.wallMs - ours.wallMs)} wall` : '',
        ].filter(Boolean).join('; '),
      }),
    );
  }
  return rows;
}

export function rowsOf(results: BenchResults): Row[] {
  const { badgeLatency, churn, heap, popup, gapEngine } = results;
  const anatomy = badgeLatency.anatomy;
  const heapAdded = heap.extensionBytes - heap.baselineBytes;
  const deals = `${gapEngine.deals.toLocaleString('en-US')} deals × ${gapEngine.contactsPerDeal} contacts`;
  return [
    ...results.pageCost.flatMap(pageRows),
    row('2 row → badge', `${badgeLatency.oneByOne.rows} rows added one by one`, percentiles(badgeLatency.oneByOne.p50Ms, badgeLatency.oneByOne.p95Ms), `p95 ≤ ${TARGETS.badgeP95Ms} ms`, badgeLatency.oneByOne.p95Ms <= TARGETS.badgeP95Ms, {
      detail: anatomy ? `one traced row: first task of ours at +${anatomy.firstTaskOfOursMs.toFixed(0)} ms, badge at +${anatomy.badgeMs.toFixed(0)} ms (tracing slows it), ${anatomy.tasksOfOurs} tasks of ours in between` : '',
    }),
    row('2 row → badge', `${badgeLatency.allAtOnce.rows} rows at once`, percentiles(badgeLatency.allAtOnce.p50Ms, badgeLatency.allAtOnce.p95Ms), `p95 ≤ ${TARGETS.badgeP95Ms} ms`, badgeLatency.allAtOnce.p95Ms <= TARGETS.badgeP95Ms),
    row('3 SPA churn', `our processing per batch, ${churn.rows} rows replaced ${churn.batches}×, CPU`, percentiles(churn.taskCpu.p50Ms, churn.taskCpu.p95Ms), `p95 ≤ ${TARGETS.churnP95Ms} ms`, churn.taskCpu.p95Ms <= TARGETS.churnP95Ms, {
      baseline: `page p50 ${ms(churn.pageTaskCpuP50Ms)}`,
      detail: `script ${percentiles(churn.scriptCpu.p50Ms, churn.scriptCpu.p95Ms)}; wall ${percentiles(churn.taskWall.p50Ms, churn.taskWall.p95Ms)}`,
    }),
    row('3 SPA churn', `heap growth over ${heap.navigations} in-app navigations`, mib(heap.extensionBytes), '≤ +1 MiB added', heapAdded <= TARGETS.heapGrowthBytes, {
      baseline: mib(heap.baselineBytes),
      added: mib(heapAdded),
      detail: `JS heap of all worlds + DOM heap, after a full GC; counted from the ${heap.warmUpNavigations + 1}th navigation (the page's cache of views full)`,
    }),
    row('4 popup', `first render, ${popup.contacts} contacts`, percentiles(popup.firstRender.p50Ms, popup.firstRender.p95Ms), `≤ ${TARGETS.popupFirstRenderMs} ms`, popup.firstRender.p95Ms <= TARGETS.popupFirstRenderMs, {
      detail: `popup document start → first contact row in its DOM; ${popup.firstRender.rounds} opens`,
    }),
    row('4 popup', 'tag → page badge', percentiles(popup.tagToBadge.p50Ms, popup.tagToBadge.p95Ms), `≤ ${TARGETS.tagToBadgeMs} ms`, popup.tagToBadge.p95Ms <= TARGETS.tagToBadgeMs, {
      detail: `click on a criterion in the popup → the badge's status inside its closed root; ${popup.tagToBadge.clicks} clicks`,
    }),
    row('5 gap engine', `findGaps (the gaps as data), ${deals}, CPU`, ms(gapEngine.findGapsAll.cpuMs), `≤ ${TARGETS.gapEngineMs} ms`, gapEngine.findGapsAll.cpuMs <= TARGETS.gapEngineMs, {
      detail: `wall ${ms(gapEngine.findGapsAll.wallMs)}; median of ${gapEngine.passes} passes after a warm-up`,
    }),
    row('5 gap engine', `computeGaps (worded in the rep's language), ${deals}, CPU`, ms(gapEngine.computeGapsAll.cpuMs), '', null, { detail: `wall ${ms(gapEngine.computeGapsAll.wallMs)}` }),
    row('5 gap engine', `pipeline lines (verdict + 3 titles), ${deals}, CPU`, ms(gapEngine.pipelineAll.cpuMs), '', null, { detail: `wall ${ms(gapEngine.pipelineAll.wallMs)}` }),
    row('5 gap engine', `findGaps over the deals as the worker holds them (stored, parsed), ${deals}, CPU`, ms(gapEngine.findGapsStoredAll.cpuMs), '', null, {
      detail: `wall ${ms(gapEngine.findGapsStoredAll.wallMs)}; no strings shared between deals, as after a JSON round trip`,
    }),
    ...(['findGaps', 'computeGaps', 'viewDeal'] as const).map((what) =>
      row('5 gap engine', `${what}, one deal`, `p50 ${(gapEngine.oneDeal[what].p50Ms * 1000).toFixed(0)} µs · p95 ${(gapEngine.oneDeal[what].p95Ms * 1000).toFixed(0)} µs`, '', null),
    ),
    row('5 gap engine', `viewDeal (gaps + view), ${deals}, CPU`, ms(gapEngine.viewDealAll.cpuMs), '', null, { detail: `wall ${ms(gapEngine.viewDealAll.wallMs)}` }),
    ...results.bundles.flatMap((bundle) => {
      const budget = TARGETS.bundleGzip[bundle.entry];
      const target = budget ? `≤ ${kib(budget)}` : '';
      const pass = budget ? bundle.gzipBytes <= budget : null;
      const role = BUNDLE_ROLES[bundle.entry] ? `; ${BUNDLE_ROLES[bundle.entry]}` : '';
      // An entry in chunks (the popup): what it loads before its first render, then everything it may load.
      if (bundle.all.files.length === bundle.files.length) return [row('6 bundle', `${bundle.entry}.js, gzip`, kib(bundle.gzipBytes), target, pass, { detail: `raw ${kib(bundle.rawBytes)}${role}` })];
      const lazy = bundle.all.files.length - bundle.files.length;
      return [
        row('6 bundle', `${bundle.entry}.js, first load, gzip`, kib(bundle.gzipBytes), target, pass, {
          detail: `raw ${kib(bundle.rawBytes)}; before its first render: the entry and ${bundle.files.length - 1} chunks, each gzipped on its own${role}`,
        }),
        row('6 bundle', `${bundle.entry}.js, all chunks, gzip`, kib(bundle.all.gzipBytes), '', null, {
          detail: `raw ${kib(bundle.all.rawBytes)}; the first load and ${lazy} chunks loaded after it (lazy), ${bundle.all.files.length} files`,
        }),
      ];
    }),
  ];
}

export function markdownTable(rows: readonly Row[]): string {
  const header = ['figure', 'what', 'measured', 'baseline', 'added', 'ratio', 'target', 'result', 'detail'];
  const cells = rows.map((r) => [r.figure, r.what, r.measured, r.baseline, r.added, r.ratio, r.target, r.pass === null ? '' : r.pass ? 'pass' : '**miss**', r.detail]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (values: readonly string[]) => `| ${values.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

export function machineLine(machine: Machine): string {
  return `${machine.cpu}, ${machine.cores} cores, Chromium ${machine.chromium}, Node ${machine.node}; load average ${machine.loadAverage.start.toFixed(1)} at start, ${machine.loadAverage.end.toFixed(1)} at end; ${machine.date}`;
}
