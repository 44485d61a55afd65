import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser, ok, replyWith, resetFakeBrowser, sentRequests } from './fake-browser';
import { contact, deal } from '../fakes/deal-views';
import { fakeBackground, mountPopup, row, settle, statusOf, type MountedPopup } from './render-popup';

vi.mock('../../../src/platform/browser', async () => ({ browser: (await import('./fake-browser')).fakeBrowser }));

let popup: MountedPopup | undefined;
beforeEach(() => resetFakeBrowser());
afterEach(() => {
  popup?.unmount();
  popup = undefined;
});

describe('popup states', () => {
  it('asks the background about the active tab of the current window', async () => {
    fakeBackground(deal());
    popup = await mountPopup();
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sentRequests('tab/state')).toEqual([{ type: 'tab/state', tabId: 7 }]);
  });

  it('shows loading until the background answers', async () => {
    let answer: (value: unknown) => void = () => {};
    replyWith((request) => (request.type === 'tab/state' ? new Promise((resolve) => (answer = resolve)) : ok({ deals: [] })));
    popup = await mountPopup();
    expect(popup.container.querySelector('[aria-busy="true"]')?.textContent).toBe("Loading this tab's opportunity…");
    await act(() => answer(ok({ kind: 'none' })));
    await settle();
    expect(popup.container.textContent).not.toContain("Loading this tab's opportunity");
  });

  it('shows the deal header and each contact with role, status and three toggles', async () => {
    fakeBackground(deal());
    popup = await mountPopup();
    const { container } = popup;
    expect(container.querySelector('h1')?.textContent).toBe('Ashgrove Transit – Depot Maintenance Analytics');
    const facts = container.querySelector('.deal__facts')?.textContent;
    expect(facts).toBe('Proposal/Price Quote · $236,400.00 · Closes 9/30/2026 · Ashgrove Regional Transit Authority');
    const priya = row(container, 'salesforce:0038V00001cWq2AQAS');
    expect(priya.textContent).toContain('Priya Raghunathan');
    expect(priya.textContent).toContain('Director of Operations');
    expect(priya.querySelector('.contact__role')?.textContent).toBe('Economic Buyer → Economic Buyer');
    expect(statusOf(priya)).toEqual({ text: '?', status: 'unassessed', label: 'Not assessed yet' });
    expect(priya.querySelectorAll('button[data-criterion]')).toHaveLength(9);
    expect(priya.querySelector('[aria-label="Wants our solution: unknown"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelectorAll('[data-contact-key]')).toHaveLength(2);
  });

  it('leaves out the deal facts the page did not show and keeps unknown role text verbatim', async () => {
    const view = deal({
      stage: null,
      amount: null,
      closeDate: '9/30/2026',
      accountName: null,
      contacts: [contact('003A', { crmRole: 'Wirtschaftlicher Entscheider', influenceRole: null, title: null })],
    });
    fakeBackground(view);
    popup = await mountPopup();
    expect(popup.container.querySelector('.deal__facts')?.textContent).toBe('Closes 9/30/2026');
    const role = row(popup.container, 'salesforce:003A').querySelector('.contact__role')?.textContent;
    expect(role).toBe('Wirtschaftlicher Entscheider → no buying influence');
  });

  it('says so when the opportunity has no contact roles yet', async () => {
    fakeBackground(deal({ contacts: [] }));
    popup = await mountPopup();
    expect(popup.container.querySelector('h1')?.textContent).toBe('Ashgrove Transit – Depot Maintenance Analytics');
    expect(popup.container.textContent).toContain('No contact roles on this opportunity yet');
    expect(popup.container.querySelector('[data-contact-key]')).toBeNull();
  });

  it('shows the calm unreadable note, saying why in the page note’s own words', async () => {
    replyWith(() =>
      ok({ kind: 'unreadable', unreadable: { code: 'contacts-unreadable', reason: 'rows-without-ids', url: 'https://x.example/', opportunityKey: 'salesforce:0068V00000kQ3wZQAS' } }),
    );
    popup = await mountPopup();
    expect(popup.container.textContent).toContain("Couldn't read the contacts on this page.");
    expect(popup.container.textContent).toContain('The Contact Roles list shows entries, but no contact could be identified in them.');
    expect(popup.container.querySelector('[role="alert"]')).toBeNull(); // quiet, not an alarm
  });

  it('copies diagnostics the rep can pass on: codes, address and version, no page content', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const earlier = {
      code: 'no-contact-list',
      reason: 'list-loading',
      page: 'https://acme.lightning.force.com/lightning/r/Opportunity/0068V00000kQ1aaQAC/view',
      opportunityKey: 'salesforce:0068V00000kQ1aaQAC',
      firstAt: '2026-11-26T09:00:00.000Z',
      lastAt: '2026-11-26T09:05:00.000Z',
      times: 3,
    };
    replyWith((request) =>
      request.type === 'diagnostics/get'
        ? ok({ entries: [earlier] })
        : ok({ kind: 'unreadable', unreadable: { code: 'contacts-unreadable', reason: 'rows-without-ids', url: 'https://acme.lightning.force.com/lightning/r/Opportunity/0068V00000kQ3wZQAS/view', opportunityKey: 'salesforce:0068V00000kQ3wZQAS' } }),
    );
    popup = await mountPopup();
    await act(() => popup!.container.querySelector<HTMLButtonElement>('[data-action="copy-diagnostics"]')!.click());
    await settle();
    expect(JSON.parse(writeText.mock.calls[0]![0])).toEqual({
      extension: 'Coach Network 0.1.0',
      browser: navigator.userAgent,
      code: 'contacts-unreadable',
      reason: 'rows-without-ids',
      url: 'https://acme.lightning.force.com/lightning/r/Opportunity/0068V00000kQ3wZQAS/view',
      opportunity: 'salesforce:0068V00000kQ3wZQAS',
      recentFailures: [earlier],
    });
    expect(popup.container.textContent).toContain('Copied');
  });

  it('says when stored items were set aside as unreadable, on every screen, and where to go', async () => {
    replyWith((request) => (request.type === 'storage/health' ? ok({ setAside: 2 }) : request.type === 'tab/state' ? ok({ kind: 'none' }) : ok({ deals: [] })));
    popup = await mountPopup();
    await settle();
    const banner = popup.container.querySelector('[data-set-aside]');
    expect(banner?.textContent).toContain('2 stored items could not be read and were set aside, untouched');
    expect(popup.container.querySelector('[data-pipeline]')).not.toBeNull();
  });

  it('off an opportunity, shows the pipeline of every tracked deal', async () => {
    replyWith((request) => (request.type === 'tab/state' ? ok({ kind: 'none' }) : ok({ deals: [] })));
    popup = await mountPopup();
    expect(popup.container.querySelector('[data-pipeline]')).not.toBeNull();
    expect(sentRequests('pipeline/list')).toHaveLength(1);
    expect(popup.container.querySelector('[data-contact-key]')).toBeNull();
  });

  it('treats a window without a tab id as not an opportunity, without asking about a tab', async () => {
    fakeBrowser.tabs.query.mockImplementation(async () => [{}]);
    replyWith(() => ok({ deals: [] }));
    popup = await mountPopup();
    expect(popup.container.querySelector('[data-pipeline]')).not.toBeNull();
    expect(sentRequests('tab/state')).toEqual([]);
  });

  it('shows a clear error when the request fails, after sending it once more', async () => {
    replyWith(() => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    popup = await mountPopup();
    // A message lost in flight is sent once more after 100 ms before the rep is told.
    await act(() => new Promise((resolve) => setTimeout(resolve, 150)));
    expect(sentRequests('tab/state')).toHaveLength(2);
    const alert = popup.container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain("Coach Network couldn't load this tab.");
    expect(alert?.textContent).toContain('Receiving end does not exist.');
  });

  it('treats a reply that does not match the contract as an error', async () => {
    replyWith(() => ok({ kind: 'deal', deal: { key: 'not a key' } }));
    popup = await mountPopup();
    expect(popup.container.querySelector('[role="alert"]')?.textContent).toContain('does not match its schema');
  });

  it('treats a reply outside the envelope as an error', async () => {
    replyWith(() => ({ kind: 'none' }));
    popup = await mountPopup();
    expect(popup.container.querySelector('[role="alert"]')?.textContent).toContain('malformed reply');
  });

  it('renders hostile contact and deal text as literal text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    fakeBackground(
      deal({
        name: `<script>alert(1)</script>`,
        stage: hostile,
        contacts: [contact('003X', { name: hostile, title: `<b>${hostile}</b>`, crmRole: hostile })],
      }),
    );
    popup = await mountPopup();
    const { container } = popup;
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container.querySelector('h1')?.textContent).toBe('<script>alert(1)</script>');
    const hostileRow = row(container, 'salesforce:003X');
    expect(hostileRow.querySelector('.contact__name')?.textContent).toBe(hostile);
    expect(hostileRow.querySelector('.contact__title')?.textContent).toBe(`<b>${hostile}</b>`);
  });
});

