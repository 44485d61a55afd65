/**
 * The popup's own names for domain values, in the rep's language (names the page shows too live in
 * src/ui/labels.ts; those only a person's detail and the forms show are in detail-labels.ts, which
 * the first screen doesn't load). Functions, not constants: the catalog is read when the popup
 * renders, never when a module loads. Keys are spelled out (no `t(\`popup_${x}\`)`) so the catalog
 * test can see every one in use.
 */
import type { Severity } from '../domain/gaps/types';
import { t } from '../platform/i18n';

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
