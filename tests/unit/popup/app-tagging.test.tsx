import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser, deliver, EXTENSION_ID, ok, replyWith, resetFakeBrowser, sentRequests } from './fake-browser';
import { criteria, contact, deal, DEAL_KEY, withCriterion } from '../fakes/deal-views';
import { click, fakeBackground, mountPopup, row, settle, statusOf, toggle, type MountedPopup } from './render-popup';
import type { Request } from '../../../src/messaging/protocol';

vi.mock('../../../src/platform/browser', async () => ({ browser: (await import('./fake-browser')).fakeBrowser }));

const PRIYA = 'salesforce:0038V00001cWq2AQAS';
const TOM = 'salesforce:0038V00001cWq2BQAS';

let popup: MountedPopup | undefined;
beforeEach(() => resetFakeBrowser());
afterEach(() => {
  popup?.unmount();
  popup = undefined;
});

describe('tagging a criterion', () => {
  it('sends criterion/set for that deal, contact, criterion and value', async () => {
    fakeBackground(deal());
    popup = await mountPopup();
    await click(toggle(row(popup.container, TOM), 'hasCredibility', 'no'));
    expect(sentRequests('criterion/set')).toEqual([
      { type: 'criterion/set', dealKey: DEAL_KEY, contactKey: TOM, criterion: 'hasCredibility', value: 'no' },
    ]);
    expect(toggle(row(popup.container, TOM), 'hasCredibility', 'no').getAttribute('aria-pressed')).toBe('true');
    expect(statusOf(row(popup.container, TOM)).status).toBe('not-coach');
  });

  it('three yes make a Coach, described for screen readers', async () => {
    fakeBackground(deal());
    popup = await mountPopup();
    const priya = () => row(popup!.container, PRIYA);
    await click(toggle(priya(), 'wantsOurSolution', 'yes'));
    expect(statusOf(priya()).text).toBe('1/3');
    await click(toggle(priya(), 'hasCredibility', 'yes'));
    await click(toggle(priya(), 'willingToGuide', 'yes'));
    expect(statusOf(priya())).toEqual({ text: 'Coach', status: 'coach', label: 'Coach: meets all three criteria' });
    expect(statusOf(row(popup.container, TOM)).text).toBe('?'); // the other contact is untouched
  });

  it('renders what the background returned, not only what was clicked', async () => {
    // The background is the only writer: if it answers with more (another tab tagged too), show that.
    replyWith((request: Request) => {
      if (request.type === 'tab/state') return ok({ kind: 'deal', deal: deal() });
      const both = withCriterion(deal(), PRIYA, 'wantsOurSolution', 'yes');
      return ok(withCriterion(both, TOM, 'willingToGuide', 'yes'));
    });
    popup = await mountPopup();
    await click(toggle(row(popup.container, PRIYA), 'wantsOurSolution', 'yes'));
    expect(toggle(row(popup.container, TOM), 'willingToGuide', 'yes').getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the click at once, before the background answers', async () => {
    let answer: (value: unknown) => void = () => {};
    replyWith((request: Request) =>
      request.type === 'tab/state' ? ok({ kind: 'deal', deal: deal() }) : new Promise((resolve) => (answer = resolve)),
    );
    popup = await mountPopup();
    await click(toggle(row(popup.container, PRIYA), 'wantsOurSolution', 'yes'));
    expect(toggle(row(popup.container, PRIYA), 'wantsOurSolution', 'yes').getAttribute('aria-pressed')).toBe('true');
    expect(statusOf(row(popup.container, PRIYA)).text).toBe('1/3');
    await act(() => answer(ok(withCriterion(deal(), PRIYA, 'wantsOurSolution', 'yes'))));
    await settle();
    expect(statusOf(row(popup.container, PRIYA)).text).toBe('1/3');
  });

  it('does not send anything when the pressed value is clicked again', async () => {
    fakeBackground(deal({ contacts: [contact('0038V00001cWq2AQAS', { criteria: criteria('yes', 'unknown', 'unknown') })] }));
    popup = await mountPopup();
    await click(toggle(row(popup.container, PRIYA), 'wantsOurSolution', 'yes'));
    expect(sentRequests('criterion/set')).toEqual([]);
  });

  it('on a failed save shows an inline error and reverts, leaving the rest intact', async () => {
    const background = fakeBackground(deal());
    popup = await mountPopup();
    await click(toggle(row(popup.container, PRIYA), 'wantsOurSolution', 'yes'));
    replyWith(() => {
      throw new Error('storage quota exceeded');
    });
    await click(toggle(row(popup.container, PRIYA), 'hasCredibility', 'yes'));
    const priya = row(popup.container, PRIYA);
    expect(toggle(priya, 'hasCredibility', 'unknown').getAttribute('aria-pressed')).toBe('true');
    expect(toggle(priya, 'wantsOurSolution', 'yes').getAttribute('aria-pressed')).toBe('true');
    expect(statusOf(priya).text).toBe('1/3');
    const error = priya.querySelector('[role="alert"]')?.textContent ?? '';
    expect(error).toContain("Couldn't save");
    expect(error).toContain('Has credibility');
    expect(error).toContain('storage quota exceeded');
    expect(row(popup.container, TOM).querySelector('[role="alert"]')).toBeNull();
    expect(background().contacts[0]?.criteria.hasCredibility.value).toBe('unknown');
  });

  it('treats a malformed criterion/set reply as a failure and reverts', async () => {
    replyWith((request: Request) =>
      request.type === 'tab/state' ? ok({ kind: 'deal', deal: deal() }) : ok({ contacts: 'nope' }),
    );
    popup = await mountPopup();
    await click(toggle(row(popup.container, TOM), 'willingToGuide', 'yes'));
    const tom = row(popup.container, TOM);
    expect(toggle(tom, 'willingToGuide', 'unknown').getAttribute('aria-pressed')).toBe('true');
    expect(tom.querySelector('[role="alert"]')?.textContent).toContain('does not match its schema');
  });

  it('clears the inline error with the next successful save', async () => {
    fakeBackground(deal());
    popup = await mountPopup();
    replyWith(() => {
      throw new Error('offline');
    });
    await click(toggle(row(popup.container, TOM), 'willingToGuide', 'yes'));
    expect(row(popup.container, TOM).querySelector('[role="alert"]')).not.toBeNull();
    fakeBackground(deal());
    await click(toggle(row(popup.container, TOM), 'willingToGuide', 'yes'));
    expect(popup.container.querySelector('[role="alert"]')).toBeNull();
  });
});

describe('event/deal-changed', () => {
  it('updates the view when it is about this deal (tagged in another tab)', async () => {
    fakeBackground(deal());
    popup = await mountPopup();
    let changed = withCriterion(deal(), TOM, 'wantsOurSolution', 'yes');
    changed = withCriterion(changed, TOM, 'hasCredibility', 'yes');
    changed = withCriterion(changed, TOM, 'willingToGuide', 'yes');
    await act(() => void deliver({ type: 'event/deal-changed', deal: changed }));
    expect(statusOf(row(popup.container, TOM)).text).toBe('Coach');
  });

  it('never answers the message (content scripts’ requests travel on the same event)', async () => {
    fakeBackground(deal());
    popup = await mountPopup();
    const results = deliver({ type: 'page/left' }, { id: EXTENSION_ID, tab: { id: 3 } });
    expect(results).toEqual([undefined]);
  });

  it('ignores a change of another deal', async () => {
    fakeBackground(deal());
    popup = await mountPopup();
    const other = { ...withCriterion(deal(), TOM, 'wantsOurSolution', 'yes'), key: 'salesforce:006OTHER', name: 'Other deal' };
    await act(() => void deliver({ type: 'event/deal-changed', deal: other }));
    expect(popup.container.querySelector('h1')?.textContent).toBe(deal().name);
    expect(statusOf(row(popup.container, TOM)).text).toBe('?');
  });

  it('ignores malformed events and events from another extension', async () => {
    fakeBackground(deal());
    popup = await mountPopup();
    const changed = withCriterion(deal(), TOM, 'wantsOurSolution', 'yes');
    await act(() => {
      deliver({ type: 'event/deal-changed', deal: { ...changed, contacts: 'x' } });
      deliver({ type: 'event/deal-changed' });
      deliver('event/deal-changed');
      deliver(null);
      deliver({ type: 'event/deal-changed', deal: changed }, { id: 'someone-else@example' });
    });
    expect(statusOf(row(popup.container, TOM)).text).toBe('?');
    expect(popup.container.querySelector('[role="alert"]')).toBeNull();
  });

  it('is ignored while the popup shows no deal', async () => {
    replyWith((request: Request) => (request.type === 'tab/state' ? ok({ kind: 'none' }) : ok({ deals: [] })));
    popup = await mountPopup();
    await act(() => void deliver({ type: 'event/deal-changed', deal: deal() }));
    expect(popup.container.querySelector('[data-pipeline]')).not.toBeNull();
    expect(popup.container.querySelector('[data-contact-key]')).toBeNull();
  });

  it('stops listening when the listener is removed', async () => {
    fakeBackground(deal());
    popup = await mountPopup();
    popup.unmount();
    popup = undefined;
    expect(fakeBrowser.runtime.onMessage.removeListener).toHaveBeenCalled();
    expect(deliver({ type: 'event/deal-changed', deal: deal() })).toEqual([]);
  });
});
