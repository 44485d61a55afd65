/**
 * The badge as a button, its hover card, and the in-page tagger it opens: what the rep sees and
 * what reaches the background, through the real session against a scripted adapter.
 */
import { describe, expect, test, vi } from 'vitest';
import type { AdapterRead } from '../../../src/content/adapters/types';
import { criteria } from '../fakes/deal-views';
import {
  badge, freshSessionPerTest, DEAL_KEY, fakeBackground, getMessage, getUILanguage, listeners, pageWithTwoContacts, PRIYA, pushDeal, sendMessage, sent, settle,
  tagger, TOM, twoContacts,
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

let background: ReturnType<typeof fakeBackground>;

const priyaGaps = twoContacts({
  contacts: twoContacts().contacts.map((c) => (c.key === PRIYA ? { ...c, criteria: criteria('yes', 'unknown', 'unknown'), status: 'developing' as const } : c)),
  gaps: [
    { kind: 'partial-coach', severity: 'info', people: [PRIYA], why: '', nextAction: '', candidates: [], question: null, role: null, topic: null },
    { kind: 'no-coach', severity: 'critical', people: [], why: '', nextAction: '', candidates: [], question: null, role: null, topic: null },
    { kind: 'partial-coach', severity: 'info', people: [TOM], why: '', nextAction: '', candidates: [], question: null, role: null, topic: null },
  ],
});

async function start(view = twoContacts()) {
  nextRead = pageWithTwoContacts();
  background = fakeBackground(view);
  startPageSession(session.controller.signal);
  await vi.runOnlyPendingTimersAsync();
}

/** The pointer moving onto `element` from `relatedTarget` (or off it, to `relatedTarget`), as a browser reports it. */
const hover = (element: Element, type: 'mouseover' | 'mouseout', relatedTarget: EventTarget | null = null) =>
  element.dispatchEvent(new MouseEvent(type, { relatedTarget, bubbles: true, composed: true }));
const pointerDown = (target: EventTarget) => target.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));

const session = freshSessionPerTest();

describe('the badge', () => {
  test('is a real button that says whose status it is and that it opens a dialog', async () => {
    await start(priyaGaps);
    const { button, root } = badge(PRIYA);
    expect(button.tagName).toBe('BUTTON');
    expect(button.type).toBe('button');
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.textContent).toBe('1/3');
    expect(button.getAttribute('aria-label')).toBe('Coach Network, Priya Raghunathan: Developing: 1 of 3 criteria met, none failed');
    button.focus();
    expect(root.activeElement).toBe(button);
  });

  test('the hover card is built only on hover, lists the three criteria and only this person’s warnings', async () => {
    await start(priyaGaps);
    const { button, root } = badge(PRIYA);
    expect(root.querySelector('.card')).toBeNull();
    expect(button.hasAttribute('aria-describedby')).toBe(false);
    hover(button, 'mouseover');
    const card = badge(PRIYA).card!;
    expect(card.hidden).toBe(false);
    // Placed from the badge's box (jsdom has no layout, so at the window's margin).
    expect(card.style.top).toMatch(/px$/);
    const lines = [...card.querySelectorAll('.criterion')].map((li) => li.textContent);
    expect(lines).toEqual(['Wants our solutionYes', 'Has credibilityUnknown', 'Willing to guideUnknown']);
    const warnings = [...card.querySelectorAll('.gap')].map((li) => li.textContent);
    expect(warnings).toEqual(['Partial coach: Priya Raghunathan']);
    expect(button.getAttribute('aria-describedby')).toBe(card.id);
    // Moving onto the card keeps it; leaving both hides it.
    hover(button, 'mouseout', card);
    expect(card.hidden).toBe(false);
    hover(card, 'mouseout', document.body);
    expect(card.hidden).toBe(true);
  });

  test('focus shows the card, Escape dismisses it, blur hides it; a person without gaps says so', async () => {
    await start(priyaGaps);
    const { button } = badge(PRIYA);
    button.focus();
    const card = badge(PRIYA).card!;
    expect(card.hidden).toBe(false);
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card.hidden).toBe(true);
    // One card at a time: hovering another badge while this one holds the focus shows only that one.
    button.focus();
    hover(badge(TOM).button, 'mouseover');
    expect([card.hidden, badge(TOM).cardShown]).toEqual([true, true]);
    hover(badge(TOM).button, 'mouseout', document.body);
    button.blur();
    pushDeal({ ...priyaGaps, gaps: [] });
    badge(PRIYA).button.focus();
    expect(badge(PRIYA).card?.textContent).toContain('No open warnings for this person.');
  });

  test('on scroll a card held by focus follows its badge; one held only by hover closes', async () => {
    await start(priyaGaps);
    const { button } = badge(PRIYA);
    let top = 100;
    button.getBoundingClientRect = () => new DOMRect(40, top, 30, 14);
    button.focus();
    const card = badge(PRIYA).card!;
    expect(card.style.top).toBe('118px');
    top = 300;
    window.dispatchEvent(new Event('scroll'));
    expect(card.hidden).toBe(false);
    expect(card.style.top).toBe('318px');
    button.blur();
    hover(button, 'mouseover');
    window.dispatchEvent(new Event('scroll'));
    expect(card.hidden).toBe(true);
  });

  test('a badge left by an earlier copy of the script (extension reloaded) is replaced, not doubled', async () => {
    nextRead = pageWithTwoContacts();
    const stale = document.createElement('span');
    stale.setAttribute('data-coach-network', 'badge');
    stale.setAttribute('data-contact-key', PRIYA);
    stale.attachShadow({ mode: 'closed' });
    document.querySelector('a')!.after(stale);
    background = fakeBackground(twoContacts());
    startPageSession(session.controller.signal);
    await vi.runOnlyPendingTimersAsync();
    expect(stale.isConnected).toBe(false);
    expect(document.querySelectorAll(`[data-contact-key="${PRIYA}"]`)).toHaveLength(1);
    expect(badge(PRIYA).button.textContent).toBe('?');
  });

  test('the CRM never sees our clicks and hovers (Lightning’s own record preview would open)', async () => {
    await start();
    const seen: string[] = [];
    for (const type of ['click', 'mouseover', 'keydown']) document.body.addEventListener(type, () => seen.push(type));
    const { button } = badge(PRIYA);
    button.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    button.click();
    expect(seen).toEqual([]);
  });
});

