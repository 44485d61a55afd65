/**
 * The strip opens the popup; every text on the page comes from the catalog (German in a German
 * browser); names from the CRM stay text wherever they show.
 */
import { describe, expect, test, vi } from 'vitest';
import type { AdapterRead } from '../../../src/content/adapters/types';
import { GAP_KINDS, type Gap } from '../../../src/domain/gaps/types';
import { criteria } from '../fakes/deal-views';
import {
  badge, freshSessionPerTest, fakeBackground, getMessage, getUILanguage, listeners, ourTexts, pageWithTwoContacts, PRIYA, sendMessage, sent, settle, strip, tagger,
  TOM, twoContacts, useLocale,
} from './page-harness';

vi.mock('../../../src/platform/browser', () => ({
  browser: {
    i18n: { getMessage, getUILanguage },
    runtime: { sendMessage: (m: unknown) => sendMessage(m), onMessage: { addListener: (l: (m: unknown) => void) => listeners.push(l), removeListener: (l: (m: unknown) => void) => listeners.splice(listeners.indexOf(l), 1) } },
  },
}));
let nextRead: AdapterRead = { kind: 'not-opportunity' };
vi.mock('../../../src/content/adapters/registry', () => ({
  adapterFor: () => ({ crm: 'salesforce', isOpportunityPage: () => true, read: () => nextRead }),
}));

const { startPageSession } = await import('../../../src/content/page-session');
const { gapTitle } = await import('../../../src/domain/gaps/titles');
const { personName } = await import('../../../src/domain/view-schema');
const { t } = await import('../../../src/platform/i18n');

const gap = (kind: Gap['kind'], severity: Gap['severity'], people: string[], extra: Partial<Gap> = {}): Gap => ({
  kind, severity, people, why: 'English sentence from the engine.', nextAction: 'English action.', candidates: [], question: null, role: null, topic: null, ...extra,
});

/** Priya a Coach, Tom 2 of 3: a one-legged stool with the Economic Buyer uncovered, and more gaps than the strip shows. */
const busyDeal = twoContacts({
  contacts: twoContacts().contacts.map((c) =>
    c.key === PRIYA ? { ...c, criteria: criteria('yes', 'yes', 'yes'), status: 'coach' as const } : { ...c, criteria: criteria('yes', 'yes', 'unknown'), status: 'developing' as const },
  ),
  gaps: [
    gap('role-uncovered', 'critical', [], { role: 'economic' }),
    gap('single-coach', 'warning', [PRIYA]),
    gap('sponsor-not-coach', 'warning', [TOM]),
    gap('no-reciprocity', 'warning', [PRIYA]),
    gap('partial-coach', 'info', [TOM]),
    gap('uncorroborated', 'info', [], { topic: 'funding' }),
  ],
  // The background words the verdict in the rep's language (domain verdictOf through i18n).
  verdict: '1 coach · one-legged stool · Economic Buyer not covered',
});

let background: ReturnType<typeof fakeBackground>;

async function start(view = busyDeal, names?: readonly [string, string]) {
  nextRead = pageWithTwoContacts(names);
  background = fakeBackground(view);
  startPageSession(session.controller.signal);
  await vi.runOnlyPendingTimersAsync();
}

const session = freshSessionPerTest();

describe('the strip', () => {
  test('shows the verdict the background worded and the worst gaps in a few words, not the engine’s sentences', async () => {
    await start();
    const text = strip().root.textContent ?? '';
    expect(text).toContain('1 coach · one-legged stool · Economic Buyer not covered');
    expect(text).toContain('Economic Buyer not covered');
    expect(text).toContain('One-legged stool: Priya Raghunathan');
    expect(text).toContain('Sponsor is not a coach: Tom Okafor');
    expect(text).toContain('+1 more in the popup');
    expect(text).not.toContain('English');
    expect(strip().box.dataset.worst).toBe('critical');
  });

  test('a click anywhere on it, or on its button, asks for the popup once', async () => {
    await start();
    expect(strip().button.textContent).toBe('Open Coach Network');
    expect(strip().button.type).toBe('button');
    strip().button.click();
    await settle();
    expect(sent('popup/open')).toEqual([{ type: 'popup/open' }]);
    strip().root.querySelector<HTMLElement>('.verdict')!.click();
    await settle();
    expect(sent('popup/open')).toHaveLength(2);
    expect(strip().error.hidden).toBe(true);
  });

  test('when the browser won’t open the popup, the strip says where to find it', async () => {
    await start();
    background.fail.add('popup/open');
    strip().box.click();
    await settle();
    expect(strip().error.hidden).toBe(false);
    expect(strip().error.textContent).toBe('Couldn’t open it from here: use the Coach Network button in the toolbar.');
  });
});

