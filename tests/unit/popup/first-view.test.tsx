/**
 * The popup's first screen from the view the background published for the tab (issue 8, figure
 * 4): shown from one storage read, then checked with the background, whose answer wins unless the
 * rep or the background changed the deal meanwhile. Never another deal's view, never one that
 * fails validation, never an answer older than a click.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { deliver, ok, publish, replyWith, resetFakeBrowser, sentRequests, sessionItems } from './fake-browser';
import { contact, deal, withCriterion } from '../fakes/deal-views';
import { click, mountPopup, row, settle, statusOf, toggle, type MountedPopup } from './render-popup';
import type { Request } from '../../../src/messaging/protocol';
import { FIRST_ROWS } from '../../../src/popup/screens/DealScreen';

vi.mock('../../../src/platform/browser', async () => ({ browser: (await import('./fake-browser')).fakeBrowser }));

const PRIYA = 'salesforce:0038V00001cWq2AQAS';
const TOM = 'salesforce:0038V00001cWq2BQAS';

/** A background whose tab/state answers wait until the test releases them. */
function heldTabState(others: (request: Request) => unknown = () => ok({ deals: [] })) {
  const held: Array<(value: unknown) => void> = [];
  replyWith((request) => (request.type === 'tab/state' ? new Promise((resolve) => held.push(resolve)) : others(request)));
  return held;
}

let popup: MountedPopup | undefined;
beforeEach(() => resetFakeBrowser());
afterEach(async () => {
  popup?.unmount();
  popup = undefined;
  // The completed render of a long list comes after the first paint: let it land in its own test.
  await new Promise((resolve) => setTimeout(resolve, 60));
});

