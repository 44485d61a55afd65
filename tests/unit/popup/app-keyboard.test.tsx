import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeBrowser, sentRequests } from './fake-browser';
import { contact, criteria, deal } from '../fakes/deal-views';
import { fakeBackground, mountPopup, press, row, statusOf, toggle, type MountedPopup } from './render-popup';

vi.mock('../../../src/platform/browser', async () => ({ browser: (await import('./fake-browser')).fakeBrowser }));

const PRIYA = 'salesforce:0038V00001cWq2AQAS';
const TOM = 'salesforce:0038V00001cWq2BQAS';
const DANA = 'salesforce:0038V00001cWq2CQAS';

let popup: MountedPopup | undefined;
beforeEach(async () => {
  resetFakeBrowser();
  const third = contact('0038V00001cWq2CQAS', { name: 'Dana Liu', criteria: criteria('yes', 'no', 'unknown') });
  fakeBackground(deal({ contacts: [...deal().contacts, third] }));
  popup = await mountPopup();
});
afterEach(() => {
  popup?.unmount();
  popup = undefined;
});

const focusedKey = () => (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-contact-key]')?.dataset.contactKey;

describe('popup keyboard', () => {
  it('↓ enters the list at the first contact and moves down, stopping at the last', async () => {
    await press('ArrowDown', document.body);
    expect(focusedKey()).toBe(PRIYA);
    await press('ArrowDown');
    expect(focusedKey()).toBe(TOM);
    await press('ArrowDown');
    await press('ArrowDown');
    expect(focusedKey()).toBe(DANA);
  });

  it('↑ moves up, and from outside the list enters at the last contact', async () => {
    await press('ArrowUp', document.body);
    expect(focusedKey()).toBe(DANA);
    await press('ArrowUp');
    expect(focusedKey()).toBe(TOM);
    await press('ArrowUp');
    await press('ArrowUp');
    expect(focusedKey()).toBe(PRIYA);
  });

  it('arrows move from a focused toggle to the neighbouring contact', async () => {
    toggle(row(popup!.container, TOM), 'hasCredibility', 'no').focus();
    await press('ArrowDown');
    expect(focusedKey()).toBe(DANA);
    expect(document.activeElement).toBe(row(popup!.container, DANA));
  });

  it('1 2 3 cycle the focused contact’s criteria: unknown → yes → no → unknown', async () => {
    await press('ArrowDown', document.body);
    await press('ArrowDown');
    const tom = () => row(popup!.container, TOM);
    await press('1');
    expect(toggle(tom(), 'wantsOurSolution', 'yes').getAttribute('aria-pressed')).toBe('true');
    await press('1');
    expect(toggle(tom(), 'wantsOurSolution', 'no').getAttribute('aria-pressed')).toBe('true');
    await press('1');
    expect(toggle(tom(), 'wantsOurSolution', 'unknown').getAttribute('aria-pressed')).toBe('true');
    await press('1');
    await press('2');
    await press('3');
    expect(statusOf(tom()).text).toBe('Coach');
    expect(document.activeElement).toBe(tom()); // focus stays on the contact through re-renders
    expect(sentRequests('criterion/set').map((r) => [r.contactKey, r.criterion, r.value])).toEqual([
      [TOM, 'wantsOurSolution', 'yes'],
      [TOM, 'wantsOurSolution', 'no'],
      [TOM, 'wantsOurSolution', 'unknown'],
      [TOM, 'wantsOurSolution', 'yes'],
      [TOM, 'hasCredibility', 'yes'],
      [TOM, 'willingToGuide', 'yes'],
    ]);
    expect(statusOf(row(popup!.container, PRIYA)).text).toBe('?');
  });

  it('cycles from the value on screen (Dana has credibility = no → unknown)', async () => {
    row(popup!.container, DANA).focus();
    await press('2');
    expect(sentRequests('criterion/set')).toEqual([
      expect.objectContaining({ contactKey: DANA, criterion: 'hasCredibility', value: 'unknown' }),
    ]);
  });

  it('1 2 3 act on the contact whose toggle has the focus', async () => {
    toggle(row(popup!.container, PRIYA), 'willingToGuide', 'no').focus();
    await press('3');
    expect(sentRequests('criterion/set')).toEqual([
      expect.objectContaining({ contactKey: PRIYA, criterion: 'willingToGuide', value: 'yes' }),
    ]);
  });

  it('does nothing without a focused contact, for other keys, with modifiers or on key repeat', async () => {
    await press('1', document.body);
    row(popup!.container, PRIYA).focus();
    await press('4');
    await press('1', undefined, { ctrlKey: true });
    await press('2', undefined, { metaKey: true });
    await press('3', undefined, { repeat: true });
    expect(sentRequests('criterion/set')).toEqual([]);
  });
});
