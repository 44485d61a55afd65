/**
 * Every text the popup shows comes from the catalog: in German with the German catalog, and —
 * with a catalog that marks each message — nothing visible is left that is neither a message
 * nor the deal's own data.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, resetFakeBrowser } from './fake-browser';
import { catalog } from '../fakes/i18n';
import { contact, criteria, deal } from '../fakes/deal-views';
import { gap } from './fixtures';
import { click, fakeBackground, form, mountPopup, press, row, type MountedPopup } from './render-popup';
import type { DealView } from '../../../src/domain/view-schema';

vi.mock('../../../src/platform/browser', async () => ({ browser: (await import('./fake-browser')).fakeBrowser }));

const PRIYA = 'salesforce:0038V00001cWq2AQAS';
const TOM = 'salesforce:0038V00001cWq2BQAS';

function getMessageFrom(messages: Record<string, string>) {
  return (key: string, substitutions: string | string[] = []) => {
    const subs = Array.isArray(substitutions) ? substitutions : [substitutions];
    return (messages[key] ?? '').replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}

const view = (): DealView =>
  deal({
    contacts: [
      contact('0038V00001cWq2AQAS', { name: 'Priya Raghunathan', criteria: criteria('yes', 'no', 'unknown'), proposedSponsor: true }),
      deal().contacts[1]!,
    ],
    gaps: [
      gap({
        kind: 'economic-buyer-unknown',
        severity: 'warning',
        why: 'ENGINE-WHY',
        nextAction: 'ENGINE-NEXT',
        people: [TOM],
        question: { id: 'economic-buyer-who', text: 'ENGINE-QUESTION', askWhom: TOM },
      }),
      gap({ kind: 'role-uncovered', severity: 'critical', role: 'technical', people: [TOM], why: 'ENGINE-WHY', nextAction: 'ENGINE-NEXT' }),
    ],
    verdict: 'ENGINE-VERDICT',
  });

let popup: MountedPopup | undefined;
beforeEach(() => resetFakeBrowser());
afterEach(() => {
  vi.restoreAllMocks();
  popup?.unmount();
  popup = undefined;
});

describe('the German popup', () => {
  it('speaks German from the German catalog', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessageFrom(catalog('de')));
    fakeBackground(view());
    popup = await mountPopup();
    const { container } = popup;
    const headings = [...container.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toContain('Was als Nächstes zu tun ist');
    expect(headings).toContain('Kontakte');
    expect(container.querySelector('[data-gap-kind="role-uncovered"] .gap__name')?.textContent).toBe('Technischer Entscheider nicht abgedeckt');
    const priya = row(container, PRIYA);
    expect(priya.querySelector('[data-status]')?.getAttribute('aria-label')).toBe('Wohlgesinnter Kontakt: 1 von 3 Kriterien erfüllt, aber mindestens eines verfehlt – kein Coach');
    expect(priya.querySelector('[data-criterion="wantsOurSolution"][data-value="yes"]')?.getAttribute('aria-label')).toBe('Will unsere Lösung: Ja');
    expect(priya.querySelector('[data-action="intelligence"]')?.textContent).toContain('+ Hinweis');
    expect(priya.querySelector('.contact__role')?.textContent).toBe('Economic Buyer → Wirtschaftlicher Entscheider');
    priya.focus();
    await press('i');
    const opened = form(container, 'intelligence')!;
    expect(opened.querySelector('label[for="intel-text"]')?.textContent).toBe('Was man Ihnen gesagt hat');
    expect(opened.querySelector('[data-question-id="economic-buyer-who"]')?.textContent).toBe(
      'Wer gibt bei einem Kauf dieser Größe das endgültige Ja, und wer könnte ein Veto einlegen?',
    );
  });
});

describe('every visible string', () => {
  // Each message renders as ⟦key⟧ (substitutions kept), so whatever is not inside one is not ours.
  const marked = (key: string, substitutions: string | string[] = []) => {
    const subs = Array.isArray(substitutions) ? substitutions : [substitutions];
    return key in catalog('en') ? `⟦${key}${subs.map((s) => `|${s}`).join('')}⟧` : '';
  };
  const DATA = ['ENGINE-WHY', 'ENGINE-NEXT', 'ENGINE-QUESTION', 'ENGINE-VERDICT', 'Priya Raghunathan', 'Tom Okafor', 'Director of Operations', 'IT Architect', 'Economic Buyer', 'Technical Buyer'];
  const d = deal();
  const dealData = [d.name, d.stage, d.amount, d.accountName, d.closeDate].filter((x): x is string => !!x);

  function leftovers(screen: HTMLElement): string[] {
    // The overview sections (coverage, checklist, internal coaches) have their own catalog tests.
    const root = screen.cloneNode(true) as HTMLElement;
    for (const overview of root.querySelectorAll('.overview')) overview.remove();
    const texts: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Key caps name keys (S, I, 1 2 3), not words.
      if (node.parentElement?.closest('kbd')) continue;
      text += `\n${node.textContent ?? ''}`;
    }
    for (const element of root.querySelectorAll('[aria-label], [title]')) {
      text += `\n${element.getAttribute('aria-label') ?? ''}\n${element.getAttribute('title') ?? ''}`;
    }
    // Messages nest (a label inside an aria-label): strip the innermost first.
    let rest = text;
    while (/⟦[^⟦⟧]*⟧/.test(rest)) rest = rest.replace(/⟦[^⟦⟧]*⟧/g, '');
    for (const data of [...DATA, ...dealData].sort((a, b) => b.length - a.length)) rest = rest.split(data).join('');
    // What may remain: separators, arrows, the pencil and the option values of selects.
    for (const line of rest.split('\n')) if (line.replace(/[\s·→←✎:()0-9/-]/g, '') !== '') texts.push(line);
    return texts;
  }

  it('on the list, in a form and in the person’s detail comes from the catalog', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(marked);
    fakeBackground(view());
    popup = await mountPopup();
    const { container } = popup;
    const list = container.querySelector<HTMLElement>('.deal-screen')!;
    expect(leftovers(list)).toEqual([]);
    row(container, TOM).focus();
    await press('i');
    expect(leftovers(list)).toEqual([]);
    await press('Escape');
    await click(row(container, PRIYA).querySelector<HTMLButtonElement>('[data-action="details"]')!);
    expect(container.querySelector('[data-view="person"]')).not.toBeNull();
    expect(leftovers(container.querySelector<HTMLElement>('.deal-screen')!)).toEqual([]);
  });
});
