import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { Pipeline, PipelineView, createPipelineModel } from '../../../../src/popup/pipeline';
import type { PipelineEntry } from '../../../../src/domain/view-schema';
import { ok, replyWith, resetFakeBrowser, sentRequests } from '../fake-browser';
import { browserStub } from '../overview/browser-stub';
import { mount, type } from '../overview/mount';
import { settle } from '../render-popup';

vi.mock('../../../../src/platform/browser', async () => ({ browser: (await import('../overview/browser-stub')).browserStub }));

const NOW = new Date('2026-06-10T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

const entry = (id: string, overrides: Partial<PipelineEntry> = {}): PipelineEntry => ({
  key: `salesforce:006${id}`,
  name: `Deal ${id}`,
  accountName: `Account ${id}`,
  stage: 'Qualification',
  url: `https://halyard.lightning.force.com/lightning/r/Opportunity/006${id}/view`,
  verdict: 'No coach yet',
  coachCount: 0,
  critical: 0,
  warning: 0,
  topGaps: [],
  lastActivity: daysAgo(1),
  people: [],
  ...overrides,
});

// Worst first, as the background sorts (comparePipeline): the view must keep this order.
const DEALS = [
  entry('A', {
    name: 'Ashgrove Transit – Depot Maintenance Analytics',
    accountName: 'Ashgrove Regional Transit Authority',
    critical: 2,
    warning: 1,
    topGaps: ['No coach on this deal', 'Economic Buyer not covered'],
    lastActivity: daysAgo(3),
    people: ['Priya Raghunathan', 'Tom Okafor'],
  }),
  entry('B', { name: 'Harbour Rail – Fleet Telemetry', accountName: 'Harbour Rail', warning: 1, coachCount: 1, people: ['Jürgen Müller'] }),
  entry('C', { name: 'Lindqvist Freight renewal', accountName: null, coachCount: 2, url: 'javascript:alert(1)' }),
];

beforeEach(() => {
  resetFakeBrowser();
  browserStub.tabs.create.mockClear();
});

async function mountPipeline(deals: PipelineEntry[] = DEALS) {
  replyWith(() => ok({ deals }));
  const model = createPipelineModel();
  const mounted = await mount(<PipelineView model={model} now={NOW} />);
  await act(() => model.load());
  const shown = () => [...mounted.container.querySelectorAll('[data-pipeline-deal]')].map((e) => e.getAttribute('data-pipeline-deal'));
  return { ...mounted, model, shown };
}

describe('pipeline', () => {
  it('loads by itself with one pipeline/list request, showing loading until the reply', async () => {
    let answer: (value: unknown) => void = () => {};
    replyWith(() => new Promise((resolve) => (answer = resolve)));
    const { container } = await mount(<Pipeline />);
    expect(sentRequests('pipeline/list')).toEqual([{ type: 'pipeline/list' }]);
    expect(container.querySelector('[aria-busy="true"]')?.textContent).toBe('Loading your deals…');
    await act(() => answer(ok({ deals: DEALS })));
    await settle();
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();
    expect(container.querySelectorAll('[data-pipeline-deal]')).toHaveLength(3);
  });

  it('lists every deal in the background’s order with account, counts, top gaps and last activity', async () => {
    const { container, shown } = await mountPipeline();
    expect(shown()).toEqual(['salesforce:006A', 'salesforce:006B', 'salesforce:006C']);
    const card = (key: string) => container.querySelector(`[data-pipeline-item="${key}"]`)!;
    const first = card('salesforce:006A');
    expect(first.querySelector('[data-pipeline-deal]')?.textContent).toBe('Ashgrove Transit – Depot Maintenance Analytics');
    expect(first.textContent).toContain('Ashgrove Regional Transit Authority · Qualification');
    expect(first.querySelector('[data-count="critical"]')?.textContent).toBe('2 critical gaps');
    expect(first.querySelector('[data-count="warning"]')?.textContent).toBe('1 warning');
    expect(first.querySelector('[data-count="coaches"]')?.textContent).toBe('No coach yet');
    expect([...first.querySelectorAll('.pipeline__gap')].map((g) => g.textContent)).toEqual(['No coach on this deal', 'Economic Buyer not covered']);
    expect(first.querySelector('time')?.textContent).toBe('3 days ago');
    expect(first.querySelector('time')?.getAttribute('datetime')).toBe(daysAgo(3));
    const second = card('salesforce:006B');
    expect(second.querySelector('[data-count="coaches"]')?.textContent).toBe('1 coach');
    expect(second.querySelector('[data-count="critical"]')).toBeNull();
    expect(card('salesforce:006C').querySelector('[data-count="coaches"]')?.textContent).toBe('2 coaches');
  });

  it('makes the deal’s name the link, described by the rest of its card', async () => {
    const { container } = await mountPipeline();
    const link = container.querySelector('a[data-pipeline-deal="salesforce:006A"]')!;
    // Name = visible text (WCAG 2.5.3): no aria-label overriding it.
    expect(link.hasAttribute('aria-label')).toBe(false);
    expect(link.textContent).toBe('Ashgrove Transit – Depot Maintenance Analytics');
    expect(document.getElementById(link.getAttribute('aria-describedby')!)?.textContent).toContain('2 critical gaps');
  });

  it('filters by deal name, account or person, accent- and case-insensitively', async () => {
    const { container, shown } = await mountPipeline();
    const search = container.querySelector('[data-pipeline-search]');
    expect(container.querySelector(`label[for="${search?.id}"]`)?.textContent).toBe('Search deals');
    await type(search, 'harbour');
    expect(shown()).toEqual(['salesforce:006B']);
    await type(search, 'muller');
    expect(shown()).toEqual(['salesforce:006B']);
    await type(search, 'PRIYA');
    expect(shown()).toEqual(['salesforce:006A']);
    expect(container.querySelector('[data-pipeline-count]')?.textContent).toBe('1 of 3 deals');
    await type(search, 'zebra');
    expect(shown()).toEqual([]);
    expect(container.querySelector('[data-pipeline-no-match]')?.textContent).toBe('No deal matches “zebra”.');
    await type(search, '');
    expect(shown()).toHaveLength(3);
  });

  it('opens the deal in a new tab on click, and Enter works because the entry is a link', async () => {
    const { container } = await mountPipeline();
    const link = container.querySelector<HTMLAnchorElement>('[data-pipeline-deal="salesforce:006A"]')!;
    expect(link.tagName).toBe('A');
    expect(link.getAttribute('href')).toBe(DEALS[0]!.url);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    await act(() => {
      link.dispatchEvent(click);
    });
    expect(click.defaultPrevented).toBe(true);
    expect(browserStub.tabs.create).toHaveBeenCalledWith({ url: DEALS[0]!.url });
  });

  it('never opens an address that is not a web page', async () => {
    const { container, model } = await mountPipeline();
    const entryC = container.querySelector('[data-pipeline-deal="salesforce:006C"]') as HTMLElement;
    expect(entryC.tagName).not.toBe('A');
    expect(entryC.closest('li')?.textContent).toContain('not a web page');
    await act(() => entryC.click());
    expect(await model.open(DEALS[2]!)).toBe(false);
    expect(browserStub.tabs.create).not.toHaveBeenCalled();
  });

  it('says how to start when nothing is tracked yet', async () => {
    const { container } = await mountPipeline([]);
    const empty = container.querySelector('[data-pipeline-empty]');
    expect(empty?.textContent).toContain('No deals tracked yet');
    expect(empty?.textContent).toContain('Open a Salesforce opportunity to start');
    expect(container.querySelector('[data-pipeline-search]')).toBeNull();
  });

  it('shows an error with the reason and retries on request', async () => {
    replyWith(() => ({ ok: false, error: 'storage is unavailable' }));
    const model = createPipelineModel();
    const { container } = await mount(<PipelineView model={model} now={NOW} />);
    await act(() => model.load());
    const error = container.querySelector('[data-pipeline-error]');
    expect(error?.getAttribute('role')).toBe('alert');
    expect(error?.textContent).toContain('Couldn’t load your deals.');
    expect(error?.textContent).toContain('storage is unavailable');
    replyWith(() => ok({ deals: DEALS }));
    await act(() => (error?.querySelector('button') as HTMLButtonElement).click());
    await settle();
    expect(container.querySelectorAll('[data-pipeline-deal]')).toHaveLength(3);
    expect(sentRequests('pipeline/list')).toHaveLength(2);
  });

  it('shows relative times in the browser’s UI language', async () => {
    browserStub.i18n.getUILanguage.mockReturnValue('de');
    try {
      const { container } = await mountPipeline();
      expect(container.querySelector('[data-pipeline-item="salesforce:006A"] time')?.textContent).toBe('vor 3 Tagen');
    } finally {
      browserStub.i18n.getUILanguage.mockReturnValue('en');
    }
  });
});
