import { describe } from 'vitest';
import { partialCoach } from '../../../../src/domain/gaps/partial-coach';
import { ANA, COLM, PRIYA, YUSUF, aDeal, ruleTable } from './builders';

describe('rule 5, partial-coach', () => {
  ruleTable(partialCoach, [
    {
      name: 'two yes, one unknown: says which criterion is still open',
      deal: aDeal().contact('colm', { ...COLM, criteria: 'yy?' }).build(),
      gaps: [{ kind: 'partial-coach', severity: 'info', people: ['colm'] }],
      text: [{ why: /^Colm Gallagher meets 2 of the 3 Coach criteria: 'Willing to guide' is still unknown\.$/, nextAction: /^Find out whether Colm Gallagher is willing to guide you/ }],
    },
    {
      name: 'one yes, two unknown',
      deal: aDeal().contact('colm', { ...COLM, criteria: 'y??' }).build(),
      gaps: [{ kind: 'partial-coach', severity: 'info', people: ['colm'] }],
      text: [{ why: /'Has credibility' and 'Willing to guide' are still unknown/, nextAction: /has credibility with the buying influences and is willing to guide you/ }],
    },
    {
      name: 'a friendly contact: a no makes a valuable contact, not a Coach',
      deal: aDeal().contact('colm', { ...COLM, criteria: 'yyn' }).build(),
      gaps: [{ kind: 'partial-coach', severity: 'info', people: ['colm'] }],
      text: [{ why: /'Willing to guide' is a no, so Colm Gallagher is a valuable friendly contact, not a Coach/, nextAction: /^Keep Colm Gallagher as a valuable contact/ }],
    },
    {
      name: 'one yes, one no, one unknown: both said',
      deal: aDeal().contact('colm', { ...COLM, criteria: 'yn?' }).build(),
      gaps: [{ kind: 'partial-coach', severity: 'info', people: ['colm'] }],
      text: [{ why: /'Willing to guide' is still unknown and 'Has credibility' is a no/, nextAction: /^Find out whether Colm Gallagher is willing to guide you, but don't build/ }],
    },
    {
      name: 'coaches, unassessed and not-coach contacts are not partial',
      deal: aDeal().contact('priya', { ...PRIYA, criteria: 'yyy' }).contact('colm', COLM).contact('ana', { ...ANA, criteria: 'nnn' }).build(),
      gaps: [],
    },
    {
      name: 'one gap per partial contact on the list, in page order',
      deal: aDeal().contact('yusuf', { ...YUSUF, criteria: '?y?' }).gone('priya', { ...PRIYA, criteria: 'yy?' }).contact('ana', { ...ANA, criteria: 'y?y' }).build(),
      gaps: [
        { kind: 'partial-coach', severity: 'info', people: ['yusuf'] },
        { kind: 'partial-coach', severity: 'info', people: ['ana'] },
      ],
    },
  ]);
});
