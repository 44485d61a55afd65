import { describe } from 'vitest';
import { staleCoach } from '../../../../src/domain/gaps/stale-coach';
import { COLM, PRIYA, aDeal, ruleTable } from './builders';

// NOW is 2026-11-27T12:00Z; the default threshold is 30 days.
const coachAssessed = (setAt: string | null) => aDeal().contact('colm', { ...COLM, criteria: 'yyy', setAt });

describe('rule 12, stale-coach', () => {
  ruleTable(staleCoach, [
    { name: 'assessed a week ago: fresh', deal: coachAssessed('2026-11-20T09:00:00.000Z').build(), gaps: [] },
    {
      name: 'last touched 57 days ago',
      deal: coachAssessed('2026-10-01T09:00:00.000Z').build(),
      gaps: [{ kind: 'stale-coach', severity: 'info', people: ['colm'] }],
      text: [{ why: /^Your last touch with Colm Gallagher was 57 days ago, on 2026-10-01/, nextAction: /'What has changed since our last conversation\?'$/ }],
    },
    { name: 'exactly 30 days is not more than 30', deal: coachAssessed('2026-10-28T12:00:00.000Z').build(), gaps: [] },
    {
      name: 'a millisecond more is',
      deal: coachAssessed('2026-10-28T11:59:59.999Z').build(),
      gaps: [{ kind: 'stale-coach', severity: 'info', people: ['colm'] }],
    },
    { name: 'recent intelligence is a touch', deal: coachAssessed('2026-09-01T09:00:00.000Z').intelligence('colm', '2026-11-20', 'funding').build(), gaps: [] },
    { name: 'recent value given is a touch', deal: coachAssessed('2026-09-01T09:00:00.000Z').value('colm', '2026-11-02').build(), gaps: [] },
    {
      name: 'intelligence from someone else is not',
      deal: coachAssessed('2026-09-01T09:00:00.000Z').contact('priya', PRIYA).intelligence('priya', '2026-11-20', 'funding').build(),
      gaps: [{ kind: 'stale-coach', severity: 'info', people: ['colm'] }],
    },
    { name: 'the threshold comes from settings', deal: coachAssessed('2026-10-01T09:00:00.000Z').build(), settings: { staleCoachDays: 60 }, gaps: [] },
    {
      name: 'a Coach with no dated touch at all (imported without dates)',
      deal: coachAssessed(null).build(),
      gaps: [{ kind: 'stale-coach', severity: 'info', people: ['colm'] }],
      text: [{ why: /^Nothing dated is recorded with Colm Gallagher/ }],
    },
    { name: 'only Coaches go stale', deal: aDeal().contact('colm', { ...COLM, criteria: 'yy?', setAt: '2026-01-01T00:00:00.000Z' }).build(), gaps: [] },
  ]);
});
