/** The forms: what they check, what they send, what a refusal does, and the question bank. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeBrowser, sentRequests } from './fake-browser';
import { contact, deal } from '../fakes/deal-views';
import { choose, click, fakeBackground, field, form, mountPopup, press, row, typeInto, type MountedPopup } from './render-popup';
import type { Request } from '../../../src/messaging/protocol';

vi.mock('../../../src/platform/browser', async () => ({ browser: (await import('./fake-browser')).fakeBrowser }));

const PRIYA = 'salesforce:0038V00001cWq2AQAS';
const TOM = 'salesforce:0038V00001cWq2BQAS';
const DANA = 'salesforce:003DANA';
const NOW = new Date(2026, 10, 27, 9, 0);

const view = () => deal({ contacts: [...deal().contacts, contact('003DANA', { name: 'Dana Liu', crmRole: 'Influencer', influenceRole: null })] });

let popup: MountedPopup | undefined;
afterEach(() => {
  popup?.unmount();
  popup = undefined;
});

async function mount(refuse?: (request: Request) => string | null) {
  fakeBackground(view(), refuse ? { refuse } : {});
  popup = await mountPopup({ now: () => NOW, newId: () => 'entry-1' });
  return popup.container;
}

async function openIntelligence(key = TOM) {
  row(popup!.container, key).focus();
  await press('i');
  return form(popup!.container, 'intelligence')!;
}

const submit = (scope: HTMLFormElement) => click(scope.querySelector<HTMLButtonElement>('button[type="submit"]')!);

beforeEach(() => resetFakeBrowser());

describe('validation', () => {
  it('intelligence needs its text: nothing is sent, the field says why and gets the focus', async () => {
    await mount();
    const opened = await openIntelligence();
    await typeInto(field(opened, 'text'), '   ');
    await submit(opened);
    expect(sentRequests('deal/edit')).toEqual([]);
    const text = field(form(popup!.container, 'intelligence')!, 'text');
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(text.getAttribute('aria-describedby')!)?.textContent).toBe('Write down what they told you.');
    expect(document.activeElement).toBe(text);
  });

  it('a date is required, real, and not in the future', async () => {
    await mount();
    const opened = await openIntelligence();
    await typeInto(field(opened, 'text'), 'Board approves in March.');
    const cases: Array<[string, string]> = [
      ['', 'Enter a date.'],
      ['2026-11-28', "The date can't be in the future."],
    ];
    for (const [date, message] of cases) {
      await typeInto(field(form(popup!.container, 'intelligence')!, 'date'), date);
      await submit(form(popup!.container, 'intelligence')!);
      expect(form(popup!.container, 'intelligence')?.querySelector('.field__error')?.textContent).toBe(message);
    }
    expect(sentRequests('deal/edit')).toEqual([]);
    // Fixing the field clears its message; an earlier date is fine.
    await typeInto(field(form(popup!.container, 'intelligence')!, 'date'), '2026-11-02');
    expect(form(popup!.container, 'intelligence')?.querySelector('.field__error')).toBeNull();
    await submit(form(popup!.container, 'intelligence')!);
    expect(sentRequests('deal/edit')[0]?.action).toEqual(expect.objectContaining({ type: 'add-intelligence', entry: expect.objectContaining({ date: '2026-11-02' }) }));
  });

  it('a value given may be described by its kind alone', async () => {
    await mount();
    row(popup!.container, PRIYA).focus();
    await press('v');
    const opened = form(popup!.container, 'value')!;
    await choose(field<HTMLSelectElement>(opened, 'kind'), 'peer-introduction');
    await submit(opened);
    expect(sentRequests('deal/edit')[0]?.action).toEqual({ type: 'add-value', entry: { id: 'entry-1', to: PRIYA, date: '2026-11-27', kind: 'peer-introduction', text: '' } });
  });

  it('sends topic, generic and the people who corroborate', async () => {
    await mount();
    const opened = await openIntelligence(TOM);
    await typeInto(field(opened, 'text'), 'They also talk to Acme.');
    await choose(field<HTMLSelectElement>(opened, 'topic'), 'competition');
    await click(opened.querySelector<HTMLInputElement>('[name="specific"][value="generic"]')!);
    await choose(field<HTMLSelectElement>(form(popup!.container, 'intelligence')!, 'corroboratedBy'), PRIYA, DANA);
    await press('Enter', field(form(popup!.container, 'intelligence')!, 'text'));
    expect(sentRequests('deal/edit')[0]?.action).toEqual({
      type: 'add-intelligence',
      entry: { id: 'entry-1', source: TOM, date: '2026-11-27', topic: 'competition', specific: false, text: 'They also talk to Acme.', corroboratedBy: [PRIYA, DANA] },
    });
  });
});

describe('a refused change', () => {
  it('keeps the form and its draft open with the background’s reason, and changes nothing', async () => {
    await mount((request) => (request.type === 'deal/edit' ? 'The intelligence names someone who is not on this deal.' : null));
    const opened = await openIntelligence();
    await typeInto(field(opened, 'text'), 'Board approves in March.');
    await press('Enter', field(opened, 'text'));
    const still = form(popup!.container, 'intelligence')!;
    expect(still).not.toBeNull();
    expect(field<HTMLTextAreaElement>(still, 'text').value).toBe('Board approves in March.');
    expect(still.querySelector('[role="alert"]')?.textContent).toBe('Not saved: The intelligence names someone who is not on this deal.');
  });

  it('of the sponsor flag shows the reason in the row and leaves the flag as it was', async () => {
    await mount((request) => (request.type === 'deal/edit' ? 'That contact is not on this deal (reload the CRM page).' : null));
    row(popup!.container, TOM).focus();
    await press('s');
    const tom = row(popup!.container, TOM);
    expect(tom.querySelector('[data-edit-error]')?.textContent).toBe('Not saved, nothing was changed: That contact is not on this deal (reload the CRM page).');
    expect(tom.querySelector('[data-action="sponsor"]')?.getAttribute('aria-pressed')).toBe('false');
    expect(row(popup!.container, PRIYA).querySelector('[data-edit-error]')).toBeNull();
  });

  it('of evidence keeps the form, and the criterion shows what the background last confirmed', async () => {
    await mount((request) => (request.type === 'criterion/set' ? 'storage quota exceeded' : null));
    row(popup!.container, TOM).focus();
    await press('e');
    await typeInto(field(form(popup!.container, 'evidence')!, 'text'), 'Said so in the kickoff.');
    await press('Enter', field(form(popup!.container, 'evidence')!, 'text'));
    expect(form(popup!.container, 'evidence')?.querySelector('[role="alert"]')?.textContent).toBe('Not saved: storage quota exceeded');
    expect(row(popup!.container, TOM).querySelector('.criterion__evidence')).toBeNull();
  });
});

describe('the question bank in the intelligence form', () => {
  const suggestions = () => [...form(popup!.container, 'intelligence')!.querySelectorAll<HTMLButtonElement>('[data-question-id]')];

  it('suggests the framework’s questions for the chosen topic', async () => {
    await mount();
    await openIntelligence(TOM);
    await choose(field<HTMLSelectElement>(form(popup!.container, 'intelligence')!, 'topic'), 'funding');
    expect(suggestions().map((s) => s.dataset.questionId)).toEqual(['funding-approval', 'funding-source']);
    expect(suggestions()[0]?.textContent).toBe('What is the process for approving funding at this level?');
    await choose(field<HTMLSelectElement>(form(popup!.container, 'intelligence')!, 'topic'), 'decision-process');
    expect(suggestions().map((s) => s.dataset.questionId)).toEqual(['process-steps', 'process-next-call']);
  });

  it('names the Economic Buyer in questions about them when the deal knows who it is', async () => {
    await mount();
    await openIntelligence(TOM);
    // Priya is the deal's one Economic Buyer.
    const texts = suggestions().map((s) => s.textContent);
    expect(texts).toContain('What does Priya Raghunathan need to see to approve this?');
  });

  it('a click puts the question in front of the answer and the focus in the text', async () => {
    await mount();
    const opened = await openIntelligence(TOM);
    await typeInto(field(opened, 'text'), 'March board meeting.');
    await choose(field<HTMLSelectElement>(opened, 'topic'), 'funding');
    await click(suggestions()[0]!);
    const text = field<HTMLTextAreaElement>(form(popup!.container, 'intelligence')!, 'text');
    expect(text.value).toBe('What is the process for approving funding at this level?\nMarch board meeting.');
    expect(document.activeElement).toBe(text);
  });
});

describe('hostile text', () => {
  it('typed into a form and shown back stays text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    await mount();
    row(popup!.container, TOM).focus();
    await press('e');
    await typeInto(field(form(popup!.container, 'evidence')!, 'text'), hostile);
    await press('Enter', field(form(popup!.container, 'evidence')!, 'text'));
    expect(row(popup!.container, TOM).querySelector('.criterion__evidence')?.textContent).toBe(hostile);
    expect(popup!.container.querySelector('img')).toBeNull();
  });
});
