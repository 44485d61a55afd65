/**
 * Every CSS selector the Salesforce Classic adapter uses, one constant each, with the markup it
 * targets (crm-pages.md §2). tests/unit/adapters/salesforce-classic/selectors.test.ts checks that
 * each one matches something in a saved fixture: a selector no fixture exercises is dead or untested.
 *
 * Rules of the table: no English text; element ids and class names only, which Classic renders the
 * same in every locale. Column labels are localized, so columns are told apart by what they hold.
 */

// ── The page ─────────────────────────────────────────────────────────────────────────────────

/** Classic pages carry `sfdcBody` on the body (Salesforce Inspector's Classic test). */
export const CLASSIC_BODY = 'body.sfdcBody';

// ── Opportunity header and detail block ─────────────────────────────────────────────────────

/** The title block: `div.bPageTitle > div.ptBody > div.content > h1.pageType + h2.pageDescription`. */
export const PAGE_TITLE_BLOCK = 'div.bPageTitle';

/** The record name in the title block (`h2.pageDescription`). */
export const PAGE_DESCRIPTION = 'h2.pageDescription';

/** Inline-edit value cells of the detail block: `td#<field>_ilecell > div#<field>_ileinner`. Stage is `opp11`. */
export const DETAIL_STAGE = '#opp11_ileinner';

/** Amount (`opp7`). */
export const DETAIL_AMOUNT = '#opp7_ileinner';

/** Close Date (`opp9`). */
export const DETAIL_CLOSE_DATE = '#opp9_ileinner';

/** Account Name (`opp4`): a link `/001…` to the account. */
export const DETAIL_ACCOUNT = '#opp4_ileinner';

// ── Links by record key prefix (Classic hrefs are `/<15-char id>`) ──────────────────────────

/** A link to an Account record (key prefix 001). */
export const ACCOUNT_LINK = 'a[href^="/001"]';

/** A link to a Contact record (key prefix 003). */
export const CONTACT_LINK = 'a[href^="/003"]';

/** The contact-name link of a row: the row-header cell (`th.dataCell[scope=row] > a[href^=/003]`). */
export const ROW_HEADER_CONTACT_LINK = 'th a[href^="/003"]';

/** E-mail values render as `a[href^=mailto:]`. */
export const EMAIL_LINK = 'a[href^="mailto:"]';

// ── Contact Roles related list ──────────────────────────────────────────────────────────────

/** The related list: `div.bRelatedList#<oppId15>_RelatedContactRoleList` (id suffix is not localized). */
export const CONTACT_ROLES_LIST = 'div.bRelatedList[id$="_RelatedContactRoleList"]';

/** The list's hover link at the top of the page, whose `span.count` reads `[<n>]`. */
export const CONTACT_ROLES_HOVER_COUNT = 'a.linklet[id$="_RelatedContactRoleList_link"] .count';

/** The list's table (`div.pbBody > table.list`). */
export const LIST_TABLE = 'table.list';

/** The column-title row (`tr.headerRow`); Classic has no `<thead>`. */
export const HEADER_ROW = 'tr.headerRow';

/** A record row (`tr.dataRow.even.first`, `.odd`, `.last`). */
export const DATA_ROW = 'tr.dataRow';

/** Columns that never hold a contact field: the Edit | Del column and checkbox columns (Primary). */
export const NON_FIELD_COLUMN = '.actionColumn, .booleanColumn';

/** The empty state: `tr.headerRow > th.noRowsHeader` ("No records to display"). */
export const EMPTY_LIST = 'th.noRowsHeader';

/**
 * "Show N more » | Go to list (N) »" under a list showing only its first rows. Unverified [U]:
 * Classic renders it as `div.pShowMore`; the wording and the links' URLs are not relied on.
 */
export const SHOW_MORE = 'div.pShowMore';
