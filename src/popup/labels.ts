/**
 * The popup's names for domain values, in the rep's language. The domain's own label tables are
 * English (they also feed logs and exports); the popup shows these instead. Functions, not
 * constants: the catalog is read when the popup renders, never when a module loads.
 * Keys are spelled out (no `t(\`popup_${x}\`)`) so the catalog test can see every one in use.
 */
import { countYes, type CoachStatus, type Criteria, type Criterion, type CriterionValue } from '../domain/criteria';
import type { GapKind, Severity } from '../domain/gaps/types';
import type { IntelligenceTopic, ValueGiven } from '../domain/network';
import type { BuyingInfluenceRole } from '../domain/roles';
import { t } from '../platform/i18n';

export type ValueKind = ValueGiven['kind'];

export function criterionLabel(criterion: Criterion): string {
  switch (criterion) {
    case 'wantsOurSolution':
      return t('popup_criterion_wants');
    case 'hasCredibility':
      return t('popup_criterion_credibility');
    case 'willingToGuide':
      return t('popup_criterion_guide');
  }
}

/** The value as a word, for screen readers ("Wants our solution: yes"). */
export function criterionValueLabel(value: CriterionValue): string {
  switch (value) {
    case 'yes':
      return t('popup_value_yes');
    case 'no':
      return t('popup_value_no');
    case 'unknown':
      return t('popup_value_unknown');
  }
}

export function statusDescription(status: CoachStatus): string {
  switch (status) {
    case 'coach':
      return t('popup_status_coach');
    case 'developing':
      return t('popup_status_developing');
    case 'friendly':
      return t('popup_status_friendly');
    case 'not-coach':
      return t('popup_status_not_coach');
    case 'unassessed':
      return t('popup_status_unassessed');
  }
}

/** The page badge's short text (`Coach`, `2/3`, `✕`, `?`), so popup and page read the same. */
export function statusBadgeLabel(status: CoachStatus, criteria: Criteria): string {
  switch (status) {
    case 'coach':
      return t('popup_badge_coach');
    case 'developing':
    case 'friendly':
      return t('popup_badge_count', countYes(criteria));
    case 'not-coach':
      return t('popup_badge_not_coach');
    case 'unassessed':
      return t('popup_badge_unassessed');
  }
}

export function roleLabel(role: BuyingInfluenceRole): string {
  switch (role) {
    case 'economic':
      return t('popup_role_economic');
    case 'user':
      return t('popup_role_user');
    case 'technical':
      return t('popup_role_technical');
  }
}

export function topicLabel(topic: IntelligenceTopic): string {
  switch (topic) {
    case 'economic-buyer':
      return t('popup_topic_economic_buyer');
    case 'decision-process':
      return t('popup_topic_decision_process');
    case 'funding':
      return t('popup_topic_funding');
    case 'personal-wins':
      return t('popup_topic_personal_wins');
    case 'resistance':
      return t('popup_topic_resistance');
    case 'competition':
      return t('popup_topic_competition');
    case 'change':
      return t('popup_topic_change');
    case 'other':
      return t('popup_topic_other');
  }
}

export function valueKindLabel(kind: ValueKind): string {
  switch (kind) {
    case 'industry-information':
      return t('popup_value_kind_industry');
    case 'peer-introduction':
      return t('popup_value_kind_peer');
    case 'help-with-win':
      return t('popup_value_kind_win');
    case 'other':
      return t('popup_value_kind_other');
  }
}

export function severityLabel(severity: Severity): string {
  switch (severity) {
    case 'critical':
      return t('popup_severity_critical');
    case 'warning':
      return t('popup_severity_warning');
    case 'info':
      return t('popup_severity_info');
  }
}

/** A gap in a few words; the people it concerns are shown beside it as buttons, not in the title. */
export function gapTitleLabel(kind: GapKind, role: BuyingInfluenceRole | null, topic: IntelligenceTopic | null): string {
  switch (kind) {
    case 'no-coach':
      return t('popup_gap_no_coach');
    case 'single-coach':
      return t('popup_gap_single_coach');
    case 'role-uncovered':
      return role ? t('popup_gap_role_uncovered', roleLabel(role)) : t('popup_gap_role_uncovered_any');
    case 'economic-buyer-unknown':
      return t('popup_gap_economic_buyer_unknown');
    case 'partial-coach':
      return t('popup_gap_partial_coach');
    case 'procurement-coach':
      return t('popup_gap_procurement_coach');
    case 'sponsor-not-coach':
      return t('popup_gap_sponsor_not_coach');
    case 'no-reciprocity':
      return t('popup_gap_no_reciprocity');
    case 'generic-intelligence':
      return t('popup_gap_generic_intelligence');
    case 'uncorroborated':
      return topic ? t('popup_gap_uncorroborated_topic', topicLabel(topic)) : t('popup_gap_uncorroborated');
    case 'coach-changed':
      return t('popup_gap_coach_changed');
    case 'stale-coach':
      return t('popup_gap_stale_coach');
    case 'no-internal-coach':
      return t('popup_gap_no_internal_coach');
  }
}

/**
 * The framework's own warning behind a gap that concerns one person (the text of the Coach
 * Development System), shown in that person's detail; null for gaps the framework has no warning for.
 */
export function frameworkWarning(kind: GapKind): string | null {
  switch (kind) {
    case 'procurement-coach':
      return t('popup_warning_procurement');
    case 'sponsor-not-coach':
      return t('popup_warning_sponsor');
    case 'no-reciprocity':
      return t('popup_warning_reciprocity');
    case 'generic-intelligence':
      return t('popup_warning_generic');
    case 'single-coach':
      return t('popup_warning_single_coach');
    case 'coach-changed':
      return t('popup_warning_coach_changed');
    default:
      return null;
  }
}
