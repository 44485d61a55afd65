/**
 * The page's own texts, from the `page_…` catalog: badge, status and criterion words. Gap titles
 * and the verdict come from the domain, worded by the background (or through `t`) in the same
 * language. Each key is written out (no computed names), so the catalog meta-test sees every key.
 */
import { CRITERIA, countYes, type CoachStatus, type Criteria, type Criterion, type CriterionValue } from '../../domain/criteria';
import { t } from '../../platform/i18n';

/** The badge's few characters: `Coach`, `2/3`, `?`, `✕`. */
export function badgeText(status: CoachStatus, criteria: Criteria): string {
  switch (status) {
    case 'coach':
      return t('page_badge_coach');
    case 'developing':
    case 'friendly':
      return t('page_badge_partial', countYes(criteria));
    case 'not-coach':
      return t('page_badge_not_coach');
    case 'unassessed':
      return t('page_badge_unassessed');
  }
}

/** The status in a sentence, for the badge's accessible name and the hover card. */
export function statusText(status: CoachStatus, criteria: Criteria): string {
  switch (status) {
    case 'coach':
      return t('page_status_coach');
    case 'developing':
      return t('page_status_developing', countYes(criteria));
    case 'friendly':
      return t('page_status_friendly', countYes(criteria));
    case 'not-coach':
      return t('page_status_not_coach');
    case 'unassessed':
      return t('page_status_unassessed');
  }
}

export function criterionLabel(criterion: Criterion): string {
  switch (criterion) {
    case 'wantsOurSolution':
      return t('page_criterion_wantsOurSolution');
    case 'hasCredibility':
      return t('page_criterion_hasCredibility');
    case 'willingToGuide':
      return t('page_criterion_willingToGuide');
  }
}

export function valueLabel(value: CriterionValue): string {
  switch (value) {
    case 'yes':
      return t('page_value_yes');
    case 'no':
      return t('page_value_no');
    case 'unknown':
      return t('page_value_unknown');
  }
}

/** The three criteria as "Wants our solution: Yes" lines, for the card and the tagger. */
export function criteriaLines(criteria: Criteria): Array<{ criterion: Criterion; label: string; value: CriterionValue; valueText: string }> {
  return CRITERIA.map((criterion) => ({ criterion, label: criterionLabel(criterion), value: criteria[criterion].value, valueText: valueLabel(criteria[criterion].value) }));
}
