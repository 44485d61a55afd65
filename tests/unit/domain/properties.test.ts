// @vitest-environment node
/**
 * Properties of the whole domain over random histories of a deal (page reads and the rep's
 * actions in any order, see arbitraries.ts): invariants the example tests can only spot-check.
 * Each property restates the rule independently of the code under test, so a shared mistake
 * cannot make both agree.
 */
import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CRITERIA, type Criteria, type CriterionAssessment } from '../../../src/domain/criteria';
import { computeGaps } from '../../../src/domain/gaps';
import { GAP_KINDS, SEVERITIES } from '../../../src/domain/gaps/types';
import { CHANGES_LIMIT, dealSchema, type Deal } from '../../../src/domain/network';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { viewDeal } from '../../../src/domain/view';
import { churnArb, readsOnlyArb, replay, scenarioArb } from './arbitraries';
import { englishSay } from '../../../src/domain/say-english';

/** Enough runs to reach the edges (refusals, bursts, long texts) yet a few seconds on two cores. */
const RUNS = { numRuns: 100 };
const HISTORY_BOUND = 20;

/** product.md §Vocabulary, restated: coach = 3 yes; developing = ≥1 yes, no `no`; friendly = ≥1 yes
 * and ≥1 no; not-coach = 0 yes, ≥1 no; unassessed = all unknown. */
function expectedStatus(criteria: Criteria): string {
  const values = CRITERIA.map((c) => criteria[c].value);
  const yes = values.filter((v) => v === 'yes').length;
  const no = values.filter((v) => v === 'no').length;
  const unknown = values.filter((v) => v === 'unknown').length;
  if (yes === 3) return 'coach';
  if (yes >= 1 && no === 0) return 'developing';
  if (yes >= 1 && no >= 1) return 'friendly';
  if (yes === 0 && no >= 1) return 'not-coach';
  if (unknown === 3) return 'unassessed';
  throw new Error(`no status for ${values.join('/')}`);
}

/** The deal's list now, as the rep sees it: page order, each contact once. */
const listed = (deal: Deal) => [...new Set(deal.currentContacts)].filter((key) => key in deal.contacts);

