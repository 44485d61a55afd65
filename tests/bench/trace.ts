/**
 * Our share of a page's main thread, from a Chromium trace. A task (RunTask) of the page's renderer
 * main thread is ours when it runs any script of the extension (content script evaluation, its
 * timers, observer and message callbacks carry our chrome-extension:// URL). The rendering update
 * (style, layout, paint) that follows a DOM change of ours, with no change of the page's in
 * between, is ours too: it draws what we inserted.
 *
 * Why both this and `Performance.getMetrics`: comparing whole page loads with and without the
 * extension carries the noise of the page's own work (hundreds of ms on a 200-row page, ±20% per
 * load on a shared machine), while the attributed cost only carries the noise of our own. The
 * trace also says how our cost is cut into tasks, and what the longest one spends its time on.
 */
import type { Page } from 'puppeteer-core';

/** The trace categories that hold tasks, script (with URLs), style, layout, paint and the page's marks. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'];

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string }; beginData?: { url?: string } };
}

interface TaskTimes {
  durationMs: number;
  /** Script inside the task: ours by URL (evaluation, compilation, callbacks) plus microtasks (promise callbacks carry no URL). */
  scriptMs: number;
  /** Style recalculation and layout inside the task: forced by a layout read, or done for our inserts. */
  styleLayoutMs: number;
}

/** One task of ours; `cpu` is the main thread's own CPU time, `wall` includes time the thread waited for a core. */
export interface OurTask {
  /** Start on the trace's clock, ms. */
  startMs: number;
  wall: TaskTimes;
  cpu: TaskTimes;
}

export interface Attribution {
  /** Tasks that ran our script, in order. */
  tasks: OurTask[];
  /** CPU and wall time of our tasks plus the rendering updates that drew our changes, ms. */
  cpuMs: number;
  wallMs: number;
  /** Of that, the rendering updates (style, layout, paint of what we inserted), CPU ms. */
  renderingCpuMs: number;
}

export const traceEvents = (traceJson: string) => (JSON.parse(traceJson) as { traceEvents: TraceEvent[] }).traceEvents;

/** When the page set a `performance.mark(name)`, on the trace's clock (ms). */
export function markMs(events: readonly TraceEvent[], name: string): number {
  const mark = events.find((e) => e.name === name);
  if (!mark) throw new Error(`no mark ${name} in the trace`);
  return mark.ts / 1000;
}

const endOf = (event: TraceEvent) => event.ts + (event.dur ?? 0);

/** Summed time of the events, nested ones counted once (only events outside every other are summed). */
function outermostMs(events: readonly TraceEvent[], clock: 'dur' | 'tdur'): number {
  let total = 0;
  let reach = -Infinity;
  for (const event of [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    if (endOf(event) <= reach) continue;
    total += event[clock] ?? 0;
    reach = endOf(event);
  }
  return total / 1000;
}

const STYLE_LAYOUT_EVENTS = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'Layout']);
const RENDERING_EVENTS = new Set([...STYLE_LAYOUT_EVENTS, 'PrePaint', 'Paint', 'Layerize', 'Commit']);
/** What changes the page's DOM when it isn't us: parsing, or script (the page's, or the harness playing it). */
const PAGE_CHANGE_EVENTS = new Set(['ParseHTML', 'EvaluateScript', 'FunctionCall', 'TimerFire']);

/**
 * Our share of the main thread of a page's renderer. The thread is found by the page's own work:
 * the one that parsed `page.url` when the trace holds the load, else the one that set `page.mark`.
 */
export function attributeToUs(events: readonly TraceEvent[], extensionOrigin: string, page: { url: string } | { mark: string }): Attribution {
  const anchor =
    'url' in page
      ? events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith(page.url))
      : events.find((e) => e.name === page.mark);
  if (!anchor) throw new Error(`no ${'url' in page ? `ParseHTML of ${page.url}` : `mark ${page.mark}`} in the trace`);
  const thread = events.filter((e) => e.pid === anchor.pid && e.tid === anchor.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const isOurs = (e: TraceEvent) => (e.args?.data?.url ?? '').startsWith(extensionOrigin);
  const result: Attribution = { tasks: [], cpuMs: 0, wallMs: 0, renderingCpuMs: 0 };
  /** Who changed the DOM last: a rendering update after our change draws it. */
  let lastChange: 'ours' | 'page' | 'drawn' = 'drawn';
  let cursor = 0;
  for (const task of thread.filter((e) => e.name === 'RunTask')) {
    // Events are sorted by start: those inside this task follow it until its end.
    while (cursor < thread.length && thread[cursor]!.ts < task.ts) cursor++;
    const within: TraceEvent[] = [];
    for (let i = cursor; i < thread.length && thread[i]!.ts < endOf(task); i++) if (thread[i] !== task && endOf(thread[i]!) <= endOf(task)) within.push(thread[i]!);
    const ourScript = within.filter(isOurs);
    if (ourScript.length > 0) {
      // A message reply resumes our code in a microtask, which the trace names without a URL.
      const script = [...ourScript, ...within.filter((e) => e.name === 'RunMicrotasks')];
      const styleLayout = within.filter((e) => STYLE_LAYOUT_EVENTS.has(e.name));
      const times = (clock: 'dur' | 'tdur'): TaskTimes => ({
        durationMs: (task[clock] ?? 0) / 1000,
        scriptMs: outermostMs(script, clock),
        styleLayoutMs: outermostMs(styleLayout, clock),
      });
      result.tasks.push({ startMs: task.ts / 1000, wall: times('dur'), cpu: times('tdur') });
      result.cpuMs += (task.tdur ?? 0) / 1000;
      result.wallMs += (task.dur ?? 0) / 1000;
      lastChange = 'ours';
    } else if (within.some((e) => PAGE_CHANGE_EVENTS.has(e.name))) {
      lastChange = 'page';
    } else if (lastChange === 'ours' && within.some((e) => RENDERING_EVENTS.has(e.name))) {
      result.cpuMs += (task.tdur ?? 0) / 1000;
      result.wallMs += (task.dur ?? 0) / 1000;
      result.renderingCpuMs += (task.tdur ?? 0) / 1000;
      lastChange = 'drawn';
    }
  }
  return result;
}

/** The longest of the tasks, by CPU time. */
export const longestTask = (tasks: readonly OurTask[]): OurTask | null =>
  tasks.reduce<OurTask | null>((max, task) => (!max || task.cpu.durationMs > max.cpu.durationMs ? task : max), null);

/** Traces what `action` makes the page do and returns the raw trace JSON. */
export async function traced(page: Page, action: () => Promise<void>): Promise<string> {
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  let buffer: Uint8Array | undefined;
  try {
    await action();
  } finally {
    buffer = await page.tracing.stop();
  }
  if (!buffer) throw new Error('the trace came back empty');
  return new TextDecoder().decode(buffer);
}
