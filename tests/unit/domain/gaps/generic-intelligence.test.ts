import { describe } from 'vitest';
import { genericIntelligence } from '../../../../src/domain/gaps/generic-intelligence';
import { COLM, PRIYA, aDeal, ruleTable } from './builders';

const coachColm = () => aDeal().contact('colm', { ...COLM, criteria: 'yyy' });

describe('rule 9, generic-intelligence', () => {
  ruleTable(genericIntelligence, [
    {
      name: 'the double agent: a Coach whose guidance is all generic',
      deal: coachColm().intelligence('colm', '2026-11-01', 'competition', { specific: false }).intelligence('colm', '2026-11-10', 'other', { specific: false }).build(),
      gaps: [{ kind: 'generic-intelligence', severity: 'warning', people: ['colm'] }],
      text: [{ why: /^Both pieces of intelligence from Colm Gallagher are generic: Colm Gallagher may be telling our competitors the same/, nextAction: /check the answer against another source/ }],
    },
    {
      name: 'three generic entries',
      deal: coachColm()
        .intelligence('colm', '2026-11-01', 'competition', { specific: false })
        .intelligence('colm', '2026-11-05', 'other', { specific: false })
        .intelligence('colm', '2026-11-10', 'change', { specific: false })
        .build(),
      gaps: [{ kind: 'generic-intelligence', severity: 'warning', people: ['colm'] }],
      text: [{ why: /^All 3 pieces of intelligence from Colm Gallagher are generic/ }],
    },
    {
      name: 'one specific entry is enough',
      deal: coachColm().intelligence('colm', '2026-11-01', 'competition', { specific: false }).intelligence('colm', '2026-11-10', 'funding').build(),
      gaps: [],
    },
    { name: 'no intelligence yet: nothing to judge', deal: coachColm().build(), gaps: [] },
    {
      name: 'a single generic entry',
      deal: coachColm().intelligence('colm', '2026-11-01', 'other', { specific: false }).build(),
      gaps: [{ kind: 'generic-intelligence', severity: 'warning', people: ['colm'] }],
      text: [{ why: /^The only piece of intelligence from Colm Gallagher is generic/ }],
    },
    {
      name: 'only Coaches are judged: a developing contact is not yet expected to guide',
      deal: aDeal().contact('colm', { ...COLM, criteria: 'yy?' }).intelligence('colm', '2026-11-01', 'other', { specific: false }).build(),
      gaps: [],
    },
    {
      name: 'two generic Coaches, in page order',
      deal: coachColm()
        .contact('priya', { ...PRIYA, criteria: 'yyy' })
        .intelligence('priya', '2026-11-01', 'other', { specific: false })
        .intelligence('colm', '2026-11-02', 'other', { specific: false })
        .build(),
      gaps: [
        { kind: 'generic-intelligence', severity: 'warning', people: ['colm'] },
        { kind: 'generic-intelligence', severity: 'warning', people: ['priya'] },
      ],
    },
  ]);
});
