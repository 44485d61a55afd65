/**
 * Figure 5: the gap engine over the generated pipeline, timed in Node (the background worker runs
 * the same pure code). A full recompute is what the pipeline view costs; one deal is what a tag
 * or a page read costs.
 */
import { computeGaps } from '../../src/domain/gaps';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { viewDeal } from '../../src/domain/view';
import { CONTACTS, DEALS, generatePipeline, NOW } from './pipeline';
import { median, percentile } from './stats';

/** One pass's cost: CPU time of this process (robust to a shared machine) and wall time. */
export interface PassTime {
  cpuMs: number;
  wallMs: number;
}

export interface GapEngineResult {
  deals: number;
  contactsPerDeal: number;
  /** Median of the timed passes over every deal, after one warm-up pass. */
  computeGapsAll: PassTime;
  viewDealAll: PassTime;
  /** Single `computeGaps` calls, each timed alone (wall), over one pass of every deal. */
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
  const allGaps = () => {
    for (const deal of deals) computeGaps(deal, DEFAULT_SETTINGS, NOW);
  };
  const allViews = () => {
    for (const deal of deals) viewDeal(deal, DEFAULT_SETTINGS, NOW);
  };
  // One pass each first: the worker that just started pays the cold one once; the figure is the warm one.
  allGaps();
  allViews();
  const gapPasses = Array.from({ length: passes }, () => timedFullPass(allGaps));
  const viewPasses = Array.from({ length: passes }, () => timedFullPass(allViews));
  const single = deals.map((deal) => timedPass(() => computeGaps(deal, DEFAULT_SETTINGS, NOW)));
  return {
    deals: DEALS,
    contactsPerDeal: CONTACTS,
    computeGapsAll: medianPass(gapPasses),
    viewDealAll: medianPass(viewPasses),
    oneDealP50Ms: percentile(single, 50),
    oneDealP95Ms: percentile(single, 95),
    passes,
  };
}
