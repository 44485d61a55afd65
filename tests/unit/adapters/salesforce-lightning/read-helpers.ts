/** Assertions shared by the Lightning read tests: a read compared in expected.json's vocabulary. */
import { expect } from 'vitest';
import type { PageContact } from '../../../../src/domain/page-read';
import type { Read } from '../read-assertions';
import type { ExpectedContact, ExpectedPage } from './fixtures';

export { expectRead, type Read } from '../read-assertions';

/** A read contact in expected.json's vocabulary. */
export function asExpected(contact: PageContact): Omit<ExpectedContact, 'id15'> {
  return {
    id: contact.key.replace(/^salesforce:/, ''),
    name: contact.name,
    title: contact.title,
    role: contact.crmRole,
    email: contact.email,
    phone: contact.phone,
    account: contact.account,
  };
}

export function expectedContacts(page: ExpectedPage): Array<Omit<ExpectedContact, 'id15'>> {
  return page.contacts.map(({ id, name, title, role, email, phone, account }) => ({ id, name, title, role, email, phone, account }));
}

/** The anchors are exactly the contact-name links of `card`, one per contact, in order. */
export function expectAnchorsIn(result: Read, card: Element | null): void {
  expect(card).not.toBeNull();
  expect(result.anchors.map((a) => a.key)).toEqual(result.read.contacts.map((c) => c.key));
  expect(new Set(result.anchors.map((a) => a.element)).size).toBe(result.anchors.length);
  for (const { key, element } of result.anchors) {
    const id = key.replace(/^salesforce:/, '');
    expect(element).toBe(card?.querySelector(`a[data-recordid="${id}"]`));
  }
}

export const opportunityOf = (page: ExpectedPage) => ({
  key: `salesforce:${page.opportunity.id}`,
  crm: 'salesforce',
  name: page.opportunity.name,
  stage: page.opportunity.stage,
  amount: page.opportunity.amount,
  closeDate: page.opportunity.close_date,
  account: page.opportunity.account,
  url: page.url,
});
