/**
 * Figure 5: the gap engine over the generated pipeline, timed in Node (the background worker runs
 * the same pure code). The engine finds every deal's gaps as data (findGaps): that is what the
 * pipeline list and the toolbar need, and what the ≤ 100 ms target is about. Sentences are worded
 * only where they are shown: the pipeline words the few titles of each line (pipelineEntryOf), a
 * deal's view words all of its gaps (viewDeal, timed here over every deal as the upper bound).
 */
import { computeGaps, dealFacts, findGaps } from '../../src/domain/gaps';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { pipelineEntryOf, viewDeal } from '../../src/domain/view';
import { CONTACTS, DEALS, generatePipeline, NOW } from './pipeline';
import { median, percentile } from './stats';
import { englishSay } from '../../src/domain/say-english';

/** One pass's cost: CPU time of this process (robust to a shared machine) and wall time. */
export interface PassTime {
  cpuMs: number;
  wallMs: number;
}

export interface GapEngineResult {
  deals: number;
  contactsPerDeal: number;
  /** Every deal's gaps as data (findGaps): median of the timed passes, after one warm-up pass. */
  findGapsAll: PassTime;
  /** Every deal's gaps with their sentences (computeGaps: findGaps, then every sentence worded). */
  computeGapsAll: PassTime;
  /** The pipeline list the popup shows off a CRM page: every deal's line (pipelineEntryOf). */
  pipelineAll: PassTime;
  /** Every deal's whole view (viewDeal): one deal on screen costs a ten-thousandth of it. */
  viewDealAll: PassTime;
  /** Single `findGaps` calls, each timed alone (wall), over one pass of every deal. */
  oneDealP50Ms: number;
  oneDealP95Ms: number;
  passes: number;
}

function timedPass(pass: () => void): number {
  const start = performance.now();
  pass();
  return performance.now() - start;
}

/** Both clocks: on a machine shared with browser tests, wall time counts the waits for a core. */
function timedFullPass(pass: () => void): PassTime {
  const cpuBefore = process.cpuUsage();
  const wallMs = timedPass(pass);
  const cpu = process.cpuUsage(cpuBefore);
  return { cpuMs: (cpu.user + cpu.system) / 1000, wallMs };
}

const medianPass = (passes: readonly PassTime[]): PassTime => ({ cpuMs: median(passes.map((p) => p.cpuMs)), wallMs: median(passes.map((p) => p.wallMs)) });

export function measureGapEngine({ passes }: { passes: number }): GapEngineResult {
  const deals = generatePipeline();
  const findOne = (deal: (typeof deals)[number]) => findGaps(dealFacts(deal, DEFAULT_SETTINGS, NOW));
  const overEveryDeal = (each: (deal: (typeof deals)[number]) => unknown) => () => {
    for (const deal of deals) each(deal);
  };
  const figures = {
    findGapsAll: overEveryDeal(findOne),
    computeGapsAll: overEveryDeal((deal) => computeGaps(deal, DEFAULT_SETTINGS, NOW, englishSay)),
    pipelineAll: overEveryDeal((deal) => pipelineEntryOf(deal, DEFAULT_SETTINGS, NOW, englishSay)),
    viewDealAll: overEveryDeal((deal) => viewDeal(deal, DEFAULT_SETTINGS, NOW, new Map(), englishSay)),
  };
  // Each figure is warmed up and timed on its own, one after the other: the worker that just started
  // pays the cold pass once, and one figure's garbage is not collected during the next one's passes.
  const timed = (pass: () => void) => {
    pass();
    return medianPass(Array.from({ length: passes }, () => timedFullPass(pass)));
  };
  const findGapsAll = timed(figures.findGapsAll);
  const computeGapsAll = timed(figures.computeGapsAll);
  const pipelineAll = timed(figures.pipelineAll);
  const viewDealAll = timed(figures.viewDealAll);
  const single = deals.map((deal) => timedPass(() => findOne(deal)));
  return {
    deals: DEALS,
    contactsPerDeal: CONTACTS,
    findGapsAll,
    computeGapsAll,
    pipelineAll,
    viewDealAll,
    oneDealP50Ms: percentile(single, 50),
    oneDealP95Ms: percentile(single, 95),
    passes,
  };
}
