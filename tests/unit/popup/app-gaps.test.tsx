import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Gap } from '../../../src/domain/gaps/types';
import { resetFakeBrowser } from './fake-browser';
import { contact, criteria, deal } from '../fakes/deal-views';
import { gap } from './fixtures';
import { click, fakeBackground, field, form, mountPopup, row, type MountedPopup } from './render-popup';

vi.mock('../../../src/platform/browser', async () => ({ browser: (await import('./fake-browser')).fakeBrowser }));

const PRIYA = 'salesforce:0038V00001cWq2AQAS';
const TOM = 'salesforce:0038V00001cWq2BQAS';
const INTERNAL = 'internal:kim-ops';

const GAPS: Gap[] = [
  gap({ kind: 'partial-coach', severity: 'info', people: [TOM], why: 'Tom Okafor meets 1 of the 3 Coach criteria.' }),
  gap({ kind: 'no-coach', severity: 'critical', candidates: [TOM, PRIYA], why: 'Nobody meets all three criteria.', nextAction: 'Test Tom Okafor and Priya Raghunathan.' }),
  gap({
    kind: 'economic-buyer-unknown',
    severity: 'warning',
    question: { id: 'funding-approval', text: 'What is the process for approving funding at this level?', askWhom: TOM },
  }),
  gap({ kind: 'role-uncovered', severity: 'critical', role: 'economic', people: [PRIYA, INTERNAL] }),
];

const view = () =>
  deal({
    contacts: [...deal().contacts, contact('0038V00001cWq2CQAS', { name: 'Colm Gallagher', criteria: criteria('yes', 'unknown', 'unknown') })],
    internalCoaches: [{ key: INTERNAL, name: 'Kim from Ops', title: null, email: null, access: { roles: [], people: [] } }],
    gaps: GAPS,
  });

let popup: MountedPopup | undefined;
beforeEach(async () => {
  resetFakeBrowser();
  fakeBackground(view());
  popup = await mountPopup();
});
afterEach(() => {
  popup?.unmount();
  popup = undefined;
});

const items = () => [...popup!.container.querySelectorAll<HTMLElement>('[data-gap-kind]')];

describe('the gaps', () => {
  it('come before the contacts, worst first, each with its why and next action', () => {
    const { container } = popup!;
    expect(items().map((i) => i.dataset.gapKind)).toEqual(['no-coach', 'role-uncovered', 'economic-buyer-unknown', 'partial-coach']);
    const headings = [...container.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings.indexOf('What to do next')).toBeLessThan(headings.indexOf('Contacts'));
    const noCoach = items()[0]!;
    expect(noCoach.querySelector('.gap__name')?.textContent).toBe('No coach');
    expect(noCoach.querySelector('.severity')?.textContent).toBe('Critical');
    expect(noCoach.querySelector('.gap__why')?.textContent).toBe('Nobody meets all three criteria.');
    expect(noCoach.querySelector('.gap__next')?.textContent).toBe('Next: Test Tom Okafor and Priya Raghunathan.');
    expect(items()[1]?.querySelector('.gap__name')?.textContent).toBe('Economic Buyer not covered');
  });

  it('name the people they concern as buttons that move the focus to that contact’s row', async () => {
    const uncovered = popup!.container.querySelector<HTMLElement>('[data-gap-kind="role-uncovered"]')!;
    const buttons = [...uncovered.querySelectorAll<HTMLButtonElement>('button[data-person-key]')];
    expect(buttons.map((b) => [b.dataset.personKey, b.textContent])).toEqual([[PRIYA, 'Priya Raghunathan']]);
    // The internal coach has no row: named, not a button.
    expect(uncovered.querySelector('.person-name')?.textContent).toBe('Kim from Ops');
    await click(buttons[0]!);
    expect(document.activeElement).toBe(row(popup!.container, PRIYA));
  });

  it('offer the candidates to develop as buttons too', async () => {
    const noCoach = popup!.container.querySelector<HTMLElement>('[data-gap-kind="no-coach"]')!;
    const candidates = [...noCoach.querySelectorAll<HTMLButtonElement>('button[data-candidate-key]')];
    expect(candidates.map((b) => b.textContent)).toEqual(['Tom Okafor', 'Priya Raghunathan']);
    await click(candidates[0]!);
    expect(document.activeElement).toBe(row(popup!.container, TOM));
  });

  it('offer the question to ask, and open the intelligence form for the person to ask with it', async () => {
    const unknown = popup!.container.querySelector<HTMLElement>('[data-gap-kind="economic-buyer-unknown"]')!;
    expect(unknown.querySelector('.gap__question')?.textContent).toContain('Ask Tom Okafor:');
    expect(unknown.querySelector('q')?.textContent).toBe('What is the process for approving funding at this level?');
    await click(unknown.querySelector<HTMLButtonElement>('[data-action="ask"]')!);
    const opened = form(row(popup!.container, TOM), 'intelligence');
    expect(opened).not.toBeNull();
    expect(field<HTMLSelectElement>(opened!, 'topic').value).toBe('funding');
    expect(field<HTMLTextAreaElement>(opened!, 'text').value).toBe('What is the process for approving funding at this level?\n');
    expect(document.activeElement).toBe(field(opened!, 'text'));
  });

  it('keep the engine’s sentences as text', async () => {
    popup!.unmount();
    const hostile = '<img src=x onerror=alert(1)>';
    fakeBackground(deal({ gaps: [gap({ kind: 'no-coach', severity: 'critical', why: hostile, nextAction: `<b>${hostile}</b>` })] }));
    popup = await mountPopup();
    expect(popup.container.querySelector('.gap__why')?.textContent).toBe(hostile);
    expect(popup.container.querySelector('img, b')).toBeNull();
  });

  it('say so when there are none', async () => {
    popup!.unmount();
    fakeBackground(deal({ gaps: [] }));
    popup = await mountPopup();
    expect(popup.container.querySelector('.gaps__none')?.textContent).toBe('No gaps: the coach network of this deal looks sound.');
    expect(popup.container.querySelector('[data-gap-kind]')).toBeNull();
  });
});
