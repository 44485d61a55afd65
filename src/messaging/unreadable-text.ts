/**
 * What the rep reads when a page can't be read: the same words on the page's note and in the popup,
 * so the situation is recognisable in both places. Each key is written out for the catalog test.
 */
import { t } from '../platform/i18n';
import type { UnreadableReason } from './protocol';

export function unreadableText(reason: UnreadableReason): string {
  switch (reason) {
    case 'page-not-rendered':
      return t('unreadable_page_not_rendered');
    case 'header-not-rendered':
      return t('unreadable_header_not_rendered');
    case 'name-missing':
      return t('unreadable_name_missing');
    case 'related-lists-loading':
      return t('unreadable_related_lists_loading');
    case 'no-contact-roles-list':
      return t('unreadable_no_contact_roles_list');
    case 'list-loading':
      return t('unreadable_list_loading');
    case 'rows-without-ids':
      return t('unreadable_rows_without_ids');
  }
}
