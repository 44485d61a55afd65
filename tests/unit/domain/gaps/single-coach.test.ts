import { describe } from 'vitest';
import { singleCoach } from '../../../../src/domain/gaps/single-coach';
import { ANA, COLM, PRIYA, YUSUF, aDeal, ruleTable } from './builders';

describe('rule 2, single-coach', () => {
  ruleTable(singleCoach, [
    { name: 'no coach: rule 1 speaks, not this one', deal: aDeal().contact('priya', PRIYA).build(), gaps: [] },
    {
      name: 'two coaches: no one-legged stool',
      deal: aDeal().contact('priya', { ...PRIYA, criteria: 'yyy' }).contact('colm', { ...COLM, criteria: 'yyy' }).build(),
      gaps: [],
    },
    {
      name: 'one coach: the one-legged stool, with the best candidates for a second',
      deal: aDeal()
        .contact('priya', { ...PRIYA, criteria: 'yyy' })
        .contact('yusuf', YUSUF)
        .contact('colm', { ...COLM, criteria: 'y??' })
        .contact('ana', { ...ANA, criteria: 'nn?' })
        .build(),
      // Ana failed both criteria tested so far: no candidate.
      gaps: [{ kind: 'single-coach', severity: 'warning', people: ['priya'], candidates: ['colm', 'yusuf'] }],
      text: [{ why: /^Priya Raghunathan is the only Coach on this deal/, nextAction: /^Develop a second Coach: test Colm Gallagher and Yusuf Demir/ }],
    },
    {
      name: 'a second coach who left the list does not count',
      deal: aDeal().contact('priya', { ...PRIYA, criteria: 'yyy' }).gone('colm', { ...COLM, criteria: 'yyy' }).build(),
      gaps: [{ kind: 'single-coach', severity: 'warning', people: ['priya'] }],
      text: [{ nextAction: /ask Priya Raghunathan who else will use or benefit/ }],
    },
    {
      name: 'an internal coach is not a second leg',
      deal: aDeal().contact('colm', { ...COLM, criteria: 'yyy' }).internalCoach('maya', 'Maya Lindqvist').build(),
      gaps: [{ kind: 'single-coach', severity: 'warning', people: ['colm'] }],
    },
  ]);
});
