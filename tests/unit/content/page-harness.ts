/**
 * What the page-UI tests share: a switchable i18n stand-in over the shipped catalogs (so a run can
 * be English, German or show raw keys), a scripted background, a page with two contact links, and
 * readers for what sits inside our closed shadow roots. Each test file mocks the browser module
 * with these itself (vi.mock is hoisted per file).
 */
import { afterEach, beforeEach, vi } from 'vitest';
import type { AdapterRead } from '../../../src/content/adapters/types';
import type { Criterion, CriterionValue } from '../../../src/domain/criteria';
import type { DealView } from '../../../src/domain/view-schema';
import { rootOf } from '../../../src/content/ui/shadow-host';
import { contact, deal, DEAL_KEY, withCriterion } from '../fakes/deal-views';
import { catalog } from '../fakes/i18n';

export { DEAL_KEY };
export const PRIYA = 'salesforce:0038V00001cWq2AQAS';
export const TOM = 'salesforce:0038V00001cWq2BQAS';

// ── i18n ──────────────────────────────────────────────────────────────────────────────────────
type Mode = 'en' | 'de' | 'keys';
let mode: Mode = 'en';
let messages = catalog('en');

/** 'keys' answers `⟦key|subs…⟧` for every message: whatever shows without brackets was not from t(). */
export function useLocale(next: Mode): void {
  mode = next;
  messages = catalog(next === 'de' ? 'de' : 'en');
}

export function getMessage(key: string, substitutions: string | string[] = []): string {
  const subs = Array.isArray(substitutions) ? substitutions : [substitutions];
  if (mode === 'keys') return key in messages ? `⟦${[key, ...subs].join('|')}⟧` : '';
  const text = messages[key];
  return text === undefined ? '' : text.replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

export const getUILanguage = () => (mode === 'de' ? 'de' : 'en');

// ── the background ────────────────────────────────────────────────────────────────────────────
export const sendMessage = vi.fn<(message: any) => Promise<unknown>>();
export const listeners: Array<(message: unknown) => void> = [];

export function twoContacts(overrides: Partial<DealView> = {}): DealView {
  return deal({
    contacts: [contact('0038V00001cWq2AQAS', { name: 'Priya Raghunathan' }), contact('0038V00001cWq2BQAS', { name: 'Tom Okafor', title: 'IT Architect', crmRole: 'Technical Buyer', influenceRole: 'technical' })],
    ...overrides,
  });
}

/**
 * Answers like the background: page/read with the deal, criterion/set applied to it, popup/open
 * acknowledged. `fail` makes the next requests of a type fail the way the worker refuses.
 */
export function fakeBackground(start: DealView) {
  const state = { view: start, fail: new Set<string>() };
  sendMessage.mockImplementation(async (message: { type: string; contactKey: string; criterion: Criterion; value: CriterionValue }) => {
    if (state.fail.has(message.type)) return { ok: false, error: 'The deal could not be saved.' };
    switch (message.type) {
      case 'page/read':
        return { ok: true, value: state.view };
      case 'criterion/set':
        state.view = withCriterion(state.view, message.contactKey, message.criterion, message.value);
        return { ok: true, value: state.view };
      default:
        return { ok: true, value: { ok: true } };
    }
  });
  return state;
}

/**
 * For each test of the file that calls this: fake timers, English, a background that has been
 * asked nothing, no listener, and a page session of its own (`session.controller`), ended after it.
 */
export function freshSessionPerTest(): { readonly controller: AbortController } {
  let controller = new AbortController();
  beforeEach(() => {
    vi.useFakeTimers();
    useLocale('en');
    sendMessage.mockReset();
    listeners.length = 0;
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    useLocale('en');
    vi.useRealTimers();
  });
  return {
    get controller() {
      return controller;
    },
  };
}

export const sent = (type: string) => sendMessage.mock.calls.map((call) => call[0]).filter((m: { type: string }) => m.type === type);

export function pushDeal(view: DealView): void {
  for (const listener of listeners) listener({ type: 'event/deal-changed', deal: view });
}

// ── the page ──────────────────────────────────────────────────────────────────────────────────
/** A record header and a Contact Roles card with one link per contact, and the adapter's read of it. */
export function pageWithTwoContacts(names: readonly [string, string] = ['Priya Raghunathan', 'Tom Okafor']): AdapterRead {
  document.body.replaceChildren();
  const header = document.createElement('header');
  header.textContent = 'Ashgrove Transit';
  const card = document.createElement('article');
  const links = [PRIYA, TOM].map((key, i) => {
    const link = document.createElement('a');
    link.textContent = names[i] ?? '';
    card.append(link);
    return { key, element: link };
  });
  document.body.append(header, card);
  return {
    kind: 'read',
    read: {
      opportunity: { key: DEAL_KEY, crm: 'salesforce', name: 'Ashgrove', stage: null, amount: null, closeDate: null, account: null, url: location.href },
      contacts: links.map(({ key }, i) => ({ key, name: names[i] ?? '', title: null, crmRole: null, email: null, phone: null, account: null, department: null })),
      complete: true,
    },
    anchors: links,
    strip: { anchor: header, position: 'after' },
  };
}

// ── inside our closed roots ───────────────────────────────────────────────────────────────────
function hostOf(kind: string, key?: string): HTMLElement | null {
  return [...document.querySelectorAll<HTMLElement>(`[data-coach-network="${kind}"]`)].find((h) => key === undefined || h.dataset.contactKey === key) ?? null;
}

export function badge(key: string) {
  const host = hostOf('badge', key)!;
  const root = rootOf(host)!;
  return {
    host,
    root,
    button: root.querySelector<HTMLButtonElement>('button.badge')!,
    /** Built on the badge's first hover or focus: null until then. */
    get card() {
      return root.querySelector<HTMLElement>('.card');
    },
    /** Whether the hover card is showing (a card never built is not). */
    get cardShown() {
      return this.card?.hidden === false;
    },
  };
}

export function tagger() {
  const host = hostOf('tagger');
  if (!host) return null;
  const root = rootOf(host)!;
  const dialog = root.querySelector<HTMLElement>('[role="dialog"]')!;
  return {
    host,
    root,
    dialog,
    toggle: (criterion: Criterion, value: CriterionValue) => root.querySelector<HTMLButtonElement>(`[data-criterion="${criterion}"][data-value="${value}"]`)!,
    pressed: (criterion: Criterion) => root.querySelector<HTMLElement>(`[data-criterion="${criterion}"][aria-pressed="true"]`)?.dataset.value,
    error: root.querySelector<HTMLElement>('[role="alert"]')!,
    key: (key: string) => dialog.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true })),
  };
}

export function strip() {
  const host = hostOf('strip')!;
  const root = rootOf(host)!;
  return { host, root, box: root.querySelector<HTMLElement>('.strip')!, button: root.querySelector<HTMLButtonElement>('button')!, error: root.querySelector<HTMLElement>('[role="alert"]')! };
}

/** Every text of our UI as the rep reads it (style sheets left out), across all our hosts. */
export function ourTexts(): string {
  return [...document.querySelectorAll('[data-coach-network]')]
    .map((host) => {
      const root = rootOf(host);
      if (!root) return '';
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const texts: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.parentElement?.tagName !== 'STYLE') texts.push(node.nodeValue ?? '');
      return texts.join(' ');
    })
    .join(' ');
}

/** Let the send promise and its reply settle. */
export async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(0);
  for (let i = 0; i < 5; i++) await Promise.resolve();
}
