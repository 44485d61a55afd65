/** Every row key (s, i, v, e, Enter, Esc) and the button that does the same. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeBrowser, sentRequests } from './fake-browser';
import { deal } from '../fakes/deal-views';
import { UUID } from './fixtures';
import { click, fakeBackground, field, form, mountPopup, press, row, toggle, typeInto, type MountedPopup } from './render-popup';
import type { DealView } from '../../../src/domain/view-schema';

vi.mock('../../../src/platform/browser', async () => ({ browser: (await import('./fake-browser')).fakeBrowser }));

const PRIYA = 'salesforce:0038V00001cWq2AQAS';
const TOM = 'salesforce:0038V00001cWq2BQAS';
const DEAL_KEY = deal().key;
// 23:30 local on 27 November: "today" is the rep's day, whatever UTC says.
const NOW = new Date(2026, 10, 27, 23, 30);
const TODAY = '2026-11-27';

let popup: MountedPopup | undefined;
let background: () => DealView;
beforeEach(async () => {
  resetFakeBrowser();
  background = fakeBackground(deal());
  popup = await mountPopup({ now: () => NOW });
});
afterEach(() => {
  popup?.unmount();
  popup = undefined;
});

const c = () => popup!.container;
const action = (key: string, name: string) => row(c(), key).querySelector<HTMLButtonElement>(`[data-action="${name}"]`)!;

describe('s: sponsor', () => {
  it('toggles the focused contact’s sponsor flag through deal/edit', async () => {
    row(c(), TOM).focus();
    await press('s');
    expect(sentRequests('deal/edit')).toEqual([{ type: 'deal/edit', dealKey: DEAL_KEY, action: { type: 'set-sponsor', contact: TOM, sponsor: true } }]);
    expect(action(TOM, 'sponsor').getAttribute('aria-pressed')).toBe('true');
    await press('s');
    expect(sentRequests('deal/edit')[1]?.action).toEqual({ type: 'set-sponsor', contact: TOM, sponsor: false });
    expect(action(TOM, 'sponsor').getAttribute('aria-pressed')).toBe('false');
    expect(document.activeElement).toBe(row(c(), TOM));
  });

  it('works from a toggle inside the row, and the Sponsor button does the same', async () => {
    toggle(row(c(), PRIYA), 'hasCredibility', 'no').focus();
    await press('S');
    await click(action(TOM, 'sponsor'));
    expect(sentRequests('deal/edit').map((r) => r.action)).toEqual([
      { type: 'set-sponsor', contact: PRIYA, sponsor: true },
      { type: 'set-sponsor', contact: TOM, sponsor: true },
    ]);
  });

  it('does nothing without a focused contact, with a modifier, or while typing', async () => {
    await press('s', document.body);
    row(c(), TOM).focus();
    await press('s', undefined, { ctrlKey: true });
    await press('i');
    await press('s', field(form(c(), 'intelligence')!, 'text'));
    expect(sentRequests('deal/edit')).toEqual([]);
  });
});

describe('i: intelligence', () => {
  it('opens the form in the row with the focus in its first field, today’s date and specific by default', async () => {
    row(c(), TOM).focus();
    await press('i');
    const opened = form(row(c(), TOM), 'intelligence')!;
    expect(opened).not.toBeNull();
    expect(document.activeElement).toBe(opened.querySelector('input, select, textarea'));
    expect(document.activeElement).toBe(field(opened, 'text'));
    expect(field(opened, 'date').value).toBe(TODAY);
    expect(opened.querySelector<HTMLInputElement>('[name="specific"][value="specific"]')?.checked).toBe(true);
    expect(field<HTMLSelectElement>(opened, 'topic')).toBeTruthy();
    // Everyone else on the deal may corroborate; the source may not.
    const others = [...field<HTMLSelectElement>(opened, 'corroboratedBy').options].map((o) => o.value);
    expect(others).toEqual([PRIYA]);
  });

  it('Enter in the text field saves it as add-intelligence, closes the form and returns to the row', async () => {
    row(c(), TOM).focus();
    await press('i');
    const text = field<HTMLTextAreaElement>(form(c(), 'intelligence')!, 'text');
    await typeInto(text, '  Funding comes from the 2027 capital plan.  ');
    await press('Enter', text);
    const [sent] = sentRequests('deal/edit');
    expect(sent?.action).toEqual({
      type: 'add-intelligence',
      entry: { id: expect.stringMatching(UUID), source: TOM, date: TODAY, topic: 'economic-buyer', specific: true, text: 'Funding comes from the 2027 capital plan.', corroboratedBy: [] },
    });
    expect(form(c(), 'intelligence')).toBeNull();
    expect(document.activeElement).toBe(row(c(), TOM));
  });

  it('Shift+Enter is a new line, not a save', async () => {
    row(c(), TOM).focus();
    await press('i');
    await press('Enter', field(form(c(), 'intelligence')!, 'text'), { shiftKey: true });
    expect(sentRequests('deal/edit')).toEqual([]);
    expect(form(c(), 'intelligence')).not.toBeNull();
  });

  it('Esc closes the form without saving and returns the focus to the row', async () => {
    row(c(), PRIYA).focus();
    await press('i');
    await typeInto(field(form(c(), 'intelligence')!, 'text'), 'half a thought');
    await press('Escape');
    expect(form(c(), 'intelligence')).toBeNull();
    expect(document.activeElement).toBe(row(c(), PRIYA));
    expect(sentRequests('deal/edit')).toEqual([]);
  });

  it('the row’s button opens the same form, and Cancel closes it', async () => {
    await click(action(PRIYA, 'intelligence'));
    const opened = form(row(c(), PRIYA), 'intelligence')!;
    expect(document.activeElement).toBe(field(opened, 'text'));
    const cancel = [...opened.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Cancel'))!;
    await click(cancel);
    expect(form(c(), 'intelligence')).toBeNull();
    expect(document.activeElement).toBe(row(c(), PRIYA));
  });
});

describe('v: value given', () => {
  it('opens the value form (text, kind, date) and saves add-value', async () => {
    row(c(), PRIYA).focus();
    await press('v');
    const opened = form(row(c(), PRIYA), 'value')!;
    expect(document.activeElement).toBe(field(opened, 'text'));
    expect(field(opened, 'date').value).toBe(TODAY);
    expect(field<HTMLSelectElement>(opened, 'kind').value).toBe('industry-information');
    await typeInto(field(opened, 'text'), 'Shared the depot maintenance benchmark.');
    await press('Enter', field(opened, 'text'));
    expect(sentRequests('deal/edit')[0]?.action).toEqual({
      type: 'add-value',
      entry: { id: expect.stringMatching(UUID), to: PRIYA, date: TODAY, kind: 'industry-information', text: 'Shared the depot maintenance benchmark.' },
    });
    expect(form(c(), 'value')).toBeNull();
    expect(document.activeElement).toBe(row(c(), PRIYA));
  });

  it('the row’s button opens it too', async () => {
    await click(action(TOM, 'value'));
    expect(form(row(c(), TOM), 'value')).not.toBeNull();
  });
});

describe('e: evidence', () => {
  it('opens the evidence of the criterion whose toggle has the focus and saves it with criterion/set', async () => {
    toggle(row(c(), TOM), 'willingToGuide', 'yes').focus();
    await press('e');
    const opened = form(row(c(), TOM), 'evidence')!;
    expect(opened.querySelector('[data-criterion-evidence]')?.getAttribute('data-criterion-evidence')).toBe('willingToGuide');
    expect(document.activeElement).toBe(field(opened, 'text'));
    await typeInto(field(opened, 'text'), 'Offered to walk me through the approval path.');
    await press('Enter', field(opened, 'text'));
    expect(sentRequests('criterion/set')).toEqual([
      { type: 'criterion/set', dealKey: DEAL_KEY, contactKey: TOM, criterion: 'willingToGuide', value: 'unknown', evidence: 'Offered to walk me through the approval path.' },
    ]);
    expect(background().contacts[1]?.criteria.willingToGuide.evidence).toBe('Offered to walk me through the approval path.');
    expect(row(c(), TOM).querySelector('.criterion__evidence')?.textContent).toBe('Offered to walk me through the approval path.');
    expect(document.activeElement).toBe(row(c(), TOM));
  });

  it('on the row itself, opens the first criterion’s evidence; the pencil opens any', async () => {
    row(c(), PRIYA).focus();
    await press('e');
    expect(form(c(), 'evidence')?.querySelector('[data-criterion-evidence="wantsOurSolution"]')).not.toBeNull();
    await press('Escape');
    await click(row(c(), PRIYA).querySelector<HTMLButtonElement>('[data-evidence-for="hasCredibility"]')!);
    expect(form(c(), 'evidence')?.querySelector('[data-criterion-evidence="hasCredibility"]')).not.toBeNull();
  });
});

describe('Enter and Esc: the person’s detail', () => {
  it('Enter on a row opens the person; Esc goes back with the focus on that row', async () => {
    row(c(), TOM).focus();
    await press('Enter');
    const view = c().querySelector<HTMLElement>('[data-view="person"]')!;
    expect(view.querySelector('h2')?.textContent).toBe('Tom Okafor');
    expect(document.activeElement).toBe(view);
    expect(c().querySelector('[data-contact-key]')).toBeNull();
    await press('Escape');
    expect(c().querySelector('[data-view="person"]')).toBeNull();
    expect(document.activeElement).toBe(row(c(), TOM));
  });

  it('Enter on a button inside the row presses the button instead', async () => {
    const yes = toggle(row(c(), TOM), 'wantsOurSolution', 'yes');
    yes.focus();
    await press('Enter');
    expect(c().querySelector('[data-view="person"]')).toBeNull();
  });

  it('the Details button opens the person, the Back button returns', async () => {
    await click(action(PRIYA, 'details'));
    expect(c().querySelector('[data-view="person"] h2')?.textContent).toBe('Priya Raghunathan');
    await click(c().querySelector<HTMLButtonElement>('[data-action="back"]')!);
    expect(document.activeElement).toBe(row(c(), PRIYA));
  });

  it('in the detail, the keys act on that person', async () => {
    row(c(), TOM).focus();
    await press('Enter');
    await press('1');
    await press('s');
    expect(sentRequests('criterion/set')[0]).toEqual(expect.objectContaining({ contactKey: TOM, criterion: 'wantsOurSolution', value: 'yes' }));
    expect(sentRequests('deal/edit')[0]?.action).toEqual({ type: 'set-sponsor', contact: TOM, sponsor: true });
    await press('i');
    const opened = form(c().querySelector('[data-view="person"]')!, 'intelligence')!;
    expect(document.activeElement).toBe(field(opened, 'text'));
    // Esc closes the form first, then leaves the detail.
    await press('Escape');
    expect(c().querySelector('[data-view="person"]')).not.toBeNull();
    expect(document.activeElement).toBe(c().querySelector('[data-view="person"]'));
    await press('Escape');
    expect(document.activeElement).toBe(row(c(), TOM));
  });

  it('Esc with nothing to close is left to the browser (it closes the popup)', async () => {
    row(c(), TOM).focus();
    const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    document.activeElement!.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });
});