describe('the in-page tagger', () => {
  test('a click opens one dialog labelled by the contact, with pressed toggles, and takes the focus', async () => {
    await start(priyaGaps);
    badge(PRIYA).button.click();
    const open = tagger()!;
    expect(document.querySelectorAll('[data-coach-network="tagger"]')).toHaveLength(1);
    expect(open.dialog.getAttribute('role')).toBe('dialog');
    expect(open.root.getElementById(open.dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Priya Raghunathan');
    expect(open.pressed('wantsOurSolution')).toBe('yes');
    expect(open.pressed('hasCredibility')).toBe('unknown');
    expect(open.toggle('willingToGuide', 'no').getAttribute('aria-pressed')).toBe('false');
    expect(badge(PRIYA).button.getAttribute('aria-expanded')).toBe('true');
    expect(badge(PRIYA).cardShown).toBe(false);
    expect(document.activeElement).toBe(open.host);
    // Another badge: still one tagger, now for Tom.
    pointerDown(badge(TOM).host);
    badge(TOM).button.click();
    expect(document.querySelectorAll('[data-coach-network="tagger"]')).toHaveLength(1);
    expect(tagger()!.dialog.textContent).toContain('Tom Okafor');
    expect(badge(PRIYA).button.getAttribute('aria-expanded')).toBe('false');
  });

  test('Escape closes it and gives the focus back to the badge', async () => {
    await start();
    badge(PRIYA).button.click();
    tagger()!.key('Escape');
    expect(tagger()).toBeNull();
    expect(document.activeElement).toBe(badge(PRIYA).host);
    expect(badge(PRIYA).root.activeElement).toBe(badge(PRIYA).button);
    expect(badge(PRIYA).button.getAttribute('aria-expanded')).toBe('false');
  });

  test('a click outside closes it and returns focus; a click inside or on the badge’s own pointerdown does not', async () => {
    await start();
    badge(PRIYA).button.click();
    pointerDown(tagger()!.toggle('hasCredibility', 'no'));
    pointerDown(badge(PRIYA).host);
    expect(tagger()).not.toBeNull();
    pointerDown(document.querySelector('header')!);
    expect(tagger()).toBeNull();
    expect(badge(PRIYA).root.activeElement).toBe(badge(PRIYA).button);
    // The browser then moves focus to <body> for a click on plain page; it comes back to the badge.
    badge(PRIYA).button.blur();
    await vi.advanceTimersByTimeAsync(0);
    expect(badge(PRIYA).root.activeElement).toBe(badge(PRIYA).button);
    // A click into one of the CRM's fields keeps the focus there.
    const field = document.createElement('input');
    document.body.append(field);
    badge(PRIYA).button.click();
    pointerDown(field);
    field.focus();
    await vi.advanceTimersByTimeAsync(0);
    expect(tagger()).toBeNull();
    expect(document.activeElement).toBe(field);
    // The badge toggles: a second click closes what the first opened.
    badge(PRIYA).button.click();
    expect(tagger()).not.toBeNull();
    badge(PRIYA).button.click();
    expect(tagger()).toBeNull();
  });

  test('scrolling the page closes it (a fixed box would float away from its badge)', async () => {
    await start();
    badge(PRIYA).button.click();
    document.querySelector('article')!.dispatchEvent(new Event('scroll'));
    expect(tagger()).toBeNull();
  });

  test('a toggle sends criterion/set for this deal and contact; the reply re-renders the tagger and the badge', async () => {
    await start();
    badge(PRIYA).button.click();
    tagger()!.toggle('wantsOurSolution', 'yes').click();
    // Not shown as set before the background confirms it.
    expect(tagger()!.pressed('wantsOurSolution')).toBe('unknown');
    await settle();
    expect(sent('criterion/set')).toEqual([{ type: 'criterion/set', dealKey: DEAL_KEY, contactKey: PRIYA, criterion: 'wantsOurSolution', value: 'yes' }]);
    expect(tagger()!.pressed('wantsOurSolution')).toBe('yes');
    expect(badge(PRIYA).button.textContent).toBe('1/3');
    // Pressing the value already set writes nothing.
    tagger()!.toggle('wantsOurSolution', 'yes').click();
    await settle();
    expect(sent('criterion/set')).toHaveLength(1);
  });

  test('keys 1, 2, 3 cycle the criteria like the popup: three presses from unknown make a Coach', async () => {
    await start();
    badge(TOM).button.click();
    for (const key of ['1', '2', '3']) {
      tagger()!.key(key);
      await settle();
    }
    expect(sent('criterion/set').map((m: { criterion: string; value: string }) => `${m.criterion}=${m.value}`)).toEqual(['wantsOurSolution=yes', 'hasCredibility=yes', 'willingToGuide=yes']);
    expect(badge(TOM).button.textContent).toBe('Coach');
    expect(badge(TOM).button.dataset.status).toBe('coach');
    // Two quick presses before the first reply: the second cycles on from the first, not from the old value.
    tagger()!.key('1');
    tagger()!.key('1');
    await settle();
    expect(sent('criterion/set').slice(-2).map((m: { value: string }) => m.value)).toEqual(['no', 'unknown']);
  });

  test('a refused write shows the error inline and changes nothing', async () => {
    await start();
    badge(PRIYA).button.click();
    background.fail.add('criterion/set');
    tagger()!.toggle('hasCredibility', 'yes').click();
    await settle();
    expect(tagger()!.error.hidden).toBe(false);
    expect(tagger()!.error.textContent).toBe(getMessage('page_tagger_error'));
    expect(tagger()!.pressed('hasCredibility')).toBe('unknown');
    expect(badge(PRIYA).button.textContent).toBe('?');
    // The next write that goes through clears it.
    background.fail.clear();
    tagger()!.toggle('hasCredibility', 'yes').click();
    await settle();
    expect(tagger()!.error.hidden).toBe(true);
    expect(tagger()!.pressed('hasCredibility')).toBe('yes');
  });

  test('a change from another tab or the popup updates the open tagger', async () => {
    await start();
    badge(PRIYA).button.click();
    pushDeal(twoContacts({ contacts: twoContacts().contacts.map((c) => (c.key === PRIYA ? { ...c, criteria: criteria('no', 'no', 'no'), status: 'not-coach' as const } : c)) }));
    expect(tagger()!.pressed('willingToGuide')).toBe('no');
    expect(badge(PRIYA).button.textContent).toBe('✕');
    // The contact left the deal: nothing to tag any more.
    pushDeal(twoContacts({ contacts: twoContacts().contacts.filter((c) => c.key !== PRIYA) }));
    expect(tagger()).toBeNull();
  });

  test('ending the session closes the tagger and removes the badge’s listeners', async () => {
    await start();
    badge(PRIYA).button.click();
    session.controller.abort();
    expect(tagger()).toBeNull();
    expect(listeners).toHaveLength(0);
    badge(PRIYA).button.click();
    badge(PRIYA).button.dispatchEvent(new MouseEvent('mouseover'));
    expect(tagger()).toBeNull();
    expect(badge(PRIYA).cardShown).toBe(false);
  });
});
