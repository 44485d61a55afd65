/**
 * The three-criteria test of a Coach (Miller Heiman, The New Strategic Selling): a Coach wants our
 * solution, has credibility with the buying influences, and is willing to guide us. All three must
 * hold; one or two make a valuable contact, not a Coach.
 */
import * as z from 'zod/mini';

export const CRITERIA = ['wantsOurSolution', 'hasCredibility', 'willingToGuide'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const criterionValueSchema = z.enum(['yes', 'no', 'unknown']);
export type CriterionValue = z.infer<typeof criterionValueSchema>;

export const criterionAssessmentSchema = z.object({
  value: criterionValueSchema,
  /** What the rep saw that justifies the value; free text, shown as text only. */
  evidence: z.optional(z.string().check(z.maxLength(2000))),
  /** ISO timestamp of the last change; absent while the criterion was never set. */
  setAt: z.optional(z.iso.datetime()),
});
export type CriterionAssessment = z.infer<typeof criterionAssessmentSchema>;

export const criteriaSchema = z.object({
  wantsOurSolution: criterionAssessmentSchema,
  hasCredibility: criterionAssessmentSchema,
  willingToGuide: criterionAssessmentSchema,
});
export type Criteria = z.infer<typeof criteriaSchema>;

export function unassessedCriteria(): Criteria {
  return {
    wantsOurSolution: { value: 'unknown' },
    hasCredibility: { value: 'unknown' },
    willingToGuide: { value: 'unknown' },
  };
}

export const COACH_STATUSES = ['coach', 'developing', 'friendly', 'not-coach', 'unassessed'] as const;
export type CoachStatus = (typeof COACH_STATUSES)[number];

/** Derived, never stored (product.md §Vocabulary), so it can never disagree with the criteria. */
export function coachStatus(criteria: Criteria): CoachStatus {
  const values = CRITERIA.map((c) => criteria[c].value);
  const yes = values.filter((v) => v === 'yes').length;
  const no = values.filter((v) => v === 'no').length;
  if (yes === CRITERIA.length) return 'coach';
  if (yes > 0 && no === 0) return 'developing';
  if (yes > 0) return 'friendly';
  if (no > 0) return 'not-coach';
  return 'unassessed';
}

export function countYes(criteria: Criteria): number {
  return CRITERIA.filter((c) => criteria[c].value === 'yes').length;
}

/** The short text of the page badge: `Coach`, `2/3`, `?` or `✕`. */
export function statusBadgeText(criteria: Criteria): string {
  const status = coachStatus(criteria);
  switch (status) {
    case 'coach':
      return 'Coach';
    case 'developing':
    case 'friendly':
      return `${countYes(criteria)}/3`;
    case 'not-coach':
      return '✕';
    case 'unassessed':
      return '?';
  }
}

/** The tagging cycle of the popup: unknown → yes → no → unknown. */
export function nextCriterionValue(value: CriterionValue): CriterionValue {
  return value === 'unknown' ? 'yes' : value === 'yes' ? 'no' : 'unknown';
}
