import { describe, expect, test } from 'vitest';
import { coachStatus, nextCriterionValue, statusBadgeText, type Criteria, type CriterionValue } from '../../../src/domain/criteria';

const criteria = (w: CriterionValue, c: CriterionValue, g: CriterionValue): Criteria => ({
  wantsOurSolution: { value: w },
  hasCredibility: { value: c },
  willingToGuide: { value: g },
});

describe('coach status is what the three criteria imply', () => {
  test.each([
    [['yes', 'yes', 'yes'], 'coach', 'Coach'],
    [['yes', 'yes', 'unknown'], 'developing', '2/3'],
    [['unknown', 'yes', 'unknown'], 'developing', '1/3'],
    // A friendly contact: valuable, but one failed criterion means not a Coach.
    [['yes', 'yes', 'no'], 'friendly', '2/3'],
    [['no', 'yes', 'unknown'], 'friendly', '1/3'],
    [['no', 'no', 'no'], 'not-coach', '✕'],
    [['no', 'unknown', 'unknown'], 'not-coach', '✕'],
    [['unknown', 'unknown', 'unknown'], 'unassessed', '?'],
  ] as const)('%j → %s (%s)', (values, status, text) => {
    const c = criteria(values[0], values[1], values[2]);
    expect(coachStatus(c)).toBe(status);
    expect(statusBadgeText(c)).toBe(text);
  });

  test('every one of the 27 combinations has exactly one status, coach only with three yes', () => {
    const values: CriterionValue[] = ['yes', 'no', 'unknown'];
    for (const w of values) for (const c of values) for (const g of values) {
      const status = coachStatus(criteria(w, c, g));
      expect(status === 'coach').toBe(w === 'yes' && c === 'yes' && g === 'yes');
    }
  });

  test('tagging cycles unknown → yes → no → unknown', () => {
    expect(nextCriterionValue('unknown')).toBe('yes');
    expect(nextCriterionValue('yes')).toBe('no');
    expect(nextCriterionValue('no')).toBe('unknown');
  });
});
