/**
 * Every CSS selector the Lightning adapter uses, one constant each, with the component it
 * targets (crm-pages.md §1.4–1.6). tests/unit/adapters/salesforce-lightning/selectors.test.ts
 * checks that each one matches something in a saved fixture: a selector no fixture exercises is
 * dead or untested.
 *
 * Rules of the table: no generated flexipage tag names (they embed the org's page API name); no
 * English text except in the constants marked "fallback"; values come from attributes that do
 * not depend on the user's locale wherever LEX offers one.
 */

// ── The active view ──────────────────────────────────────────────────────────────────────────

/** Console apps: the content of the selected workspace tab. Inactive workspaces stay in the DOM. */
export const CONSOLE_ACTIVE_WORKSPACE = 'section.tabContent.active.oneConsoleTab';

/**
 * The visible page host (`div.windowViewMode-normal.oneContent.active.lafPageHost`). LEX keeps
 * earlier pages alive in hidden hosts without `active`; a bare document query can hit those.
 */
export const ACTIVE_PAGE_HOST = '.oneContent.active';

// ── Opportunity header: records-highlights2 (compact layout) ────────────────────────────────

/** The highlights panel itself; its presence means the record page has rendered. */
export const HIGHLIGHTS_PANEL = 'records-highlights2';

/** The record name: `slot[name=primaryField] > lightning-formatted-text`. */
export const HIGHLIGHTS_PRIMARY_FIELD = 'slot[name="primaryField"]';

/** Fallback for the record name: the SLDS page-header title inside the highlights h1. */
export const HIGHLIGHTS_TITLE = 'h1 .slds-page-header__title';

/** One compact-layout field: `records-highlights-details-item`. Which fields show is org config. */
export const HIGHLIGHTS_ITEM = 'records-highlights-details-item';

/** The (localized) label of a highlights item: `p.slds-text-title[title=<Label>]`. */
export const HIGHLIGHTS_ITEM_LABEL = 'p.slds-text-title';

/** The value of a highlights item: `p.fieldComponent`. */
export const HIGHLIGHTS_ITEM_VALUE = '.fieldComponent';

// ── Details panel: records-record-layout-item > div[data-target-selection-name] ─────────────
// The API name in data-target-selection-name does not depend on the locale (Inspector reads it).

/** The record name, for when the highlights panel shows none (its primary field not rendered yet). */
export const DETAIL_NAME = '[data-target-selection-name$=".Opportunity.Name"]';
export const DETAIL_STAGE = '[data-target-selection-name$=".Opportunity.StageName"]';
export const DETAIL_AMOUNT = '[data-target-selection-name$=".Opportunity.Amount"]';
export const DETAIL_CLOSE_DATE = '[data-target-selection-name$=".Opportunity.CloseDate"]';
export const DETAIL_ACCOUNT = '[data-target-selection-name$=".Opportunity.AccountId"]';

/** The displayed value of a details-panel field (`span.test-id__field-value`), without its label. */
export const DETAIL_FIELD_VALUE = '.test-id__field-value';

// ── Path (runtime_sales_pathassistant) ──────────────────────────────────────────────────────

/** The opportunity's current stage in the Path: `li.slds-path__item.slds-is-current`. */
export const PATH_CURRENT_STAGE = 'li.slds-path__item.slds-is-current';

/** The stage name inside a Path item (`span.slds-path__title`), beside its assistive text. */
export const PATH_STAGE_TITLE = '.slds-path__title';

// ── Lookups (force-lookup > records-hoverable-link > a) ─────────────────────────────────────

/** An Account lookup link: key prefix 001 in `data-recordid`. */
export const ACCOUNT_LOOKUP = 'a[data-recordid^="001"]';

/** Any link that may name a record: LWC/Aura lookups carry data-recordid, others only an href. */
export const RECORD_LINK = 'a[data-recordid], a[href*="/lightning/r/"]';

