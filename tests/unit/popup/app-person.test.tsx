/** A person's detail: warnings, evidence, role, sponsor, win and result, access, and the logs. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { resetFakeBrowser, sentRequests } from './fake-browser';
import { contact, criteria, deal } from '../fakes/deal-views';
import { gap, intelligence, valueGiven } from './fixtures';
import { choose, click, fakeBackground, field, form, mountPopup, press, row, settle, typeInto, type MountedPopup } from './render-popup';
import type { DealView } from '../../../src/domain/view-schema';

vi.mock('../../../src/platform/browser', async () => ({ browser: (await import('./fake-browser')).fakeBrowser }));

const PRIYA = 'salesforce:0038V00001cWq2AQAS';
const TOM = 'salesforce:0038V00001cWq2BQAS';
const INTERNAL = 'internal:kim-ops';

const view = (): DealView =>
  deal({
    contacts: [
      contact('0038V00001cWq2AQAS', {
        name: 'Priya Raghunathan',
        title: 'Head of Procurement',
        criteria: { ...criteria('yes', 'yes', 'unknown'), hasCredibility: { value: 'yes', evidence: 'Runs the steering committee.' } },
        personalWin: 'A promotion to VP',
        sponsor: true,
      }),
      deal().contacts[1]!,
    ],
    internalCoaches: [{ key: INTERNAL, name: 'Kim from Ops', title: null, email: null, access: { roles: [], people: [] } }],
    gaps: [
      gap({ kind: 'procurement-coach', severity: 'warning', people: [PRIYA], why: 'Priya is rewarded for the best price.' }),
      gap({ kind: 'sponsor-not-coach', severity: 'warning', people: [PRIYA], why: 'Priya supports us publicly but never guided us.' }),
      gap({ kind: 'partial-coach', severity: 'info', people: [TOM], why: 'Tom meets 0 of 3.' }),
      gap({ kind: 'no-coach', severity: 'critical', candidates: [PRIYA] }),
    ],
  });

let popup: MountedPopup | undefined;
beforeEach(async () => {
  resetFakeBrowser();
  fakeBackground(view());
  popup = await mountPopup({ now: () => new Date(2026, 10, 27, 9) });
  row(popup.container, PRIYA).focus();
  await press('Enter');
});
afterEach(() => {
  popup?.unmount();
  popup = undefined;
});

const detail = () => popup!.container.querySelector<HTMLElement>('[data-view="person"]')!;

describe('the person’s detail', () => {
  it('shows the framework’s warnings about this person, and only theirs', () => {
    const warnings = [...detail().querySelectorAll<HTMLElement>('[data-warning-kind]')];
    expect(warnings.map((w) => w.dataset.warningKind)).toEqual(['procurement-coach', 'sponsor-not-coach']);
    expect(warnings[0]?.textContent).toContain('Priya is rewarded for the best price.');
    expect(warnings[0]?.querySelector('.gap__framework')?.textContent).toContain('A friendly procurement contact who is rewarded for negotiating the best price is not a candidate Coach');
    expect(warnings[1]?.querySelector('.gap__framework')?.textContent).toContain('A sponsor is not a Coach.');
  });

  it('shows the evidence per criterion and the personal win against the organization’s result', () => {
    expect(detail().querySelector('[data-evidence-for="hasCredibility"]')?.closest('.criterion')?.textContent).toContain('Runs the steering committee.');
    const facts = detail().querySelector('.facts')!;
    expect(facts.textContent).toContain('A promotion to VP');
    expect(facts.textContent).toContain('Not known yet');
  });

  it('edits personal win and organizational result with set-win', async () => {
    await click(detail().querySelector<HTMLButtonElement>('[data-action="win"]')!);
    const opened = form(detail(), 'win')!;
    expect(document.activeElement).toBe(field(opened, 'personalWin'));
    await typeInto(field(opened, 'organizationResult'), 'Depot downtime down 20%');
    await press('Enter', field(opened, 'organizationResult'));
    expect(sentRequests('deal/edit')[0]?.action).toEqual({ type: 'set-win', contact: PRIYA, personalWin: 'A promotion to VP', organizationResult: 'Depot downtime down 20%' });
    expect(detail().querySelector('.facts')?.textContent).toContain('Depot downtime down 20%');
    expect(document.activeElement).toBe(detail());
  });

  it('overrides the buying-influence role with a labelled select (set-role), back to derived too', async () => {
    const select = field<HTMLSelectElement>(detail(), 'role');
    expect(select.labels?.[0]?.textContent).toBe('Buying-influence role');
    expect([...select.options].map((o) => o.value)).toEqual(['derived', 'economic', 'user', 'technical', 'none']);
    await choose(select, 'user');
    await choose(field<HTMLSelectElement>(detail(), 'role'), 'derived');
    expect(sentRequests('deal/edit').map((r) => r.action)).toEqual([
      { type: 'set-role', contact: PRIYA, role: 'user' },
      { type: 'set-role', contact: PRIYA, role: null },
    ]);
  });

  it('the sponsor checkbox is the mouse’s `s`', async () => {
    const box = field(detail(), 'sponsor');
    expect(box.checked).toBe(true);
    await click(box);
    expect(sentRequests('deal/edit')[0]?.action).toEqual({ type: 'set-sponsor', contact: PRIYA, sponsor: false });
    expect(field(detail(), 'sponsor').checked).toBe(false);
  });

  it('records access to roles and people (set-access); the own role is always covered', async () => {
    const own = detail().querySelector<HTMLInputElement>('[name="access-role"][value="economic"]')!;
    expect(own.checked && own.disabled).toBe(true);
    await click(detail().querySelector<HTMLInputElement>('[name="access-role"][value="technical"]')!);
    await click(detail().querySelector<HTMLInputElement>(`[name="access-person"][value="${INTERNAL}"]`)!);
    expect(sentRequests('deal/edit').map((r) => r.action)).toEqual([
      { type: 'set-access', person: PRIYA, access: { roles: ['technical'], people: [] } },
      { type: 'set-access', person: PRIYA, access: { roles: ['technical'], people: [INTERNAL] } },
    ]);
  });

  it('lists the intelligence (topic, specific or generic, corroborated by) and the value given, newest first', async () => {
    const withLogs = {
      ...view(),
      intelligence: [
        intelligence({ id: 'i1', source: PRIYA, date: '2026-11-02', topic: 'funding', specific: false, text: 'Budget is tight.' }),
        intelligence({ id: 'i2', source: PRIYA, date: '2026-11-20', topic: 'decision-process', text: 'The board decides in March.', corroboratedBy: [TOM, INTERNAL] }),
        intelligence({ id: 'i3', source: TOM, text: 'Not Priya’s.' }),
      ],
      valueGiven: [valueGiven({ id: 'v1', to: PRIYA, kind: 'peer-introduction', text: '<b>Intro</b> to Lena at Harbor Transit' })],
    };
    await act(() => void (popup!.model.state.value = { kind: 'deal', deal: withLogs }));
    await settle();
    const entries = [...detail().querySelectorAll<HTMLElement>('[data-entry-id]')];
    expect(entries.map((e) => e.dataset.entryId)).toEqual(['i2', 'i1', 'v1']);
    expect(entries[0]?.textContent).toContain('2026-11-20 · Decision process · Specific');
    expect(entries[0]?.textContent).toContain('Corroborated by Tom Okafor, Kim from Ops');
    expect(entries[1]?.textContent).toContain('Generic');
    expect(entries[2]?.textContent).toContain('Introduction to a peer');
    expect(entries[2]?.querySelector('.log__text')?.textContent).toBe('<b>Intro</b> to Lena at Harbor Transit');
    expect(detail().querySelector('b')).toBeNull();
    await click(entries[1]!.querySelector('button')!);
    await click(entries[2]!.querySelector('button')!);
    expect(sentRequests('deal/edit').map((r) => r.action)).toEqual([
      { type: 'remove-intelligence', id: 'i1' },
      { type: 'remove-value', id: 'v1' },
    ]);
  });

  it('says so when nothing is logged yet, and offers the buttons for i and v', async () => {
    expect(detail().textContent).toContain('No intelligence logged yet.');
    expect(detail().textContent).toContain('Nothing given yet.');
    await click(detail().querySelector<HTMLButtonElement>('[data-action="value"]')!);
    expect(form(detail(), 'value')).not.toBeNull();
  });

  it('another person sees their own warnings, not Priya’s', async () => {
    await press('Escape');
    await click(row(popup!.container, TOM).querySelector<HTMLButtonElement>('[data-action="details"]')!);
    expect([...detail().querySelectorAll('[data-warning-kind]')].map((w) => w.getAttribute('data-warning-kind'))).toEqual(['partial-coach']);
  });
});
