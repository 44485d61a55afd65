import { expect, test } from 'vitest';
import { coachStatus, CRITERIA, type CriterionValue } from '../../../src/domain/criteria';
import { currentContacts, influenceRoleOf, isProcurementTitle } from '../../../src/domain/people';
import { DEFAULT_ROLE_TABLE, mapCrmRole } from '../../../src/domain/roles';
import { aDeal, criteria } from './gaps/builders';

const VALUES: readonly CriterionValue[] = ['yes', 'no', 'unknown'];
const SHORTHAND = { yes: 'y', no: 'n', unknown: '?' } as const;

test('every one of the 27 ways to tag the criteria gives the contact the status coachStatus gives it', () => {
  const combinations = VALUES.flatMap((a) => VALUES.flatMap((b) => VALUES.map((c) => [a, b, c].map((v) => SHORTHAND[v]).join(''))));
  const builder = aDeal();
  combinations.forEach((shorthand, i) => builder.contact(`c${i}`, { name: `Contact ${i}`, criteria: shorthand }));
  const contacts = currentContacts(builder.build(), DEFAULT_ROLE_TABLE);
  expect(contacts.map((c) => c.status)).toEqual(combinations.map((shorthand) => coachStatus(criteria(shorthand))));
  expect(contacts.map((c) => [c.yes, c.no])).toEqual(
    combinations.map((shorthand) => [CRITERIA.filter((_, i) => shorthand[i] === 'y').length, CRITERIA.filter((_, i) => shorthand[i] === 'n').length]),
  );
});

test("a contact's role and hint come from the CRM role text, the rep's override winning for the role", () => {
  const deal = aDeal()
    .contact('a', { name: 'A', crmRole: 'Executive Sponsor' })
    .contact('b', { name: 'B', crmRole: 'Champion', role: 'technical' })
    .contact('c', { name: 'C', crmRole: 'Economic Buyer', role: 'none' })
    .contact('d', { name: 'D', crmRole: 'ECONOMIC_BUYER' })
    .build();
  const contacts = currentContacts(deal, DEFAULT_ROLE_TABLE);
  expect(contacts.map((c) => [c.role, c.hint])).toEqual([
    [null, 'sponsor'],
    ['technical', 'coach-candidate'],
    [null, null],
    ['economic', null],
  ]);
  expect(contacts.map((c) => influenceRoleOf(c.record, DEFAULT_ROLE_TABLE))).toEqual(contacts.map((c) => c.role));
  expect(mapCrmRole('ECONOMIC_BUYER')).toEqual({ role: 'economic', hint: null });
});

test.each([
  ['Head of Procurement', true],
  ['head of procurement', true],
  ['Einkaufsleiter', true],
  ['Vendor  Management Lead', true],
  ['Director of Operations', false],
  [null, false],
] as const)('title %j is procurement: %s, the first time and every time after', (title, procurement) => {
  expect(isProcurementTitle(title)).toBe(procurement);
  expect(isProcurementTitle(title)).toBe(procurement);
});
