import { describe } from 'vitest';
import { noInternalCoach } from '../../../../src/domain/gaps/no-internal-coach';
import { dealSchema } from '../../../../src/domain/network';
import { COLM, aDeal, ruleTable } from './builders';

const withoutAccount = () => {
  const deal = aDeal('Ashgrove – Depot Analytics').contact('colm', COLM).build();
  return dealSchema.parse({ ...deal, opportunity: { ...deal.opportunity, account: null } });
};

describe('rule 13, no-internal-coach', () => {
  ruleTable(noInternalCoach, [
    {
      name: 'no colleague recorded: cultivate one at the account',
      deal: aDeal().contact('colm', { ...COLM, criteria: 'yyy' }).build(),
      gaps: [{ kind: 'no-internal-coach', severity: 'info', people: [] }],
      text: [{ nextAction: /who knows people at Ashgrove Regional Transit Authority/ }],
    },
    { name: 'an internal coach recorded: no gap', deal: aDeal().internalCoach('maya', 'Maya Lindqvist').build(), gaps: [] },
    {
      name: 'the account unknown: the opportunity is named instead',
      deal: withoutAccount(),
      gaps: [{ kind: 'no-internal-coach', severity: 'info', people: [] }],
      text: [{ nextAction: /people at Ashgrove – Depot Analytics/ }],
    },
  ]);
});
