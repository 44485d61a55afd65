import { describe } from 'vitest';
import { noCoach } from '../../../../src/domain/gaps/no-coach';
import { ANA, COLM, KWAME, PRIYA, SOFIA, YUSUF, aDeal, ruleTable } from './builders';

describe('rule 1, no-coach', () => {
  ruleTable(noCoach, [
    {
      name: 'one coach on the deal: no gap',
      deal: aDeal().contact('priya', { ...PRIYA, criteria: 'yyy' }).contact('colm', COLM).build(),
      gaps: [],
    },
    {
      name: "the fifteen-year rep's untested good contacts: best candidates by role seniority, then page order",
      deal: aDeal().contact('priya', PRIYA).contact('colm', COLM).contact('yusuf', YUSUF).contact('ana', ANA).build(),
      gaps: [{ kind: 'no-coach', severity: 'critical', people: [], candidates: ['priya', 'colm', 'ana'] }],
      text: [{ why: /None of the 4 contacts .* tested against the three Coach criteria/, nextAction: /^Test Priya Raghunathan, Colm Gallagher and Ana Souza against the three criteria/ }],
    },
    {
      name: 'most yes first, then fewest no',
      deal: aDeal()
        .contact('priya', { ...PRIYA, criteria: 'n??' })
        .contact('colm', { ...COLM, criteria: 'y??' })
        .contact('yusuf', { ...YUSUF, criteria: 'yy?' })
        .contact('ana', { ...ANA, criteria: 'yyn' })
        .build(),
      gaps: [{ kind: 'no-coach', severity: 'critical', people: [], candidates: ['yusuf', 'ana', 'colm'] }],
      text: [{ why: /No one on this deal meets all three Coach criteria/ }],
    },
    {
      name: 'a CRM Champion label breaks a tie left after role seniority, but is no coach',
      deal: aDeal().contact('priya', { ...PRIYA, crmRole: 'Influencer' }).contact('kwame', { ...KWAME, crmRole: 'Champion' }).build(),
      gaps: [{ kind: 'no-coach', severity: 'critical', people: [], candidates: ['kwame', 'priya'] }],
    },
    {
      name: 'role seniority comes before a Champion label (product.md: yes, then no, then seniority)',
      deal: aDeal().contact('priya', PRIYA).contact('kwame', { ...KWAME, crmRole: 'Champion' }).build(),
      gaps: [{ kind: 'no-coach', severity: 'critical', people: [], candidates: ['priya', 'kwame'] }],
    },
    {
      name: 'someone who failed every criterion tested so far is no candidate',
      deal: aDeal().contact('priya', { ...PRIYA, criteria: 'n??' }).contact('kwame', KWAME).build(),
      gaps: [{ kind: 'no-coach', severity: 'critical', people: [], candidates: ['kwame'] }],
    },
    {
      name: 'a friendly procurement contact is no candidate (step 1 warning)',
      deal: aDeal().contact('sofia', { ...SOFIA, criteria: 'yy?' }).contact('colm', COLM).build(),
      gaps: [{ kind: 'no-coach', severity: 'critical', people: [], candidates: ['colm'] }],
    },
    {
      name: 'only procurement on the list: add the people who will use or benefit',
      deal: aDeal().contact('sofia', { ...SOFIA, criteria: 'y??' }).build(),
      gaps: [{ kind: 'no-coach', severity: 'critical', people: [] }],
      text: [{ nextAction: /^Add the people who will use or benefit from our solution to the contact roles/ }],
    },
    {
      name: 'no contacts at all',
      deal: aDeal().build(),
      gaps: [{ kind: 'no-coach', severity: 'critical', people: [] }],
      text: [{ why: /No contacts are listed/, nextAction: /^Add the people/ }],
    },
    {
      name: 'an internal coach does not prevent it',
      deal: aDeal().contact('priya', PRIYA).internalCoach('maya', 'Maya Lindqvist', { roles: ['economic'] }).build(),
      gaps: [{ kind: 'no-coach', severity: 'critical', people: [], candidates: ['priya'] }],
    },
    {
      name: 'a coach who left the list is no coach',
      deal: aDeal().gone('priya', { ...PRIYA, criteria: 'yyy' }).contact('colm', COLM).build(),
      gaps: [{ kind: 'no-coach', severity: 'critical', people: [], candidates: ['colm'] }],
    },
  ]);
});
