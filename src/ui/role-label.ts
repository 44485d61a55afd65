/**
 * A buying-influence role's name in the rep's language. Apart from labels.ts so the options page,
 * which needs only this, doesn't bundle the criteria schemas.
 */
import type { BuyingInfluenceRole } from '../domain/roles';
import { t } from '../platform/i18n';

export function roleLabel(role: BuyingInfluenceRole): string {
  switch (role) {
    case 'economic':
      return t('role_economic');
    case 'user':
      return t('role_user');
    case 'technical':
      return t('role_technical');
  }
}
