// @vitest-environment node
/**
 * The popup draws coverage from the DealView while the engine computes `role-uncovered` from the
 * stored deal: over random histories the picture's uncovered roles must be exactly the gaps' roles,
 * or the rep would see a red box the gap list does not mention (or the reverse).
 */
import * as fc from 'fast-check';
import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src/domain/settings';
import { viewDeal } from '../../../../src/domain/view';
import { coverageModel } from '../../../../src/popup/overview/coverage-model';
import { replay, scenarioArb } from '../../domain/arbitraries';
import { englishSay } from '../../../../src/domain/say-english';

test('uncovered roles in the picture = role-uncovered gaps of the engine', () => {
  fc.assert(
    fc.property(scenarioArb(20), (scenario) => {
      replay(scenario, ({ after, now, bulk }) => {
        if (bulk) return;
        const view = viewDeal(after, DEFAULT_SETTINGS, now, new Map(), englishSay);
        // As sets: the engine orders gaps by severity and page order, the picture by seniority.
        const picture = coverageModel(view).roles.filter((r) => !r.covered).map((r) => r.role).sort();
        const gaps = view.gaps.filter((g) => g.kind === 'role-uncovered').map((g) => g.role).sort();
        expect(picture).toEqual(gaps);
      });
    }),
    { numRuns: 60 },
  );
});