// ── Contact Roles related list (lst-related-list-single-container) ──────────────────────────

/**
 * The card's header title link and "View All" footer point at the list's page; the relationship
 * name in the URL is an API name, so this finds the card in every locale.
 */
export const CONTACT_ROLES_LINK = 'a[href*="/related/OpportunityContactRoles/view"]';

/** Fallback only (English): the card's aria-label, for a card rendered without its links. */
export const CONTACT_ROLES_CARD_BY_LABEL = 'article[aria-label="Contact Roles"]';

/** A related-list card, LWC (`lst-related-list-single-app-builder-mapper > article`) or Aura. */
export const RELATED_LIST_CARD = 'article.slds-card';

/** A related list still loading: `laf-progressive-container[aria-busy=true]` wraps every card. */
export const PROGRESSIVE_CONTAINER_BUSY = 'laf-progressive-container[aria-busy="true"]';

/** Spans of the card title (`h2 > a > span[title=<List label>] + span[title="(<n>)"]`). */
export const CARD_HEADER_TITLE_SPAN = '.slds-card__header-title span[title]';

/** The empty state of a related list (`div.emptyContent`, "No items to display."). */
export const EMPTY_LIST = '.emptyContent';

/** A lightning-datatable row (`tr[data-row-key-value][data-row-number]`); not the header row. */
export const GRID_ROW = 'tr[data-row-key-value]';

/**
 * A cell of a row: lightning-datatable's `th[role=rowheader]` / `td[role=gridcell]`, and the bare
 * `th` / `td` of the Aura-wrapped variant (uiVirtualDataTable), which have no role or column key.
 */
export const GRID_CELL = 'tr > th, tr > td';

/** The row-header cell, which holds the record name link (`th[scope=row]`). */
export const GRID_ROW_HEADER = 'th[scope="row"]';

/** A tile of the "basic list" variant used in narrow columns (`lst-related-preview-card`). */
export const TILE_ROW = 'lst-related-preview-card';

/** The tile's heading, which holds the record name link (`article > div > div > h3`). */
export const TILE_HEADING = 'h3';

/** The labels of a tile's other fields (`dl > dt("Title:") + dd`); the value is the next `dd`. */
export const TILE_FIELD_TERM = 'dl > dt';

/** E-mail cells render `lightning-formatted-email > a[href^=mailto:]`. */
export const EMAIL_LINK = 'a[href^="mailto:"]';

/** Phone cells render `lightning-formatted-phone > a[href^=tel:]`. */
export const PHONE_LINK = 'a[href^="tel:"]';

/** SLDS screen-reader text ("Sort by:", "Current Stage:", "True"): never part of a value. */
export const ASSISTIVE_TEXT = '.slds-assistive-text, .assistiveText';

// ── Full related-list page (/related/OpportunityContactRoles/view) ──────────────────────────

/** The breadcrumb (`lst-breadcrumbs > nav > ol > li > a`): object home, then the record. */
export const BREADCRUMB_LINK = 'lst-breadcrumbs a[href]';

/** "6 items • Sorted by … • Updated …": the list's own count (`span.countSortedByFilteredBy`). */
export const LIST_COUNT_LINE = 'span.countSortedByFilteredBy';

/** The list component of the full page, where a "couldn't read" notice belongs. */
export const LIST_VIEW_MANAGER = 'lst-related-list-view-manager';

// ── Opportunity Team (internal-coach candidates) ─────────────────────────────────────────────

/** The Opportunity Team card's header / "View All" link: locale-independent, names the record. */
export const TEAM_LINK = 'a[href*="/related/OpportunityTeamMembers/view"]';

/** A team member's user lookup (`005…`) in the row header. */
export const TEAM_USER_LINK = 'a[data-recordid^="005"]';

/** The team role cell, by its field name in the datatable's column key (`TeamMemberRole-text-2`). */
export const TEAM_ROLE_CELL = 'td[data-col-key-value^="TeamMemberRole-"]';
