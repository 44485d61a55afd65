import { describe } from 'vitest';
import { roleUncovered } from '../../../../src/domain/gaps/role-uncovered';
import { ANA, COLM, PRIYA, SOFIA, YUSUF, aDeal, ruleTable } from './builders';

describe('rule 3, role-uncovered', () => {
  ruleTable(roleUncovered, [
    {
      name: 'every present role held by a coach: no gap',
      deal: aDeal().contact('priya', { ...PRIYA, criteria: 'yyy' }).contact('colm', { ...COLM, criteria: 'yyy' }).contact('yusuf', { ...YUSUF, criteria: 'yyy' }).build(),
      gaps: [],
    },
    {
      name: 'economic buyer uncovered is critical; ask the coach about credibility with them',
      deal: aDeal().contact('priya', PRIYA).contact('colm', { ...COLM, criteria: 'yyy' }).build(),
      gaps: [{ kind: 'role-uncovered', severity: 'critical', role: 'economic', people: ['priya'], candidates: ['priya'] }],
      text: [{ why: /Economic Buyer Priya Raghunathan/, nextAction: /^Test Priya Raghunathan against the three criteria, and ask Colm Gallagher whether they have credibility with Priya Raghunathan\.$/ }],
    },
    {
      name: "a coach's access to the role covers it",
      deal: aDeal().contact('priya', PRIYA).contact('colm', { ...COLM, criteria: 'yyy', access: { roles: ['economic'] } }).build(),
      gaps: [],
    },
    {
      name: "a coach's access to the named economic buyer covers the role",
      deal: aDeal().contact('priya', PRIYA).contact('colm', { ...COLM, criteria: 'yyy', access: { people: ['priya'] } }).build(),
      gaps: [],
    },
    {
      name: 'an internal coach with access to the economic buyer covers the role',
      deal: aDeal().contact('priya', PRIYA).contact('colm', { ...COLM, criteria: 'yyy' }).internalCoach('maya', 'Maya Lindqvist', { people: ['priya'] }).build(),
      gaps: [],
    },
    {
      name: "a developing contact's access and own role cover nothing",
      deal: aDeal().contact('priya', PRIYA).contact('colm', { ...COLM, criteria: 'yy?', access: { roles: ['economic'] } }).build(),
      gaps: [
        { kind: 'role-uncovered', severity: 'critical', role: 'economic', people: ['priya'], candidates: ['priya'] },
        { kind: 'role-uncovered', severity: 'warning', role: 'user', people: ['colm'], candidates: ['colm'] },
      ],
      text: [{ nextAction: /or find a colleague who can arrange peer-level access to Priya Raghunathan/ }, { nextAction: /^Test Colm Gallagher/ }],
    },
    {
      name: 'two user buyers uncovered: one gap for the role, candidates ranked',
      deal: aDeal().contact('priya', { ...PRIYA, criteria: 'yyy' }).contact('colm', COLM).contact('ana', { ...ANA, criteria: 'y??' }).build(),
      gaps: [{ kind: 'role-uncovered', severity: 'warning', role: 'user', people: ['colm', 'ana'], candidates: ['ana', 'colm'] }],
      text: [{ why: /User Buyers Colm Gallagher and Ana Souza/, nextAction: /ask Priya Raghunathan whether they have credibility with Colm Gallagher and Ana Souza/ }],
    },
    {
      name: 'a role no contact holds is not uncovered (rule 4 speaks for the economic buyer)',
      deal: aDeal().contact('colm', { ...COLM, criteria: 'yyy' }).build(),
      gaps: [],
    },
    {
      name: "the rep's override to no role removes the role",
      deal: aDeal().contact('priya', { ...PRIYA, role: 'none' }).contact('colm', { ...COLM, criteria: 'yyy' }).build(),
      gaps: [],
    },
    {
      name: 'a procurement technical buyer is no candidate: ask the coach',
      deal: aDeal().contact('colm', { ...COLM, criteria: 'yyy' }).contact('sofia', { ...SOFIA, role: 'technical', criteria: 'y??' }).build(),
      gaps: [{ kind: 'role-uncovered', severity: 'warning', role: 'technical', people: ['sofia'] }],
      text: [{ nextAction: /^Ask Colm Gallagher whether they have credibility with Sofia Marin\.$/ }],
    },
    {
      name: 'a technical buyer uncovered with nobody to ask',
      deal: aDeal().contact('sofia', { ...SOFIA, role: 'technical' }).build(),
      gaps: [{ kind: 'role-uncovered', severity: 'warning', role: 'technical', people: ['sofia'] }],
      text: [{ nextAction: /^Find someone, inside the account or on your own team, with credibility with Sofia Marin\.$/ }],
    },
  ]);
});
