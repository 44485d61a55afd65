import { describe } from 'vitest';
import { procurementCoach } from '../../../../src/domain/gaps/procurement-coach';
import { COLM, SOFIA, aDeal, ruleTable } from './builders';

describe('rule 6, procurement-coach', () => {
  ruleTable(procurementCoach, [
    {
      name: 'a friendly procurement contact tagged as a Coach',
      deal: aDeal().contact('sofia', { ...SOFIA, criteria: 'yyy' }).build(),
      gaps: [{ kind: 'procurement-coach', severity: 'warning', people: ['sofia'] }],
      text: [{ why: /Sofia Marin's personal Win is a lower price, not our solution succeeding/ }],
    },
    {
      name: 'developing counts too',
      deal: aDeal().contact('sofia', { ...SOFIA, criteria: 'y??' }).build(),
      gaps: [{ kind: 'procurement-coach', severity: 'warning', people: ['sofia'] }],
    },
    {
      name: 'a procurement contact not tagged towards Coach: nothing to warn about',
      deal: aDeal().contact('sofia', { ...SOFIA, criteria: 'yyn' }).contact('kai', { ...SOFIA, name: 'Kai Berg' }).build(),
      gaps: [],
    },
    {
      name: 'purchasing, sourcing, vendor management and the German Einkauf, in page order',
      deal: aDeal()
        .contact('a', { name: 'Lena Vogel', title: 'Leiterin Einkauf', criteria: 'yy?' })
        .contact('b', { name: 'Tomás Ruiz', title: 'Purchasing Manager', criteria: 'yyy' })
        .contact('colm', { ...COLM, criteria: 'yyy' })
        .contact('c', { name: 'Grace Okafor', title: 'Strategic Sourcing Lead', criteria: '?y?' })
        .contact('d', { name: 'Ivan Petrov', title: 'VENDOR MANAGEMENT Office', criteria: 'y??' })
        .build(),
      gaps: ['a', 'b', 'c', 'd'].map((id) => ({ kind: 'procurement-coach' as const, severity: 'warning' as const, people: [id] })),
    },
    {
      name: 'no title, no procurement',
      deal: aDeal().contact('sofia', { ...SOFIA, title: null, criteria: 'yyy' }).build(),
      gaps: [],
    },
  ]);
});
