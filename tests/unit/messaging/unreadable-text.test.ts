/** The couldn't-read note speaks the CRM's own terms, and stays sensible when not even the CRM is known. */
import { expect, test, vi } from 'vitest';

vi.mock('../../../src/platform/browser', async () => ({ browser: { i18n: { getMessage: (await import('../fakes/i18n')).getMessage } } }));
const { unreadableText } = await import('../../../src/messaging/unreadable-text');

test.each([
  ['salesforce:0068V00000kQ3wZQAS', 'The Contact Roles list did not finish loading.'],
  ['hubspot:4417210-18342209071', 'The Contacts list did not finish loading.'],
  ['dynamics:contoso-1b0d9a5e-8f7c-4d3b-9a61-2c4e5f6a7b8c', 'The Stakeholders list did not finish loading.'],
  [null, 'The contacts list did not finish loading.'],
])('%s', (opportunityKey, text) => {
  expect(unreadableText({ reason: 'list-loading', opportunityKey })).toBe(text);
});

test('the page is named by its CRM', () => {
  expect(unreadableText({ reason: 'name-missing', opportunityKey: 'dynamics:contoso-1b0d9a5e-8f7c-4d3b-9a61-2c4e5f6a7b8c' })).toBe(
    "The opportunity's name could not be found on this Dynamics 365 page.",
  );
  expect(unreadableText({ reason: 'page-not-rendered', opportunityKey: null })).toBe('The CRM page did not finish rendering.');
});
