import { expect, test } from 'vitest';
import { mapCrmRole } from '../../../src/domain/roles';

test.each([
  ['Economic Buyer', 'economic', null],
  ['economic decision maker', 'economic', null],
  ['Decision Maker', 'economic', null],
  ['DECISION_MAKER', 'economic', null],
  ['Budget holder', 'economic', null],
  ['Business User', 'user', null],
  ['End User', 'user', null],
  ['Technical Buyer', 'technical', null],
  ['Evaluator', 'technical', null],
  ['Legal & Compliance', 'technical', null],
  ['Executive Sponsor', null, 'sponsor'],
  ['Champion', null, 'coach-candidate'],
  ['Influencer', null, null],
  ['Other', null, null],
  ['Wirtschaftlicher Entscheider', null, null],
  ['', null, null],
  [null, null, null],
] as const)('CRM role %j → %s', (text, role, hint) => {
  expect(mapCrmRole(text)).toEqual({ role, hint });
});