describe('domain properties over random histories of page reads and rep actions', () => {
  test('every step leaves a deal dealSchema accepts; a refused action changes nothing and no step mutates its input', () => {
    fc.assert(
      fc.property(scenarioArb(), (scenario) => {
        replay(
          scenario,
          (s) => {
            if (s.result && !s.result.ok) expect(s.after).toBe(s.before);
            // Adds inside a burst only grow one list: its first and last state stand for the rest.
            if (s.bulk && s.beforeJson === undefined) return;
            const parsed = dealSchema.safeParse(s.after);
            if (!parsed.success) {
              throw new Error(`step ${s.index} (${s.action?.type ?? s.step.kind}) left an invalid deal: ${JSON.stringify(parsed.error.issues[0])}`);
            }
            if (s.beforeJson !== undefined) expect(JSON.stringify(s.before)).toBe(s.beforeJson);
            // The rep is told why: a refusal always says something.
            if (s.result && !s.result.ok) expect(s.result.error).toMatch(/\S/);
          },
          { snapshotBefore: true },
        );
      }),
      RUNS,
    );
  });

  test('the status viewDeal shows for every listed contact is exactly what its criteria imply', () => {
    fc.assert(
      fc.property(scenarioArb(), (scenario) => {
        replay(scenario, ({ after, now, bulk }) => {
          if (bulk) return;
          const view = viewDeal(after, DEFAULT_SETTINGS, now, new Map(), englishSay);
          expect(view.contacts.map((c) => c.key)).toEqual(listed(after));
          for (const contact of view.contacts) {
            expect(contact.status).toBe(expectedStatus(after.contacts[contact.key]!.criteria));
            expect(contact.criteria).toEqual(after.contacts[contact.key]!.criteria);
          }
        });
      }),
      RUNS,
    );
  });

  test("the rep's tags survive every later page read, also reads where the contact is absent", () => {
    fc.assert(
      fc.property(scenarioArb(), (scenario) => {
        // Contact → criterion → the assessment the rep's latest accepted set-criterion left.
        const tagged = new Map<string, Map<string, CriterionAssessment>>();
        replay(scenario, ({ action, result, after }) => {
          if (action?.type === 'set-criterion' && result?.ok) {
            const assessment = after.contacts[action.contact]!.criteria[action.criterion];
            expect(assessment.value).toBe(action.value);
            if (action.evidence !== undefined) expect(assessment.evidence).toBe(action.evidence);
            const byCriterion = tagged.get(action.contact) ?? new Map<string, CriterionAssessment>();
            tagged.set(action.contact, byCriterion.set(action.criterion, structuredClone(assessment)));
          }
          for (const [key, byCriterion] of tagged) {
            const record = after.contacts[key];
            expect(record, `${key} was dropped`).toBeDefined();
            for (const [criterion, assessment] of byCriterion) expect(record!.criteria[criterion as keyof Criteria]).toEqual(assessment);
          }
        });
      }),
      RUNS,
    );
  });

  test('computeGaps is deterministic, names only people of the deal, sorts by severity then rule, and flags no-coach iff no listed coach', () => {
    fc.assert(
      fc.property(scenarioArb(), (scenario) => {
        replay(scenario, ({ after, now, bulk }) => {
          if (bulk) return;
          // The same input twice, the second time as an equal copy taken before the first call: neither
          // object identity nor anything the first call left behind may change the answer.
          const copy = structuredClone(after);
          const gaps = computeGaps(after, DEFAULT_SETTINGS, now, englishSay);
          expect(computeGaps(copy, DEFAULT_SETTINGS, new Date(now.getTime()), englishSay)).toEqual(gaps);

          const people = new Set([...Object.keys(after.contacts), ...after.internalCoaches.map((c) => c.key)]);
          for (const gap of gaps) for (const person of gap.people) expect(people.has(person), `${gap.kind} names ${person}`).toBe(true);

          const ranks = gaps.map((g) => [SEVERITIES.indexOf(g.severity), GAP_KINDS.indexOf(g.kind)] as const);
          ranks.forEach((rank, i) => {
            const previous = ranks[i - 1];
            if (!previous) return;
            expect(rank[0]).toBeGreaterThanOrEqual(previous[0]);
            if (rank[0] === previous[0]) expect(rank[1]).toBeGreaterThanOrEqual(previous[1]);
          });

          const anyCoach = listed(after).some((key) => expectedStatus(after.contacts[key]!.criteria) === 'coach');
          expect(gaps.some((g) => g.kind === 'no-coach')).toBe(!anyCoach);
        });
      }),
      RUNS,
    );
  });

  test('history and changes stay bounded however many reads, and the latest complete read is kept', () => {
    fc.assert(
      fc.property(readsOnlyArb, (scenario) => {
        let lastComplete: string | null = null;
        replay(scenario, ({ read, after }) => {
          expect(after.history.length).toBeLessThanOrEqual(HISTORY_BOUND);
          expect(after.changes.length).toBeLessThanOrEqual(CHANGES_LIMIT);
          if (read?.complete) lastComplete = read.readAt;
          // Change detection compares against the latest complete read: trimming must never drop it.
          if (lastComplete !== null) expect(after.history.filter((h) => h.complete).at(-1)?.readAt).toBe(lastComplete);
        });
      }),
      { numRuns: 60 },
    );
  });

  test('a coach or developing contact missing from a complete read is flagged coach-changed right then (product.md gap 11)', () => {
    fc.assert(
      fc.property(churnArb, (scenario) => {
        replay(scenario, ({ read, before, after, now }) => {
          if (!read?.complete || !before) return;
          const previous = before.history.filter((h) => h.complete).at(-1);
          if (!previous) return;
          const present = new Set(read.contacts.map((c) => c.key));
          const gone = previous.contacts
            .map((c) => c.key)
            .filter((key) => !present.has(key) && ['coach', 'developing'].includes(expectedStatus(before.contacts[key]!.criteria)));
          const flagged = computeGaps(after, DEFAULT_SETTINGS, now, englishSay).filter((g) => g.kind === 'coach-changed').flatMap((g) => g.people);
          for (const key of new Set(gone)) expect(flagged, `${key} left`).toContain(key);
        });
      }),
      // Cheap (three contacts), and the leave-return-leave path needs the runs to be found reliably.
      { numRuns: 250 },
    );
  });

  test('a partial read never records a change (a contact a lazy list has not rendered has not left)', () => {
    fc.assert(
      fc.property(scenarioArb(), (scenario) => {
        replay(scenario, ({ read, before, after }) => {
          if (!read || read.complete || !before) return;
          // No `left` above all, and no change of any kind: only complete reads are compared.
          expect(after.changes, 'a partial read recorded a change').toEqual(before.changes);
        });
      }),
      RUNS,
    );
  });
});