describe('texts', () => {
  test('everything we show comes from the catalog (run with a pseudo-locale of raw keys)', async () => {
    useLocale('keys');
    await start();
    badge(PRIYA).button.focus();
    badge(TOM).button.click();
    // Each message shows as ⟦key|substitutions⟧; the rest may only be the names we show as headings and separators.
    let left = ourTexts();
    // Innermost first: a message may carry another as its substitution.
    while (/⟦[^⟦⟧]*⟧/.test(left)) left = left.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    left = left
      .replaceAll('Priya Raghunathan', ' ')
      .replaceAll('Tom Okafor', ' ')
      // The verdict arrives worded by the background (its own catalog lookup).
      .replaceAll(busyDeal.verdict, ' ')
      .replace(/[\s·✕123]/g, '');
    expect(left).toBe('');
    expect(badge(PRIYA).button.textContent).toBe('⟦label_badge_coach⟧');
    expect(badge(TOM).button.getAttribute('aria-label')).toBe('⟦page_badge_label|Tom Okafor|⟦label_status_developing|2⟧⟧');
  });

  test('a German browser reads German everywhere on the page', async () => {
    useLocale('de');
    await start({ ...busyDeal, verdict: '1 Coach · Stuhl auf einem Bein · Wirtschaftlicher Entscheider nicht abgedeckt' });
    expect(strip().root.textContent).toContain('1 Coach · Stuhl auf einem Bein · Wirtschaftlicher Entscheider nicht abgedeckt');
    expect(strip().root.textContent).toContain('Stuhl auf einem Bein: Priya Raghunathan');
    expect(strip().button.textContent).toBe('Coach Network öffnen');
    expect(badge(TOM).button.textContent).toBe('2/3');
    expect(badge(TOM).button.getAttribute('aria-label')).toBe('Coach Network, Tom Okafor: Im Aufbau: 2 von 3 Kriterien erfüllt, keines verfehlt');
    badge(TOM).button.focus();
    const card = badge(TOM).card?.textContent ?? '';
    expect(card).toContain('Will unsere Lösung');
    expect(card).toContain('Unbekannt');
    expect(card).toContain('Offene Warnungen');
    expect(card).toContain('Sponsor ist kein Coach: Tom Okafor');
    badge(TOM).button.click();
    const open = tagger()!;
    expect([...open.root.querySelectorAll('[data-criterion="hasCredibility"]')].map((b) => b.textContent)).toEqual(['Ja', 'Nein', 'Unbekannt']);
    expect(open.root.textContent).toContain('Esc schließt');
  });

  test('the couldn’t-read note and its dismiss button come from the catalog too', async () => {
    useLocale('keys');
    pageWithTwoContacts();
    nextRead = { kind: 'unreadable', code: 'contacts-unreadable', reason: 'rows-without-ids', opportunityKey: null, noticeAnchor: document.querySelector('article') };
    fakeBackground(busyDeal);
    startPageSession(session.controller.signal);
    await vi.runOnlyPendingTimersAsync();
    expect(ourTexts()).toContain('⟦page_notice_title⟧');
    const host = document.querySelector('[data-coach-network="notice"]')!;
    expect(host.getAttribute('role')).toBe('status');
  });

  test.each(['en', 'de'] as const)('every gap kind has a short title in %s, with roles, topics and names filled in', (locale) => {
    useLocale(locale);
    for (const kind of GAP_KINDS) {
      const title = gapTitle(gap(kind, 'warning', [PRIYA], { role: 'technical', topic: 'decision-process' }), (key) => personName(busyDeal, key), t);
      expect(title, kind).toMatch(/\S/);
      expect(title, kind).not.toMatch(/\$\d|title_/);
    }
    expect(gapTitle(gap('single-coach', 'warning', [PRIYA]), (key) => personName(busyDeal, key), t)).toContain(locale === 'de' ? 'Stuhl auf einem Bein' : 'One-legged stool');
  });

  test('a German plural and list: two coaches, a gap naming both', async () => {
    useLocale('de');
    const both = twoContacts({
      contacts: twoContacts().contacts.map((c) => ({ ...c, criteria: criteria('yes', 'yes', 'yes'), status: 'coach' as const })),
      gaps: [gap('no-reciprocity', 'warning', [PRIYA, TOM])],
      verdict: '2 Coaches',
    });
    await start(both);
    expect(strip().root.querySelector('.verdict')?.textContent).toBe('2 Coaches');
    expect(strip().root.textContent).toContain('Nichts zurückgegeben: Priya Raghunathan und Tom Okafor');
  });
});

test('hostile names from the CRM stay text in the badge, the card, the tagger and the strip', async () => {
  const hostile = '<img src=x onerror="alert(1)">';
  const view = twoContacts({
    contacts: twoContacts().contacts.map((c) => (c.key === PRIYA ? { ...c, name: hostile, criteria: criteria('yes', 'yes', 'yes'), status: 'coach' as const } : c)),
    gaps: [gap('single-coach', 'warning', [PRIYA])],
  });
  await start(view, [hostile, 'Tom Okafor']);
  badge(PRIYA).button.focus();
  expect(badge(PRIYA).button.getAttribute('aria-label')).toContain(hostile);
  expect(badge(PRIYA).card?.textContent).toContain(`One-legged stool: ${hostile}`);
  expect(badge(PRIYA).root.querySelector('img')).toBeNull();
  badge(PRIYA).button.click();
  for (const root of [strip().root, tagger()!.root]) {
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(hostile);
  }
  expect(document.querySelector('img')).toBeNull();
});
