import { describe } from 'vitest';
import { uncorroborated } from '../../../../src/domain/gaps/uncorroborated';
import { ANA, COLM, PRIYA, YUSUF, aDeal, ruleTable } from './builders';

describe('rule 10, uncorroborated', () => {
  ruleTable(uncorroborated, [
    {
      name: 'funding known from one source only: ask another Coach',
      deal: aDeal()
        .contact('colm', { ...COLM, criteria: 'yyy' })
        .contact('yusuf', { ...YUSUF, criteria: 'yyy' })
        .intelligence('colm', '2026-11-01', 'funding')
        .intelligence('colm', '2026-11-10', 'funding')
        .build(),
      gaps: [{ kind: 'uncorroborated', severity: 'info', topic: 'funding', people: ['colm'], question: { id: 'funding-approval', askWhom: 'yusuf' } }],
      text: [{ why: /^Everything you know about funding comes from Colm Gallagher alone/, nextAction: /^Ask Yusuf Demir: 'What is the process for approving funding at this level\?', and compare the answer with what Colm Gallagher told you\.$/ }],
    },
    {
      name: 'one entry corroborated by another person clears it',
      deal: aDeal()
        .contact('colm', { ...COLM, criteria: 'yyy' })
        .contact('yusuf', YUSUF)
        .intelligence('colm', '2026-11-01', 'funding')
        .intelligence('colm', '2026-11-10', 'funding', { corroboratedBy: ['yusuf'] })
        .build(),
      gaps: [],
    },
    {
      name: 'a source listed as confirming itself is no corroboration',
      deal: aDeal().contact('colm', { ...COLM, criteria: 'yyy' }).contact('yusuf', YUSUF).intelligence('colm', '2026-11-01', 'funding', { corroboratedBy: ['colm'] }).build(),
      gaps: [{ kind: 'uncorroborated', severity: 'info', topic: 'funding', people: ['colm'], question: { id: 'funding-approval', askWhom: 'yusuf' } }],
    },
    {
      name: 'two sources clear it',
      deal: aDeal().contact('colm', COLM).contact('yusuf', YUSUF).intelligence('colm', '2026-11-01', 'funding').intelligence('yusuf', '2026-11-10', 'funding').build(),
      gaps: [],
    },
    {
      name: 'only the three decision topics are checked, in their order',
      deal: aDeal()
        .contact('colm', { ...COLM, criteria: 'yyy' })
        .contact('priya', PRIYA)
        .intelligence('colm', '2026-11-01', 'funding')
        .intelligence('colm', '2026-11-01', 'competition')
        .intelligence('colm', '2026-11-02', 'decision-process')
        .intelligence('colm', '2026-11-03', 'economic-buyer')
        .build(),
      gaps: [
        { kind: 'uncorroborated', severity: 'info', topic: 'economic-buyer', people: ['colm'], question: { id: 'economic-buyer-who', askWhom: 'priya' } },
        { kind: 'uncorroborated', severity: 'info', topic: 'decision-process', people: ['colm'], question: { id: 'process-steps', askWhom: 'priya' } },
        { kind: 'uncorroborated', severity: 'info', topic: 'funding', people: ['colm'], question: { id: 'funding-approval', askWhom: 'priya' } },
      ],
      text: [{ why: /who the Economic Buyer is/ }, { why: /the decision process/ }],
    },
    {
      name: 'the source is the only Coach: ask the best candidate other than the source',
      deal: aDeal().contact('priya', PRIYA).contact('colm', { ...COLM, criteria: 'yyy' }).contact('ana', { ...ANA, criteria: 'y??' }).intelligence('colm', '2026-11-01', 'funding').build(),
      gaps: [{ kind: 'uncorroborated', severity: 'info', topic: 'funding', people: ['colm'], question: { id: 'funding-approval', askWhom: 'ana' } }],
    },
    {
      name: 'a source who left the list is named but not linked',
      deal: aDeal().gone('priya', PRIYA).contact('colm', { ...COLM, criteria: 'yyy' }).intelligence('priya', '2026-11-01', 'economic-buyer').build(),
      gaps: [{ kind: 'uncorroborated', severity: 'info', topic: 'economic-buyer', people: [], question: { id: 'economic-buyer-who', askWhom: 'colm' } }],
      text: [{ why: /from Priya Raghunathan alone/ }],
    },
    {
      name: 'an internal coach as the single source is linked',
      deal: aDeal().contact('colm', { ...COLM, criteria: 'yyy' }).internalCoach('maya', 'Maya Lindqvist').intelligence('internal:maya', '2026-11-01', 'economic-buyer').build(),
      gaps: [{ kind: 'uncorroborated', severity: 'info', topic: 'economic-buyer', people: ['internal:maya'], question: { id: 'economic-buyer-who', askWhom: 'colm' } }],
    },
    {
      name: 'no one else to ask',
      deal: aDeal().contact('colm', { ...COLM, criteria: 'yyy' }).intelligence('colm', '2026-11-01', 'decision-process').build(),
      gaps: [{ kind: 'uncorroborated', severity: 'info', topic: 'decision-process', people: ['colm'], question: { id: 'process-steps', askWhom: null } }],
      text: [{ nextAction: /^Find a second source to ask/ }],
    },
  ]);
});
