/**
 * The page's texts come worded from the worker (src/platform/i18n.ts): once they are in, badges,
 * their cards, the strip, the tagger and the couldn't-read note ask the browser for no message,
 * and read exactly as when they did.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { AdapterRead } from '../../../src/content/adapters/types';
import type { Gap } from '../../../src/domain/gaps/types';
import { criteria } from '../fakes/deal-views';
import { catalog } from '../fakes/i18n';
import { badge, freshSessionPerTest, fakeBackground, getMessage, getUILanguage, listeners, ourTexts, pageWithTwoContacts, PRIYA, sendMessage, strip, tagger, TOM, twoContacts } from './page-harness';

const asked = vi.fn(getMessage);
vi.mock('../../../src/platform/browser', () => ({
  browser: {
    i18n: { getMessage: (key: string, subs?: string | string[]) => asked(key, subs), getUILanguage },
    runtime: { sendMessage: (m: unknown) => sendMessage(m), onMessage: { addListener: (l: (m: unknown) => void) => listeners.push(l), removeListener: (l: (m: unknown) => void) => listeners.splice(listeners.indexOf(l), 1) } },
  },
}));
let nextRead: AdapterRead = { kind: 'not-opportunity' };
vi.mock('../../../src/content/adapters/registry', () => ({
  adapterFor: () => ({ crm: 'salesforce', isOpportunityPage: () => true, read: () => nextRead }),
}));

const { startPageSession } = await import('../../../src/content/page-session');
const { PAGE_TEXT_KEYS } = await import('../../../src/content/page-texts');
const { requestSchema } = await import('../../../src/messaging/protocol');
const { markedMessages, messageTemplate, t, useMarkedMessages } = await import('../../../src/platform/i18n');

const gap = (kind: Gap['kind'], severity: Gap['severity'], people: string[], extra: Partial<Gap> = {}): Gap => ({
  kind, severity, people, why: '', nextAction: '', candidates: [], question: null, role: null, topic: null, ...extra,
});

const busyDeal = twoContacts({
  contacts: twoContacts().contacts.map((c) =>
    c.key === PRIYA ? { ...c, criteria: criteria('yes', 'yes', 'yes'), status: 'coach' as const } : { ...c, criteria: criteria('yes', 'yes', 'unknown'), status: 'developing' as const },
  ),
  gaps: [
    gap('role-uncovered', 'critical', [], { role: 'economic' }),
    gap('no-reciprocity', 'warning', [PRIYA, TOM]),
    gap('sponsor-not-coach', 'warning', [TOM]),
    gap('uncorroborated', 'warning', [], { topic: 'funding' }),
    gap('partial-coach', 'warning', [TOM]),
  ],
});

const session = freshSessionPerTest();

test('every key the page asks for is in the English and the German catalog', () => {
  for (const locale of ['en', 'de']) {
    const messages = catalog(locale);
    expect(PAGE_TEXT_KEYS.filter((key) => !(key in messages)), locale).toEqual([]);
  }
  expect(new Set(PAGE_TEXT_KEYS).size).toBe(PAGE_TEXT_KEYS.length);
  // As the page asks for them: a request the worker refuses would leave every text to the browser.
  expect(requestSchema.safeParse({ type: 'page/texts', keys: [...PAGE_TEXT_KEYS] }).success).toBe(true);
});

describe('once the worker has worded them', () => {
  beforeEach(() => useMarkedMessages(markedMessages(PAGE_TEXT_KEYS)));

  test('a message reads as the browser words it, substitutions in their places', () => {
    asked.mockClear();
    expect(t('page_badge_label', 'Tom Okafor', 'Not assessed yet')).toBe('Coach Network, Tom Okafor: Not assessed yet');
    expect(t('list_and', 'A, B', 'C')).toBe(getMessage('list_and', ['A, B', 'C']));
    expect(messageTemplate('label_status_developing', 1)(2)).toBe('Developing: 2 of 3 criteria met, none failed');
    // Text that looks like a placeholder, from the CRM, stays as it is.
    expect(t('page_badge_label', '$1 $2 \ue000', 'x')).toBe('Coach Network, $1 $2 \ue000: x');
    expect(asked).not.toHaveBeenCalled();
  });

  test('badges, a card, the strip and the tagger ask the browser for nothing', async () => {
    nextRead = pageWithTwoContacts();
    fakeBackground(busyDeal);
    asked.mockClear();
    startPageSession(session.controller.signal);
    await vi.runOnlyPendingTimersAsync();
    badge(TOM).button.focus();
    expect(badge(TOM).card?.textContent).toContain('Open warnings');
    expect(badge(TOM).card?.textContent).toContain('Wants our solution');
    badge(PRIYA).button.click();
    expect(tagger()!.root.textContent).toContain('Keys 1, 2, 3 cycle the criteria');
    expect(badge(TOM).button.getAttribute('aria-label')).toBe('Coach Network, Tom Okafor: Developing: 2 of 3 criteria met, none failed');
    expect(strip().root.textContent).toContain('No value given back: Priya Raghunathan and Tom Okafor');
    expect(asked).not.toHaveBeenCalled();
  });

  test('nor does the couldn’t-read note', async () => {
    pageWithTwoContacts();
    nextRead = { kind: 'unreadable', code: 'contacts-unreadable', reason: 'rows-without-ids', opportunityKey: null, noticeAnchor: document.querySelector('article') };
    fakeBackground(busyDeal);
    asked.mockClear();
    startPageSession(session.controller.signal);
    await vi.runOnlyPendingTimersAsync();
    expect(ourTexts()).toContain('Coach Network couldn’t read contacts on this page.');
    expect(asked).not.toHaveBeenCalled();
  });
});
