import { describe } from 'vitest';
import { sponsorNotCoach } from '../../../../src/domain/gaps/sponsor-not-coach';
import { COLM, PRIYA, aDeal, ruleTable } from './builders';

describe('rule 7, sponsor-not-coach', () => {
  ruleTable(sponsorNotCoach, [
    {
      name: 'the vocal sponsor with no inside knowledge',
      deal: aDeal().contact('priya', { ...PRIYA, sponsor: true, criteria: 'y??' }).build(),
      gaps: [{ kind: 'sponsor-not-coach', severity: 'warning', people: ['priya'] }],
      text: [{ why: /has not shown any willingness to guide you and has given you no intelligence so far: a sponsor is not a Coach/, nextAction: /^Ask Priya Raghunathan a specific question/ }],
    },
    {
      name: 'a sponsor who is a Coach and gave intelligence: no gap',
      deal: aDeal().contact('priya', { ...PRIYA, sponsor: true, criteria: 'yyy' }).intelligence('priya', '2026-11-10', 'funding').build(),
      gaps: [],
    },
    {
      name: 'willing to guide, but no intelligence ever logged',
      deal: aDeal().contact('priya', { ...PRIYA, sponsor: true, criteria: 'yyy' }).build(),
      gaps: [{ kind: 'sponsor-not-coach', severity: 'warning', people: ['priya'] }],
      text: [{ why: /^Priya Raghunathan supports our proposal publicly but has given you no intelligence so far:/ }],
    },
    {
      name: 'gave intelligence, but said no to guiding',
      deal: aDeal().contact('priya', { ...PRIYA, sponsor: true, criteria: 'yyn' }).intelligence('priya', '2026-11-10', 'other', { specific: false }).build(),
      gaps: [{ kind: 'sponsor-not-coach', severity: 'warning', people: ['priya'] }],
      text: [{ why: /but is not willing to guide you:/ }],
    },
    {
      name: 'intelligence about the sponsor from someone else does not count',
      deal: aDeal().contact('priya', { ...PRIYA, sponsor: true, criteria: 'yyy' }).contact('colm', COLM).intelligence('colm', '2026-11-10', 'personal-wins').build(),
      gaps: [{ kind: 'sponsor-not-coach', severity: 'warning', people: ['priya'] }],
    },
    {
      name: 'not a sponsor, or a sponsor who left the list: no gap',
      deal: aDeal().contact('colm', COLM).gone('priya', { ...PRIYA, sponsor: true }).build(),
      gaps: [],
    },
  ]);
});
