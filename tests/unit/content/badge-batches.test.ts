/**
 * Badges enter the page NEW_BADGES_PER_TASK at a time: a long list is badged over several short
 * tasks, each render updating every badge already there and adding the next batch, in list order.
 */
import { beforeEach, expect, test, vi } from 'vitest';
import { contact, deal } from '../fakes/deal-views';
import { getMessage } from '../fakes/i18n';

vi.mock('../../../src/platform/browser', () => ({ browser: { i18n: { getMessage, getUILanguage: () => 'en' } } }));
const { NEW_BADGES_PER_TASK, renderBadges } = await import('../../../src/content/ui/badge');

const ids = Array.from({ length: 2 * NEW_BADGES_PER_TASK + 5 }, (_, i) => `0038V00001cW${String(i).padStart(3, '0')}AAS`);

beforeEach(() => document.body.replaceChildren());

test('each render adds at most NEW_BADGES_PER_TASK badges, says whether more are to come, and keeps list order', () => {
  const anchors = ids.map((id) => {
    const link = document.createElement('a');
    link.textContent = id;
    document.body.append(link);
    return { key: `salesforce:${id}`, element: link };
  });
  const view = deal({ contacts: ids.map((id) => contact(id)) });
  const actions = { signal: new AbortController().signal, activate: () => undefined, expandedKey: null };
  const badges = () => [...document.querySelectorAll('[data-coach-network="badge"]')].map((host) => host.getAttribute('data-contact-key'));

  expect(renderBadges(anchors, view, actions)).toBe(true);
  expect(badges()).toEqual(anchors.slice(0, NEW_BADGES_PER_TASK).map((a) => a.key));
  expect(renderBadges(anchors, view, actions)).toBe(true);
  expect(badges()).toHaveLength(2 * NEW_BADGES_PER_TASK);
  expect(renderBadges(anchors, view, actions)).toBe(false);
  expect(badges()).toEqual(anchors.map((a) => a.key));
  // Every anchor has its one badge, right after it.
  expect(anchors.every(({ element, key }) => element.nextElementSibling?.getAttribute('data-contact-key') === key)).toBe(true);
  expect(renderBadges(anchors, view, actions)).toBe(false);
  expect(badges()).toHaveLength(anchors.length);
});
