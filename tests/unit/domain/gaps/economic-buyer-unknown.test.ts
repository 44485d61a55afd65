import { describe } from 'vitest';
import { economicBuyerUnknown } from '../../../../src/domain/gaps/economic-buyer-unknown';
import { ANA, COLM, KWAME, PRIYA, YUSUF, aDeal, ruleTable } from './builders';

const ASK = { id: 'economic-buyer-who' };

describe('rule 4, economic-buyer-unknown', () => {
  ruleTable(economicBuyerUnknown, [
    { name: 'an economic buyer on the list: no gap', deal: aDeal().contact('priya', PRIYA).build(), gaps: [] },
    {
      name: 'no economic buyer: ask the first coach on the page',
      deal: aDeal().contact('ana', ANA).contact('yusuf', { ...YUSUF, criteria: 'yyy' }).contact('colm', { ...COLM, criteria: 'yyy' }).build(),
      gaps: [{ kind: 'economic-buyer-unknown', severity: 'warning', people: [], question: { ...ASK, askWhom: 'yusuf' } }],
      text: [{ nextAction: /^Ask Yusuf Demir: 'Who gives the final yes for a purchase of this size, and who could veto it\?'$/ }],
    },
    {
      name: 'no coach: ask the best candidate',
      deal: aDeal().contact('ana', ANA).contact('colm', { ...COLM, criteria: 'y??' }).build(),
      gaps: [{ kind: 'economic-buyer-unknown', severity: 'warning', people: [], question: { ...ASK, askWhom: 'colm' } }],
    },
    {
      name: 'nobody to ask',
      deal: aDeal().build(),
      gaps: [{ kind: 'economic-buyer-unknown', severity: 'warning', people: [], question: { ...ASK, askWhom: null } }],
      text: [{ nextAction: /^Find someone inside the account you can ask/ }],
    },
    {
      name: 'an economic buyer who left the list is unknown again',
      deal: aDeal().gone('priya', PRIYA).contact('colm', { ...COLM, criteria: 'yyy' }).build(),
      gaps: [{ kind: 'economic-buyer-unknown', severity: 'warning', people: [], question: { ...ASK, askWhom: 'colm' } }],
    },
    {
      name: "the rep's override makes an 'Other' the economic buyer",
      deal: aDeal().contact('kwame', { ...KWAME, role: 'economic' }).build(),
      gaps: [],
    },
    {
      name: "a custom role table maps a German org's role text",
      deal: aDeal().contact('priya', { ...PRIYA, crmRole: 'Wirtschaftlicher Entscheider' }).build(),
      settings: { roleTable: { 'wirtschaftlicher entscheider': { role: 'economic', hint: null } } },
      gaps: [],
    },
    {
      name: 'the same role text without the custom table is no role',
      deal: aDeal().contact('priya', { ...PRIYA, crmRole: 'Wirtschaftlicher Entscheider' }).build(),
      gaps: [{ kind: 'economic-buyer-unknown', severity: 'warning', people: [], question: { ...ASK, askWhom: 'priya' } }],
    },
  ]);
});
