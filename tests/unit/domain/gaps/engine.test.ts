/**
 * The engine as a whole: gaps found as data, worded apart, in the engine's order. The rule tables
 * (one file per rule) say what each rule finds; this says how the engine puts them together.
 */
import { describe, expect, test } from 'vitest';
import { computeGaps, dealFacts, findGaps, RULES, wordGaps } from '../../../../src/domain/gaps';
import { GAP_KINDS } from '../../../../src/domain/gaps/types';
import { DEFAULT_SETTINGS } from '../../../../src/domain/settings';
import { ANA, COLM, KWAME, NOW, PRIYA, SOFIA, YUSUF, aDeal, key } from './builders';
import { englishSay } from '../../../../src/domain/say-english';

/** A deal with something of nearly every kind: partial coaches, a procurement coach, changes, logs. */
const busyDeal = () =>
  aDeal()
    .contact('priya', { ...PRIYA, criteria: 'y??', sponsor: true })
    .contact('sofia', { ...SOFIA, criteria: 'yy?' })
    .contact('colm', { ...COLM, criteria: 'yyy', setAt: '2026-09-01T09:00:00.000Z' })
    .contact('yusuf', { ...YUSUF, criteria: 'yyn' })
    .gone('ana', { ...ANA, criteria: 'yyy' })
    .contact('kwame', KWAME)
    .intelligence('colm', '2026-10-01', 'funding', { specific: false })
    .intelligence('colm', '2026-10-03', 'funding', { specific: false })
    .change('yusuf', 'title', { from: 'Enterprise Architect', to: 'CTO', statusBefore: 'developing', detectedAt: '2026-11-26T09:00:00.000Z' })
    .change('ana', 'left', { detectedAt: '2026-11-24T09:00:00.000Z' })
    .build();

describe('the gap engine', () => {
  test('finds gaps as data: kinds, people and facts, no sentences', () => {
    const found = findGaps(dealFacts(busyDeal(), DEFAULT_SETTINGS, NOW));
    expect(found.length).toBeGreaterThan(5);
    for (const gap of found) {
      expect(gap).not.toHaveProperty('why');
      expect(gap).not.toHaveProperty('nextAction');
    }
  });

  test('words exactly the gaps it found: computeGaps is findGaps then wordGaps', () => {
    const deal = busyDeal();
    const worded = wordGaps(findGaps(dealFacts(deal, DEFAULT_SETTINGS, NOW)), deal, englishSay);
    expect(worded).toEqual(computeGaps(deal, DEFAULT_SETTINGS, NOW, englishSay));
    // The surfaces' shape: the finding's facts and page order stay inside the engine.
    for (const gap of worded) expect(Object.keys(gap).sort()).toEqual(['candidates', 'kind', 'nextAction', 'people', 'question', 'role', 'severity', 'topic', 'why']);
  });

  test('orders by severity, then rule, then the page order of the people concerned', () => {
    const found = findGaps(dealFacts(busyDeal(), DEFAULT_SETTINGS, NOW));
    expect(found.map((g) => `${g.severity} ${g.kind} ${g.people.join()}`)).toEqual([
      `critical role-uncovered ${key('priya')}`,
      // Coach changes: Yusuf (listed, 4th) before Ana (gone), although Ana's change came first.
      `critical coach-changed ${key('yusuf')}`,
      `critical coach-changed ${key('ana')}`,
      `warning single-coach ${key('colm')}`,
      `warning role-uncovered ${key('yusuf')}`,
      `warning procurement-coach ${key('sofia')}`,
      `warning sponsor-not-coach ${key('priya')}`,
      `warning no-reciprocity ${key('colm')}`,
      `warning generic-intelligence ${key('colm')}`,
      `info partial-coach ${key('priya')}`,
      `info partial-coach ${key('sofia')}`,
      `info partial-coach ${key('yusuf')}`,
      `info uncorroborated ${key('colm')}`,
      `info stale-coach ${key('colm')}`,
      `info no-internal-coach `,
    ]);
  });

  test('a role whose holder comes first on the page comes first among roles of one severity', () => {
    // User (Colm) is listed after Technical (Yusuf): the technical gap comes first though user is more senior.
    const deal = aDeal().contact('yusuf', YUSUF).contact('colm', COLM).contact('priya', { ...PRIYA, criteria: 'yyy' }).build();
    const uncovered = findGaps(dealFacts(deal, DEFAULT_SETTINGS, NOW)).filter((g) => g.kind === 'role-uncovered');
    expect(uncovered.map((g) => g.role)).toEqual(['technical', 'user']);
  });

  test('each rule is both its parts and the GapRule the rule tables run', () => {
    const deal = busyDeal();
    const facts = dealFacts(deal, DEFAULT_SETTINGS, NOW);
    for (const kind of GAP_KINDS) {
      const rule = RULES[kind];
      const context = { ...facts, say: (text: string) => text };
      expect(rule(context).map((g) => g.people)).toEqual(rule.find(facts).map((g) => g.people));
      for (const found of rule.find(facts)) expect(found.kind).toBe(kind);
    }
  });
});