describe('what the engine found', () => {
  it('shows the coach-network verdict under the deal', async () => {
    fakeBackground(deal({ verdict: '1 coach · one-legged stool · Economic Buyer not covered' }));
    popup = await mountPopup();
    expect(popup.container.querySelector('[data-verdict]')?.textContent).toBe('1 coach · one-legged stool · Economic Buyer not covered');
  });

  it('offers an earlier assessment from another deal of the account as a hint, without copying it', async () => {
    const hint = {
      dealKey: 'salesforce:0068V00000kP9sTQAS',
      dealName: 'Ashgrove – 2025 renewal',
      criteria: { wantsOurSolution: { value: 'yes' as const }, hasCredibility: { value: 'yes' as const }, willingToGuide: { value: 'yes' as const } },
      status: 'coach' as const,
      assessedAt: '2025-10-02T09:00:00.000Z',
    };
    fakeBackground(deal({ contacts: [contact('0038V00001cWq2AQAS', { name: 'Priya Raghunathan', hint })] }));
    popup = await mountPopup();
    const priya = row(popup.container, 'salesforce:0038V00001cWq2AQAS');
    expect(priya.querySelector('.contact__hint')?.textContent).toContain('Ashgrove – 2025 renewal');
    expect(priya.querySelector('.contact__hint')?.textContent).toContain('Not copied');
    expect(statusOf(priya).status).toBe('unassessed');
  });
});
