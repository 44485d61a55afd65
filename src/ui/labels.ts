/**
 * The names of domain values in the rep's language, shared by the popup and the page so both read
 * the same: criteria and their values, the badge's short text, the status in a sentence (roles:
 * role-label.ts; intelligence topics, which only the popup names: popup/detail-labels.ts). Functions, not constants: the catalog is read when a
 * view renders, never when a module loads. Each key is spelled out (no `t(\`label_${x}\`)`) so the
 * catalog meta-test sees every one in use. Criteria and roles reuse the domain's own keys
 * (gaps.json); the rest live in labels.json.
 */
import { countYes, type CoachStatus, type Criteria, type Criterion, type CriterionValue } from '../domain/criteria';
import { t } from '../platform/i18n';

export function criterionLabel(criterion: Criterion): string {
  switch (criterion) {
    case 'wantsOurSolution':
      return t('criterion_wantsOurSolution');
    case 'hasCredibility':
      return t('criterion_hasCredibility');
    case 'willingToGuide':
      return t('criterion_willingToGuide');
  }
}

/** The value as a word: a toggle's text, or read after its criterion ("Wants our solution: Yes"). */
export function criterionValueLabel(value: CriterionValue): string {
  switch (value) {
    case 'yes':
      return t('label_value_yes');
    case 'no':
      return t('label_value_no');
    case 'unknown':
      return t('label_value_unknown');
  }
}

/** The badge's few characters: `Coach`, `2/3`, `✕`, `?`. */
export function badgeLabel(status: CoachStatus, criteria: Criteria): string {
  switch (status) {
    case 'coach':
      return t('label_badge_coach');
    case 'developing':
    case 'friendly':
      return t('label_badge_count', countYes(criteria));
    case 'not-coach':
      return t('label_badge_not_coach');
    case 'unassessed':
      return t('label_badge_unassessed');
  }
}

/** The status in a sentence, for accessible names, hover cards and hints. */
export function statusDescription(status: CoachStatus, criteria: Criteria): string {
  switch (status) {
    case 'coach':
      return t('label_status_coach');
    case 'developing':
      return t('label_status_developing', countYes(criteria));
    case 'friendly':
      return t('label_status_friendly', countYes(criteria));
    case 'not-coach':
      return t('label_status_not_coach');
    case 'unassessed':
      return t('label_status_unassessed');
  }
}
