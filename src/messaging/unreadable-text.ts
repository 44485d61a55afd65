/**
 * What the rep reads when a page can't be read: the same words on the page's note and in the popup,
 * so the situation is recognisable in both places, in the CRM's own terms (Salesforce's Contact
 * Roles, HubSpot's Contacts card, Dynamics' Stakeholders). Each key is written out for the catalog test.
 */
import { t } from '../platform/i18n';
import type { CrmId } from '../domain/records';
import type { Unreadable } from './popup-responses';

/** The CRM of the page, from the opportunity's namespaced key; null when not even that was read. */
function crmOf(unreadable: Pick<Unreadable, 'opportunityKey'>): CrmId | null {
  const prefix = unreadable.opportunityKey?.split(':')[0];
  return prefix === 'salesforce' || prefix === 'hubspot' || prefix === 'dynamics' ? prefix : null;
}

function crmName(crm: CrmId | null): string {
  switch (crm) {
    case 'salesforce':
      return t('unreadable_crm_salesforce');
    case 'hubspot':
      return t('unreadable_crm_hubspot');
    case 'dynamics':
      return t('unreadable_crm_dynamics');
    case null:
      return t('unreadable_crm_any');
  }
}

/** The CRM's name for the list of an opportunity's contacts. */
function listName(crm: CrmId | null): string {
  switch (crm) {
    case 'salesforce':
      return t('unreadable_list_salesforce');
    case 'hubspot':
      return t('unreadable_list_hubspot');
    case 'dynamics':
      return t('unreadable_list_dynamics');
    case null:
      return t('unreadable_list_any');
  }
}

export function unreadableText(unreadable: Pick<Unreadable, 'reason' | 'opportunityKey'>): string {
  const crm = crmOf(unreadable);
  switch (unreadable.reason) {
    case 'page-not-rendered':
      return t('unreadable_page_not_rendered', crmName(crm));
    case 'header-not-rendered':
      return t('unreadable_header_not_rendered');
    case 'name-missing':
      return t('unreadable_name_missing', crmName(crm));
    case 'related-lists-loading':
      return t('unreadable_related_lists_loading');
    case 'no-contact-roles-list':
      return t('unreadable_no_contact_roles_list', listName(crm));
    case 'list-loading':
      return t('unreadable_list_loading', listName(crm));
    case 'rows-without-ids':
      return t('unreadable_rows_without_ids', listName(crm));
  }
}
