/**
 * The catalog messages a CRM page shows, worded by the worker once per document rather than
 * loaded into the page by the first `getMessage` (src/platform/i18n.ts says why). A key left out
 * here still shows, asked of the browser then: tests/unit/content/page-texts.test.ts checks that
 * badges, cards, the strip, the tagger and the notice ask the browser for none.
 */
import { send } from '../messaging/page-client';
import { useMarkedMessages } from '../platform/i18n';

export const PAGE_TEXT_KEYS: readonly string[] = [
  // The page's own words (page.json).
  'page_notice_title', 'page_notice_dismiss', 'page_badge_label', 'page_card_warnings', 'page_card_no_warnings', 'page_card_hint',
  'page_tagger_hint', 'page_tagger_close', 'page_tagger_error', 'page_strip_brand', 'page_strip_more', 'page_strip_open', 'page_strip_open_failed',
  // Badges, statuses and criteria (src/ui/labels.ts).
  'label_value_yes', 'label_value_no', 'label_value_unknown',
  'label_badge_coach', 'label_badge_count', 'label_badge_not_coach', 'label_badge_unassessed',
  'label_status_coach', 'label_status_developing', 'label_status_friendly', 'label_status_not_coach', 'label_status_unassessed',
  'criterion_wantsOurSolution', 'criterion_hasCredibility', 'criterion_willingToGuide',
  // The strip's gap titles (src/domain/gaps/titles.ts) and what they name.
  'title_no_coach', 'title_single_coach', 'title_role_uncovered', 'title_economic_buyer_unknown', 'title_partial_coach', 'title_procurement_coach',
  'title_sponsor_not_coach', 'title_no_reciprocity', 'title_generic_intelligence', 'title_uncorroborated', 'title_coach_changed', 'title_stale_coach',
  'title_no_internal_coach', 'list_and', 'list_separator', 'role_economic', 'role_user', 'role_technical',
  'topic_economic_buyer', 'topic_decision_process', 'topic_funding', 'topic_personal_wins', 'topic_resistance', 'topic_competition', 'topic_change', 'topic_other',
  // Why a page couldn't be read (src/messaging/unreadable-text.ts).
  'unreadable_crm_salesforce', 'unreadable_crm_hubspot', 'unreadable_crm_dynamics', 'unreadable_crm_any',
  'unreadable_list_salesforce', 'unreadable_list_hubspot', 'unreadable_list_dynamics', 'unreadable_list_any',
  'unreadable_page_not_rendered', 'unreadable_header_not_rendered', 'unreadable_name_missing', 'unreadable_related_lists_loading',
  'unreadable_no_contact_roles_list', 'unreadable_list_loading', 'unreadable_rows_without_ids',
];

/** Asks once; until the answer comes (or if it never does), texts are asked of the browser as before. */
export function askPageTexts(): void {
  send({ type: 'page/texts', keys: [...PAGE_TEXT_KEYS] })
    .then(({ texts }) => useMarkedMessages(texts))
    .catch(() => undefined);
}
