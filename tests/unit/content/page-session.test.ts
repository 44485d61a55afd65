/**
 * The content script's loop against a scripted adapter: what it reports, when, and what the rep
 * sees on the page (badges, the couldn't-read note), including when the background fails.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { AdapterRead } from '../../../src/content/adapters/types';
import type { DealView } from '../../../src/domain/view-schema';
import type { CriterionValue } from '../../../src/domain/criteria';
import { contact, criteria, deal } from '../fakes/deal-views';
import { rootOf } from '../../../src/content/ui/shadow-host';

import { getMessage } from '../fakes/i18n';

const sendMessage = vi.fn<(message: any) => Promise<unknown>>();
const listeners: Array<(message: unknown) => void> = [];
vi.mock('../../../src/platform/browser', () => ({
  browser: { i18n: { getMessage }, runtime: { sendMessage: (m: unknown) => sendMessage(m), onMessage: { addListener: (l: (m: unknown) => void) => listeners.push(l), removeListener: (l: (m: unknown) => void) => listeners.splice(listeners.indexOf(l), 1) } } },
}));

let nextRead: AdapterRead = { kind: 'not-opportunity' };
vi.mock('../../../src/content/adapters/registry', () => ({
  adapterFor: () => ({ crm: 'salesforce', isOpportunityPage: () => true, read: () => nextRead }),
}));

const { startPageSession, PENDING_TIMEOUT_MS } = await import('../../../src/content/page-session');

const DEAL_KEY = 'salesforce:0068V00000kQ3wZQAS';
const PRIYA = 'salesforce:0038V00001cWq2AQAS';

function pageWithOneContact() {
  document.body.replaceChildren();
  const card = document.createElement('article');
  const link = document.createElement('a');
  link.textContent = 'Priya Raghunathan';
  card.append(link);
  document.body.append(card);
  return { card, link };
}

function readOf(link: Element): AdapterRead {
  return {
    kind: 'read',
    read: {
      opportunity: { key: DEAL_KEY, crm: 'salesforce', name: 'Ashgrove', stage: null, amount: null, closeDate: null, account: null, url: location.href },
      contacts: [{ key: PRIYA, name: 'Priya Raghunathan', title: null, crmRole: 'Economic Buyer', email: null, phone: null, account: null, department: null }],
      complete: true,
    },
    anchors: [{ key: PRIYA, element: link }],
    strip: { anchor: link.parentElement!, position: 'before' },
  };
}

function dealView(values: [CriterionValue, CriterionValue, CriterionValue], name = 'Priya Raghunathan'): DealView {
  return deal({ contacts: [contact('0038V00001cWq2AQAS', { name, criteria: criteria(...values) })] });
}

const badgeHosts = () => [...document.querySelectorAll<HTMLElement>('[data-coach-network="badge"]')];
const badgeText = (host: HTMLElement) => rootOf(host)?.querySelector('.badge')?.textContent;
const noticeText = () => {
  const host = document.querySelector('[data-coach-network="notice"]');
  return host ? rootOf(host)?.textContent : null;
};

let controller: AbortController;
beforeEach(() => {
  vi.useFakeTimers();
  sendMessage.mockReset();
  listeners.length = 0;
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('reading and badging', () => {
  test('reports the read once and puts the status the background answers beside the contact', async () => {
    const { link } = pageWithOneContact();
    nextRead = readOf(link);
    sendMessage.mockResolvedValue({ ok: true, value: dealView(['unknown', 'unknown', 'unknown']) });
    startPageSession(controller.signal);
    await vi.runOnlyPendingTimersAsync();
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage.mock.calls[0]?.[0]).toMatchObject({ type: 'page/read', read: { opportunity: { key: DEAL_KEY } } });
    expect(badgeHosts()).toHaveLength(1);
    expect(badgeHosts()[0]?.previousElementSibling).toBe(link);
    expect(badgeText(badgeHosts()[0]!)).toBe('?');

    // The CRM re-renders around us: same read, nothing re-sent, still exactly one badge.
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(500);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(badgeHosts()).toHaveLength(1);
  });

  test('a change pushed by the background updates the badge at once; foreign or malformed events are ignored', async () => {
    const { link } = pageWithOneContact();
    nextRead = readOf(link);
    sendMessage.mockResolvedValue({ ok: true, value: dealView(['unknown', 'unknown', 'unknown']) });
    startPageSession(controller.signal);
    await vi.runOnlyPendingTimersAsync();
    for (const listener of listeners) {
      listener({ type: 'event/deal-changed', deal: { nonsense: true } });
      listener({ type: 'event/deal-changed', deal: { ...dealView(['yes', 'yes', 'yes']), key: 'salesforce:0068V00000kQ9zzQAC' } });
    }
    expect(badgeText(badgeHosts()[0]!)).toBe('?');
    for (const listener of listeners) listener({ type: 'event/deal-changed', deal: dealView(['yes', 'yes', 'yes']) });
    expect(badgeText(badgeHosts()[0]!)).toBe('Coach');
    expect(rootOf(badgeHosts()[0]!)?.querySelector('.badge')?.getAttribute('data-status')).toBe('coach');
    // The rep's judgment stays inside the closed root: the CRM page can't read it off the host.
    expect(badgeHosts()[0]?.hasAttribute('data-status')).toBe(false);
  });

  test('a contact added to the list of the deal shown gets its badge with the read, before the background answers', async () => {
    const { card, link } = pageWithOneContact();
    nextRead = readOf(link);
    sendMessage.mockResolvedValue({ ok: true, value: dealView(['yes', 'yes', 'yes']) });
    startPageSession(controller.signal);
    await vi.runOnlyPendingTimersAsync();
    expect(badgeHosts().map(badgeText)).toEqual(['Coach']);

    const tomLink = document.createElement('a');
    tomLink.textContent = 'Tom Okafor';
    card.append(tomLink);
    const TOM = 'salesforce:0038V00001cWq3BQAS';
    const first = readOf(link);
    if (first.kind !== 'read') throw new Error('read expected');
    nextRead = {
      ...first,
      read: { ...first.read, contacts: [...first.read.contacts, { ...first.read.contacts[0]!, key: TOM, name: 'Tom Okafor', crmRole: null }] },
      anchors: [...first.anchors, { key: TOM, element: tomLink }],
    };
    let answer: (reply: unknown) => void = () => undefined;
    sendMessage.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    await vi.advanceTimersByTimeAsync(200);
    // The read went out and is unanswered: Tom's badge is there already, as a contact new to the deal is.
    expect(sendMessage).toHaveBeenCalledTimes(2);
    expect(badgeHosts().map(badgeText)).toEqual(['Coach', '?']);
    expect(badgeHosts()[1]?.previousElementSibling).toBe(tomLink);
    expect(rootOf(badgeHosts()[1]!)?.querySelector('.badge')?.getAttribute('aria-label')).toContain('Tom Okafor');
    // The answer then decides, as always.
    const withTom = dealView(['yes', 'yes', 'yes']);
    answer({ ok: true, value: { ...withTom, contacts: [...withTom.contacts, contact('0038V00001cWq3BQAS', { name: 'Tom Okafor', criteria: criteria('no', 'unknown', 'unknown') })] } });
    await vi.advanceTimersByTimeAsync(0);
    expect(badgeHosts().map(badgeText)).toEqual(['Coach', '✕']);
  });

  test('on the first read of a deal the badges wait for the background: none shows a face it changes a moment later', async () => {
    const { link } = pageWithOneContact();
    nextRead = readOf(link);
    sendMessage.mockReturnValue(new Promise(() => undefined));
    startPageSession(controller.signal);
    await vi.advanceTimersByTimeAsync(200);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(badgeHosts()).toHaveLength(0);
  });

  test('a view the CRM keeps hidden after the rep moved on loses our badges and strip on the next record’s first read', async () => {
    const { card, link } = pageWithOneContact();
    nextRead = readOf(link);
    sendMessage.mockResolvedValue({ ok: true, value: dealView(['yes', 'yes', 'yes']) });
    startPageSession(controller.signal);
    await vi.runOnlyPendingTimersAsync();
    expect(badgeHosts()).toHaveLength(1);
    expect(document.querySelectorAll('[data-coach-network="strip"]')).toHaveLength(1);

    // Lightning shows the next record in a view of its own and keeps this one, hidden.
    card.hidden = true;
    const next = document.createElement('article');
    const nextLink = document.createElement('a');
    nextLink.textContent = 'Priya Raghunathan';
    next.append(nextLink);
    document.body.append(next);
    history.pushState(null, '', '/lightning/r/Opportunity/0068V00000kQ3xAQAS/view');
    nextRead = readOf(nextLink);
    let answer: (reply: unknown) => void = () => undefined;
    sendMessage.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(200);
    // Read, not answered yet: nothing of ours is left in the hidden view.
    expect(card.querySelector('[data-coach-network]')).toBeNull();
    expect(document.querySelectorAll('[data-coach-network="strip"]')).toHaveLength(0);
    answer({ ok: true, value: dealView(['yes', 'yes', 'yes']) });
    await vi.advanceTimersByTimeAsync(0);
    expect(badgeHosts().map((host) => host.previousElementSibling)).toEqual([nextLink]);
    expect(next.parentElement?.querySelectorAll('[data-coach-network="strip"]')).toHaveLength(1);
  });

  test('contact text reaches the badge as text only', async () => {
    const { link } = pageWithOneContact();
    nextRead = readOf(link);
    sendMessage.mockResolvedValue({ ok: true, value: dealView(['yes', 'unknown', 'unknown'], '<img src=x onerror="alert(1)">') });
    startPageSession(controller.signal);
    await vi.runOnlyPendingTimersAsync();
    const badge = rootOf(badgeHosts()[0]!)?.querySelector('.badge');
    expect(badge?.getAttribute('aria-label')).toContain('<img src=x onerror="alert(1)">');
    expect(rootOf(badgeHosts()[0]!)?.querySelector('img')).toBeNull();
  });

  test('when the background fails nothing throws, and the next settle tries again', async () => {
    const { link } = pageWithOneContact();
    nextRead = readOf(link);
    sendMessage.mockRejectedValueOnce(new Error('Extension context invalidated.'));
    sendMessage.mockResolvedValue({ ok: true, value: dealView(['yes', 'yes', 'unknown']) });
    startPageSession(controller.signal);
    await vi.runOnlyPendingTimersAsync();
    expect(badgeHosts()).toHaveLength(0);
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(500);
    expect(sendMessage).toHaveBeenCalledTimes(2);
    expect(badgeText(badgeHosts()[0]!)).toBe('2/3');
  });
});

test('the strip near the header shows the verdict and the worst gaps, and follows changes', async () => {
  const { link } = pageWithOneContact();
  nextRead = readOf(link);
  const single = deal({
    contacts: [contact('0038V00001cWq2AQAS', { name: 'Priya Raghunathan', criteria: criteria('yes', 'yes', 'yes') })],
    verdict: '1 coach · one-legged stool',
    gaps: [
      { kind: 'single-coach', severity: 'warning', people: [PRIYA], why: 'Priya Raghunathan is the only Coach.', nextAction: 'Develop a second coach.', candidates: [], question: null, role: null, topic: null },
      { kind: 'no-internal-coach', severity: 'info', people: [], why: 'No internal coach.', nextAction: 'Add one.', candidates: [], question: null, role: null, topic: null },
    ],
  });
  sendMessage.mockResolvedValue({ ok: true, value: single });
  startPageSession(controller.signal);
  await vi.runOnlyPendingTimersAsync();
  const strip = () => document.querySelector('[data-coach-network="strip"]');
  expect(strip()?.nextElementSibling).toBe(link.parentElement);
  expect(rootOf(strip()!)?.textContent).toContain('1 coach · one-legged stool');
  expect(rootOf(strip()!)?.textContent).toContain('One-legged stool: Priya Raghunathan');
  // Info gaps wait for the popup: the strip names what to act on.
  expect(rootOf(strip()!)?.textContent).not.toContain('No internal coach');
  // The page words the verdict itself (in the rep's language) from the contacts and gaps it gets.
  const noCoach = { ...single, contacts: [contact('0038V00001cWq2AQAS', { name: 'Priya Raghunathan', criteria: criteria('yes', 'no', 'unknown') })], verdict: 'No coach yet', gaps: [] };
  for (const listener of listeners) listener({ type: 'event/deal-changed', deal: noCoach });
  expect(rootOf(strip()!)?.textContent).toContain('No coach yet');
  expect(document.querySelectorAll('[data-coach-network="strip"]')).toHaveLength(1);
});

describe('pages that can’t be read', () => {
  test('an unreadable list shows the note where the badges would be and tells the background', async () => {
    const { card } = pageWithOneContact();
    nextRead = { kind: 'unreadable', code: 'contacts-unreadable', reason: 'rows-without-ids', opportunityKey: DEAL_KEY, noticeAnchor: card };
    sendMessage.mockResolvedValue({ ok: true, value: { ok: true } });
    startPageSession(controller.signal);
    await vi.runOnlyPendingTimersAsync();
    expect(card.firstElementChild?.getAttribute('data-coach-network')).toBe('notice');
    expect(noticeText()).toContain('couldn’t read contacts on this page');
    expect(noticeText()).toContain('shows entries, but no contact could be identified');
    expect(sendMessage.mock.calls[0]?.[0]).toMatchObject({ type: 'page/unreadable', unreadable: { code: 'contacts-unreadable' } });
    expect(badgeHosts()).toHaveLength(0);
  });

  test('a list that never renders is reported after the timeout, not before', async () => {
    pageWithOneContact();
    nextRead = { kind: 'pending', opportunityKey: DEAL_KEY, code: 'no-contact-list', reason: 'no-contact-roles-list', noticeAnchor: null };
    sendMessage.mockResolvedValue({ ok: true, value: { ok: true } });
    startPageSession(controller.signal);
    await vi.advanceTimersByTimeAsync(PENDING_TIMEOUT_MS - 1000);
    expect(noticeText()).toBeNull();
    expect(sendMessage).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2000);
    expect(noticeText()).toContain('open the tab that shows it');
    expect(sendMessage.mock.calls[0]?.[0]).toMatchObject({ type: 'page/unreadable', unreadable: { code: 'no-contact-list' } });
  });

  test('the note goes away once the contacts can be read', async () => {
    const { card, link } = pageWithOneContact();
    nextRead = { kind: 'unreadable', code: 'contacts-unreadable', reason: 'rows-without-ids', opportunityKey: DEAL_KEY, noticeAnchor: card };
    sendMessage.mockResolvedValue({ ok: true, value: { ok: true } });
    startPageSession(controller.signal);
    await vi.runOnlyPendingTimersAsync();
    expect(noticeText()).not.toBeNull();
    nextRead = readOf(link);
    sendMessage.mockResolvedValue({ ok: true, value: dealView(['unknown', 'unknown', 'unknown']) });
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(500);
    expect(noticeText()).toBeNull();
    expect(badgeHosts()).toHaveLength(1);
  });
});
