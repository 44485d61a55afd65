/**
 * The page's criterion lines for the card and the tagger. Badge, status and criterion words come
 * from src/ui/labels.ts (shared with the popup); gap titles and the verdict come from the domain.
 */
import { CRITERIA, type Criteria, type Criterion, type CriterionValue } from '../../domain/criteria';
import { criterionLabel, criterionValueLabel } from '../../ui/labels';

/** The three criteria as "Wants our solution: Yes" lines, for the card and the tagger. */
export function criteriaLines(criteria: Criteria): Array<{ criterion: Criterion; label: string; value: CriterionValue; valueText: string }> {
  return CRITERIA.map((criterion) => ({ criterion, label: criterionLabel(criterion), value: criteria[criterion].value, valueText: criterionValueLabel(criteria[criterion].value) }));
}