describe('the first screen from the published view', () => {
  it('shows the published deal before the background answers, and asks the background at once', async () => {
    publish(deal());
    const held = heldTabState();
    popup = await mountPopup();
    expect(popup.container.querySelector('h1')?.textContent).toBe('Ashgrove Transit – Depot Maintenance Analytics');
    expect(row(popup.container, PRIYA)).toBeTruthy();
    expect(popup.container.querySelector('[aria-busy="true"]')).toBeNull();
    // Asked anyway, and first: it wakes the worker before the rep's first click.
    expect(sentRequests('tab/state')).toEqual([{ type: 'tab/state', tabId: 7 }]);
    await act(() => held[0]?.(ok({ kind: 'deal', deal: deal() })));
    await settle();
    expect(row(popup.container, PRIYA)).toBeTruthy();
  });

  it('takes the background’s answer when it differs (a newer state, or the gaps of a later day)', async () => {
    publish(deal());
    const held = heldTabState();
    popup = await mountPopup();
    expect(statusOf(row(popup.container, TOM)).status).toBe('unassessed');
    await act(() => held[0]?.(ok({ kind: 'deal', deal: withCriterion(deal(), TOM, 'hasCredibility', 'no') })));
    await settle();
    expect(statusOf(row(popup.container, TOM)).status).toBe('not-coach');
  });

  it('keeps a click made before the answer: an answer sent earlier may predate it', async () => {
    publish(deal());
    const held: Array<(value: unknown) => void> = [];
    let confirmed = deal();
    replyWith((request) => {
      if (request.type === 'tab/state') return new Promise((resolve) => held.push(resolve));
      if (request.type === 'criterion/set') {
        confirmed = withCriterion(confirmed, request.contactKey, request.criterion, request.value);
        return ok(confirmed);
      }
      return ok({ deals: [] });
    });
    popup = await mountPopup();
    await click(toggle(row(popup.container, TOM), 'hasCredibility', 'no'));
    expect(statusOf(row(popup.container, TOM)).status).toBe('not-coach');
    // The answer to the check sent before the click says the deal as it was then.
    await act(() => held[0]?.(ok({ kind: 'deal', deal: deal() })));
    await settle();
    expect(statusOf(row(popup.container, TOM)).status).toBe('not-coach');
  });

  it('shows no published view of another deal than the tab’s, nor one that fails validation', async () => {
    publish(deal(), { dealKey: 'salesforce:0068V00000kQ3wZQAT' });
    const held = heldTabState();
    popup = await mountPopup();
    expect(popup.container.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(popup.container.querySelector('[data-contact-key]')).toBeNull();
    await act(() => held[0]?.(ok({ kind: 'none' })));
    await settle();
    expect(popup.container.querySelector('[data-contact-key]')).toBeNull();
    popup.unmount();

    resetFakeBrowser();
    publish({ ...deal(), contacts: [{ ...deal().contacts[0], status: 'best friend' }] });
    const held2 = heldTabState();
    popup = await mountPopup();
    expect(popup.container.querySelector('[aria-busy="true"]')).not.toBeNull();
    await act(() => held2[0]?.(ok({ kind: 'deal', deal: deal() })));
    await settle();
    expect(statusOf(row(popup.container, PRIYA)).status).toBe('unassessed');
  });

  it('shows an unreadable page from the tab’s entry alone', async () => {
    const unreadable = { code: 'no-contact-list', reason: 'list-loading', url: deal().url, opportunityKey: deal().key };
    sessionItems.set('tab:7', { kind: 'unreadable', unreadable });
    heldTabState();
    popup = await mountPopup();
    expect(popup.container.textContent).toContain("Couldn't read the contacts on this page.");
  });

  it('asks once more after an event that came while nothing was on screen', async () => {
    const held = heldTabState();
    popup = await mountPopup();
    // The tab is tagged elsewhere while the first answer is on its way: it may predate the tag.
    const tagged = withCriterion(deal(), PRIYA, 'wantsOurSolution', 'yes');
    deliver({ type: 'event/deal-changed', deal: tagged });
    await act(() => held[0]?.(ok({ kind: 'deal', deal: deal() })));
    await settle();
    expect(sentRequests('tab/state')).toHaveLength(2);
    await act(() => held[1]?.(ok({ kind: 'deal', deal: tagged })));
    await settle();
    expect(statusOf(row(popup.container, PRIYA)).text).toBe('1/3');
  });
});

describe('a deal with many contacts', () => {
  const many = () => deal({ contacts: Array.from({ length: FIRST_ROWS + 4 }, (_, i) => contact(`0038V00001cWq${String(i).padStart(3, '0')}AS`)) });

  it('renders the first screen’s rows at once and the rest after the first paint', async () => {
    publish(many());
    heldTabState();
    // Mounted as index.tsx does, outside act(): effects wait for the paint, as in the browser.
    const { render } = await import('preact');
    const { App } = await import('../../../src/popup/App');
    const { createPopupModel } = await import('../../../src/popup/model');
    const container = document.createElement('div');
    document.body.append(container);
    const model = createPopupModel();
    void model.open('');
    await vi.waitFor(() => expect(model.state.value.kind).toBe('deal'));
    render(<App model={model} />, container);
    expect(container.querySelectorAll('[data-contact-key]')).toHaveLength(FIRST_ROWS);
    expect(container.querySelector('.contacts-section')?.getAttribute('aria-busy')).toBe('true');
    expect(container.querySelector('[data-role-node]')).toBeNull();
    await vi.waitFor(() => expect(container.querySelectorAll('[data-contact-key]')).toHaveLength(FIRST_ROWS + 4));
    expect(container.querySelector('.contacts-section')?.hasAttribute('aria-busy')).toBe(false);
    expect(container.querySelector('[data-role-node]')).not.toBeNull();
    render(null, container);
    container.remove();
  });

  it('renders a row again only when what it shows changed', async () => {
    publish(many());
    heldTabState();
    popup = await mountPopup();
    const first = row(popup.container, many().contacts[0]!.key);
    const last = row(popup.container, many().contacts.at(-1)!.key);
    const lastHtml = last.innerHTML;
    deliver({ type: 'event/deal-changed', deal: withCriterion(many(), many().contacts[0]!.key, 'wantsOurSolution', 'yes') });
    await settle();
    expect(statusOf(first).text).toBe('1/3');
    expect(last.innerHTML).toBe(lastHtml);
  });
});
