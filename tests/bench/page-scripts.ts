/**
 * What the benchmark does inside the CRM page, playing Lightning: appending and replacing Contact
 * Roles rows, navigating in-app, and timestamping our badges as they appear or change. These run
 * in the page's main world (page.evaluate), so each function is self-contained: no imports, no
 * closures over module state. Timestamps are the page's `performance.now()`.
 */
import type { Page } from 'puppeteer-core';

/** What the page-side instrumentation keeps on `window.__bench`. */
interface PageRecorder {
  /** First time a badge host for a contact key entered the DOM. */
  badgeAt: Record<string, number>;
  /** When each appended row's contact entered the DOM. */
  appendedAt: Record<string, number>;
}

type BenchWindow = Window & { __bench?: PageRecorder };

const CONTACT_ROLES_TBODY = '.oneContent.active article a[href*="/related/OpportunityContactRoles/view"]';

/** Starts recording badge arrivals, from a MutationObserver in the page. */
export function recordBadges(page: Page): Promise<void> {
  return page.evaluate(() => {
    const recorder: PageRecorder = { badgeAt: {}, appendedAt: {} };
    (window as BenchWindow).__bench = recorder;
    const isBadge = (node: Node): node is Element => node.nodeType === 1 && (node as Element).getAttribute('data-coach-network') === 'badge';
    new MutationObserver((records) => {
      // One timestamp per batch of records: they were all made by the task that just ended.
      const now = performance.now();
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) {
          const key = isBadge(node) ? node.getAttribute('data-contact-key') : null;
          if (key && !(key in recorder.badgeAt)) recorder.badgeAt[key] = now;
        }
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
}

/**
 * Renders rows into the active Contact Roles card as Lightning's datatable does (appended, or all
 * rows replaced), keeps the card's "(n)" count in step, and notes when each contact's row arrived.
 */
export function renderRows(page: Page, rowsHtml: string, keys: readonly string[], mode: 'append' | 'replace'): Promise<void> {
  return page.evaluate(
    (selector, html, contactKeys, replace) => {
      const card = document.querySelector(selector)?.closest('article');
      const tbody = card?.querySelector('tr[data-row-key-value]')?.parentElement ?? card?.querySelector('tbody');
      if (!card || !tbody) throw new Error('no Contact Roles rows on the page');
      performance.mark('bench:rows');
      if (replace) tbody.innerHTML = html;
      else tbody.insertAdjacentHTML('beforeend', html);
      const now = performance.now();
      const recorder = (window as BenchWindow).__bench;
      for (const key of contactKeys) if (recorder) recorder.appendedAt[key] = now;
      const count = Array.from(card.querySelectorAll('.slds-card__header-title span[title]')).find((span) => /^\(\d+\+?\)$/.test(span.getAttribute('title') ?? ''));
      const total = `(${tbody.querySelectorAll('tr[data-row-key-value]').length})`;
      if (count && count.getAttribute('title') !== total) {
        count.setAttribute('title', total);
        count.textContent = total;
      }
    },
    CONTACT_ROLES_TBODY,
    rowsHtml,
    [...keys],
    mode === 'replace',
  );
}

/** ms from each contact's row to its badge; waits until every one has its badge. */
export async function rowToBadgeMs(page: Page, keys: readonly string[], timeout = 30_000): Promise<number[]> {
  await page.waitForFunction((wanted: string[]) => wanted.every((key) => key in ((window as BenchWindow).__bench?.badgeAt ?? {})), { timeout, polling: 'mutation' }, [...keys]);
  return page.evaluate((wanted: string[]) => {
    const recorder = (window as BenchWindow).__bench!;
    return wanted.map((key) => recorder.badgeAt[key]! - recorder.appendedAt[key]!);
  }, [...keys]);
}

/**
 * What Lightning does on an in-app navigation to another record (as tests/e2e/navigation.e2e.test.ts
 * plays it): a new address, and the record's page host made active. Here the record is new, so its
 * host is rendered; Lightning caches a few earlier hosts, hidden, and drops older ones.
 */
export function navigateInApp(page: Page, { path, hostHtml, cachedHosts }: { path: string; hostHtml: string; cachedHosts: number }): Promise<void> {
  return page.evaluate(
    (address, html, keep) => {
      history.pushState({}, '', address);
      const hosts = Array.from(document.querySelectorAll('.oneContent.lafPageHost'));
      const parent = hosts[0]?.parentElement;
      if (!parent) throw new Error('no page host to navigate from');
      for (const host of hosts) host.classList.remove('active');
      parent.insertAdjacentHTML('beforeend', html);
      for (const stale of hosts.slice(0, Math.max(0, hosts.length - keep))) stale.remove();
    },
    path,
    hostHtml,
    cachedHosts,
  );
}

/** Badges inside the active page host: the ones a rep sees after a navigation. */
export const activeBadgeCount = (page: Page) => page.$$eval('.oneContent.active [data-coach-network="badge"]', (hosts) => hosts.length);
