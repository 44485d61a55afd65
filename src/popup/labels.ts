/**
 * The popup's own names for domain values, in the rep's language (names the page shows too live in
 * src/ui/labels.ts). Functions, not constants: the catalog is read when the popup renders, never
 * when a module loads.
 * Keys are spelled out (no `t(\`popup_${x}\`)`) so the catalog test can see every one in use.
 */
import type { GapKind, Severity } from '../domain/gaps/types';
import type { ValueGiven } from '../domain/network';
import { t } from '../platform/i18n';

export type ValueKind = ValueGiven['kind'];

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
