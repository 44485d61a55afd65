/**
 * Figure 2: how long a contact row waits for its badge. The page (playing Lightning) appends rows
 * to the Contact Roles list and timestamps them; a MutationObserver in the page timestamps each
 * badge host as the content script inserts it after the row's contact link. Rows come one by one
 * (each waits for its badge before the next: a rep adding contacts) and 200 at once (a list
 * rendering in one go). One more single row is traced, to split the wait into its parts.
 */
import type { CrmServer } from '../../scripts/crm-server.mjs';
import { atPort, waitForBadgeCount } from '../e2e/helpers';
import type { BenchBrowser } from './bench-browsers';
import { contactKey, contactRowsHtml, type GeneratedPage } from './lightning-page';
import { recordBadges, renderRows, rowToBadgeMs } from './page-scripts';
import { percentile, sleep } from './stats';
import { attributeToUs, markMs, traced, traceEvents } from './trace';

export interface LatencyStats {
  rows: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface BadgeLatencyResult {
  oneByOne: LatencyStats;
  allAtOnce: LatencyStats;
  /**
   * One traced single row: when our first task ran after it (the observer's wait), when the badge
   * arrived, and how many tasks of ours ran in between (the read, the reply from the worker …).
   */
  anatomy: { firstTaskOfOursMs: number; badgeMs: number; tasksOfOurs: number } | null;
}

const statsOf = (samples: readonly number[]): LatencyStats => ({
  rows: samples.length,
  p50Ms: percentile(samples, 50),
  p95Ms: percentile(samples, 95),
  maxMs: Math.max(...samples),
});

export async function measureBadgeLatency(
  bench: BenchBrowser,
  server: CrmServer,
  page: GeneratedPage,
  { singles, batch }: { singles: number; batch: number },
): Promise<BadgeLatencyResult> {
  const tab = await bench.browser.newPage();
  try {
    await tab.goto(atPort(page.url, server.port), { waitUntil: 'load' });
    await waitForBadgeCount(tab, page.contactKeys.length);
    await recordBadges(tab);
    // New contacts, numbered after the page's own.
    let next = page.contactKeys.length;
    const single: number[] = [];
    for (let i = 0; i < singles; i++, next++) {
      await renderRows(tab, contactRowsHtml(next, 1), [contactKey(next)], 'append');
      single.push(...(await rowToBadgeMs(tab, [contactKey(next)])));
      // Let the read's round trip finish before the next row, so each row is measured alone.
      await sleep(100);
    }
    const batchKeys = Array.from({ length: batch }, (_, i) => contactKey(next + i));
    await renderRows(tab, contactRowsHtml(next, batch), batchKeys, 'append');
    const atOnce = await rowToBadgeMs(tab, batchKeys);
    next += batch;
    await sleep(300);

    const tracedKey = contactKey(next);
    const events = traceEvents(
      await traced(tab, async () => {
        await renderRows(tab, contactRowsHtml(next, 1), [tracedKey], 'append');
        await rowToBadgeMs(tab, [tracedKey]);
        await sleep(100);
      }),
    );
    const rowsAt = markMs(events, 'bench:rows');
    const [badgeMs] = await rowToBadgeMs(tab, [tracedKey]);
    const tasks = attributeToUs(events, `chrome-extension://${bench.extensionId}/`, { mark: 'bench:rows' }).tasks.filter((task) => task.startMs >= rowsAt);
    const beforeBadge = tasks.filter((task) => task.startMs - rowsAt <= badgeMs!);
    return {
      oneByOne: statsOf(single),
      allAtOnce: statsOf(atOnce),
      anatomy: tasks[0] ? { firstTaskOfOursMs: tasks[0].startMs - rowsAt, badgeMs: badgeMs!, tasksOfOurs: beforeBadge.length } : null,
    };
  } finally {
    await tab.close();
  }
}
