import { describe, expect, test } from 'vitest';
import { coachChanged } from '../../../../src/domain/gaps/coach-changed';
import { ANA, COLM, KWAME, PRIYA, SOFIA, YUSUF, aDeal, key, ruleTable, runRule } from './builders';

// Criteria are set on 2026-11-20 unless a row says otherwise; changes are detected on 2026-11-25.
const NADIA = { name: 'Nadia Haddad', title: 'Chief Financial Officer', crmRole: 'Decision Maker' };

describe('rule 11, coach-changed', () => {
  ruleTable(coachChanged, [
    {
      name: 'the only Coach left the list: same role first, then the best partial coaches',
      deal: aDeal()
        .gone('priya', { ...PRIYA, criteria: 'yyy' })
        .contact('colm', COLM)
        .contact('yusuf', { ...YUSUF, criteria: 'y??' })
        .contact('nadia', NADIA)
        .contact('ana', { ...ANA, criteria: 'yy?' })
        .change('priya', 'left')
        .build(),
      gaps: [{ kind: 'coach-changed', severity: 'critical', people: ['priya'], candidates: ['nadia', 'ana', 'yusuf'] }],
      text: [
        {
          why: /^Priya Raghunathan, a Coach on this deal, left the deal's contact list:/,
          nextAction: /^Find out where Priya Raghunathan went and reassess Priya Raghunathan now, and assess Nadia Haddad, Ana Souza and Yusuf Demir as successors to the coaching role: don't wait/,
        },
      ],
    },
    {
      name: 'a title change: same role or department first (case-insensitive), coaches and procurement are no successors',
      deal: aDeal()
        .contact('colm', { ...COLM, criteria: 'yyy' })
        .contact('yusuf', { ...YUSUF, criteria: 'yy?' })
        .contact('kwame', { ...KWAME, department: 'MAINTENANCE ' })
        .contact('ana', ANA)
        .contact('priya', { ...PRIYA, criteria: 'yyy' })
        .contact('sofia', { ...SOFIA, department: 'Maintenance', criteria: 'y??' })
        .change('colm', 'title', { from: 'Director of Fleet Maintenance', to: 'Head of Rail Operations' })
        .build(),
      gaps: [{ kind: 'coach-changed', severity: 'critical', people: ['colm'], candidates: ['ana', 'kwame', 'yusuf'] }],
      text: [{ why: /changed title from 'Director of Fleet Maintenance' to 'Head of Rail Operations'/, nextAction: /^Reassess Colm Gallagher against the three criteria now/ }],
    },
    {
      name: 'setting a criterion after the change clears it',
      deal: aDeal().contact('colm', { ...COLM, criteria: 'yyy', setAt: '2026-11-26T08:00:00.000Z' }).change('colm', 'title', { from: 'A', to: 'B' }).build(),
      gaps: [],
    },
    {
      name: 'setting it at the very moment of detection clears it too',
      deal: aDeal().contact('colm', { ...COLM, criteria: 'yyy', setAt: '2026-11-25T09:00:00.000Z' }).change('colm', 'title', { from: 'A', to: 'B' }).build(),
      gaps: [],
    },
    {
      name: 'several changes of one contact: one gap, earliest first',
      deal: aDeal()
        .contact('colm', { ...COLM, criteria: 'yyy' })
        .change('colm', 'title', { from: 'Director', to: 'Consultant' })
        .change('colm', 'email-domain', { from: 'ashgrove.gov', to: 'fleetworks.com', detectedAt: '2026-11-22T09:00:00.000Z' })
        .change('colm', 'account', { from: '0018V00000tRm4FQAS', to: '0018V00000zZz9AQAS', detectedAt: '2026-11-26T09:00:00.000Z' })
        .build(),
      gaps: [{ kind: 'coach-changed', severity: 'critical', people: ['colm'] }],
      text: [
        {
          why: /changed email domain from ashgrove\.gov to fleetworks\.com, changed title from 'Director' to 'Consultant' and moved from account 0018V00000tRm4FQAS to 0018V00000zZz9AQAS:/,
          nextAction: /find out who might take over Colm Gallagher's coaching role/,
        },
      ],
    },
    {
      name: 'only the changes after the last assessment are reported',
      deal: aDeal()
        .contact('colm', { ...COLM, criteria: 'yyy', setAt: '2026-11-23T09:00:00.000Z' })
        .change('colm', 'email-domain', { from: 'ashgrove.gov', to: 'fleetworks.com', detectedAt: '2026-11-22T09:00:00.000Z' })
        .change('colm', 'title', { from: 'Director', to: 'Consultant' })
        .build(),
      gaps: [{ kind: 'coach-changed', severity: 'critical', people: ['colm'] }],
      text: [{ why: /^Colm Gallagher, a Coach on this deal, changed title from 'Director' to 'Consultant':/ }],
    },
    {
      name: 'two people changed: one gap each, in the order the changes happened',
      deal: aDeal()
        .contact('colm', { ...COLM, criteria: 'yyy' })
        .gone('ana', { ...ANA, criteria: 'y??' })
        .change('colm', 'title', { from: 'Director', to: 'Consultant', detectedAt: '2026-11-26T09:00:00.000Z' })
        .change('ana', 'left', { statusBefore: 'developing', detectedAt: '2026-11-24T09:00:00.000Z' })
        .build(),
      gaps: [
        { kind: 'coach-changed', severity: 'critical', people: ['ana'] },
        { kind: 'coach-changed', severity: 'critical', people: ['colm'] },
      ],
      text: [{ why: /^Ana Souza, a developing Coach on this deal, left/ }],
    },
    {
      name: 'a contact whose criteria carry no date counts as not reassessed',
      deal: aDeal().contact('colm', { ...COLM, criteria: 'yyy', setAt: null }).change('colm', 'title', { from: 'A', to: 'B' }).build(),
      gaps: [{ kind: 'coach-changed', severity: 'critical', people: ['colm'] }],
    },
  ]);

  test('the successor in the seat is found however many distinct departments the pages show (the memo of texts is bounded)', () => {
    // More departments than the memo of compared texts holds: it fills up and is cleared on the way.
    const builder = aDeal().contact('colm', { ...COLM, criteria: 'yyy', crmRole: null, department: '  dept 1111' });
    for (let i = 0; i < 1500; i++) builder.contact(`c${i}`, { name: `Contact ${i}`, crmRole: null, department: `Dept ${i}` });
    const deal = builder.change('colm', 'title', { from: 'A', to: 'B' }).build();
    const successors = () => runRule(coachChanged, deal)[0]!.candidates;
    expect(successors()[0]).toBe(key('c1111'));
    expect(successors()[0]).toBe(key('c1111'));
  });
});
