import { describe } from 'vitest';
import { noReciprocity } from '../../../../src/domain/gaps/no-reciprocity';
import { COLM, PRIYA, aDeal, ruleTable } from './builders';

const coachColm = () => aDeal().contact('colm', { ...COLM, criteria: 'yyy' });

describe('rule 8, no-reciprocity', () => {
  ruleTable(noReciprocity, [
    {
      name: 'one piece of intelligence is not yet taking without giving',
      deal: coachColm().intelligence('colm', '2026-11-01', 'funding').build(),
      gaps: [],
    },
    {
      name: 'two pieces and nothing ever given back',
      deal: coachColm().intelligence('colm', '2026-10-01', 'funding').intelligence('colm', '2026-10-15', 'decision-process').build(),
      gaps: [{ kind: 'no-reciprocity', severity: 'warning', people: ['colm'] }],
      text: [{ why: /2 pieces of intelligence, the latest on 2026-10-15, but you have never given anything back/, nextAction: /^Give Colm Gallagher something first/ }],
    },
    {
      name: 'value given on the day of the second-most-recent entry counts',
      deal: coachColm().intelligence('colm', '2026-10-01', 'funding').intelligence('colm', '2026-10-15', 'funding').value('colm', '2026-10-01').build(),
      gaps: [],
    },
    {
      name: 'value given between the last two entries counts',
      deal: coachColm()
        .intelligence('colm', '2026-11-02', 'funding')
        .intelligence('colm', '2026-10-01', 'funding')
        .intelligence('colm', '2026-10-15', 'funding')
        .value('colm', '2026-10-20')
        .build(),
      gaps: [],
    },
    {
      name: 'value given before the last two entries does not',
      deal: coachColm()
        .intelligence('colm', '2026-10-01', 'funding')
        .intelligence('colm', '2026-10-15', 'funding')
        .intelligence('colm', '2026-11-02', 'funding')
        .value('colm', '2026-10-10', 'peer-introduction')
        .build(),
      gaps: [{ kind: 'no-reciprocity', severity: 'warning', people: ['colm'] }],
      text: [{ why: /the last thing you gave back was on 2026-10-10/ }],
    },
    {
      name: 'value given to someone else does not count; the noted personal Win is pointed to',
      deal: aDeal()
        .contact('priya', { ...PRIYA, personalWin: 'Wants the depot budget line defended at the board' })
        .contact('colm', COLM)
        .intelligence('priya', '2026-10-01', 'funding')
        .intelligence('priya', '2026-10-15', 'funding')
        .value('colm', '2026-11-01')
        .build(),
      gaps: [{ kind: 'no-reciprocity', severity: 'warning', people: ['priya'] }],
      text: [{ nextAction: /help with the personal Win you noted for Priya Raghunathan/ }],
    },
    {
      name: 'internal coaches are Coaches too, and come after the contacts',
      deal: coachColm()
        .internalCoach('maya', 'Maya Lindqvist')
        .intelligence('internal:maya', '2026-10-01', 'economic-buyer')
        .intelligence('internal:maya', '2026-10-02', 'economic-buyer')
        .intelligence('colm', '2026-10-01', 'funding')
        .intelligence('colm', '2026-10-03', 'funding')
        .build(),
      gaps: [
        { kind: 'no-reciprocity', severity: 'warning', people: ['colm'] },
        { kind: 'no-reciprocity', severity: 'warning', people: ['internal:maya'] },
      ],
    },
    {
      name: 'a contact who left the list is not flagged',
      deal: aDeal().gone('colm', COLM).intelligence('colm', '2026-10-01', 'funding').intelligence('colm', '2026-10-03', 'funding').build(),
      gaps: [],
    },
  ]);
});
