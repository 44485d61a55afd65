/**
 * Every CSS selector the HubSpot adapter uses, one constant each, with what it targets
 * (crm-pages.md §3). tests/unit/adapters/hubspot/selectors.test.ts checks that each one matches
 * something in a saved fixture.
 *
 * Rules of the table: class names are styled-components with random suffixes, so only
 * `data-test-id` / `data-selenium-test` attributes and element ids are used; no English text.
 */

// ── Page regions ─────────────────────────────────────────────────────────────────────────────

/**
 * The record preview side panel: it holds the chicklets of *another* record, so anything inside
 * it is never read.
 */
export const PREVIEW_PANEL = '[data-crm-location="CRM_OBJECT_PREVIEW"]';

/** The right column of the record page (associations: companies, contacts, …). */
export const RIGHT_SIDEBAR = '[data-test-id="records-right-sidebar"]';

// ── Deal header (left column) ────────────────────────────────────────────────────────────────

/** The deal's highlight header; the strip goes right after it. */
export const DEAL_HIGHLIGHT = '[data-selenium-test="deal-highlight-details"]';

/** The deal name (`div[data-selenium-test=highlightTitle] > h3`). */
export const HIGHLIGHT_TITLE = '[data-selenium-test="highlightTitle"]';

/** The deal stage dropdown of the header (`div#stage-select`), its label is the current stage. */
export const STAGE_SELECT = '#stage-select';

/** The amount as displayed, currency symbol included. */
export const AMOUNT = '[data-selenium-test="currency-component-loaded"]';

/** The close date as displayed (user's date format) inside the date-input button. */
export const CLOSE_DATE = '[data-selenium-test="DealHighlightDetailsCloseDateInput"]';

// ── Right sidebar: associated companies and contacts ─────────────────────────────────────────

/** The deal's associated company, the account: its chicklet name link (`/record/0-2/<id>`). */
export const COMPANY_TITLE_LINK = '[data-selenium-test="company-chicklet-title-link"], [data-test-id="company-chicklet-title-link"]';

/** The sidebar card of associated contacts (approximate name: card-wrapper-ASSOCIATION_SIDEBAR/0-1). */
export const CONTACTS_CARD = '[data-test-id="card-wrapper-ASSOCIATION_SIDEBAR/0-1"]';

/** Any sidebar card wrapper: the contacts card when found from one of its chicklets. */
export const CARD_WRAPPER = '[data-test-id^="card-wrapper-"]';

/** The card title (`h2 > button`, "Contacts (4)"): the number in parentheses is the count. */
export const CARD_HEADING = 'h2';

/** A contact chicklet: `chiclet-0-1-<contactId>`, or the generic chicklet inside the contacts card. */
export const CONTACT_CHICKLET = '[data-test-id^="chiclet-0-1-"], [data-selenium-test="chicklet"]';

/** The contact's name link (`/record/0-1/<id>`): the badge anchor. */
export const CONTACT_TITLE_LINK =
  '[data-test-id="contact-chicklet-title-link"], [data-selenium-test="contact-chicklet-title-link"]';

/** The contact's job title. */
export const CONTACT_JOB_TITLE = '[data-selenium-test="contact-chicklet-job-title"]';

/** The contact's e-mail link (`span > a[href^=mailto:]`). */
export const CONTACT_EMAIL =
  '[data-selenium-test="contact-chicklet-email"] a[href^="mailto:"], a[data-test-id="contact-chicklet-email"]';

/** The contact's phone (`a > span`). */
export const CONTACT_PHONE = '[data-selenium-test="contact-chicklet-phone"]';

/** The deal↔contact association label chips of a chicklet ("Budget holder"); each child is one chip. */
export const ASSOCIATION_LABELS = '[data-test-id="chicklet-association-labels"]';

/** A link in the contacts card naming a deal (`/record/0-3/<dealId>/associations/0-1`). */
export const DEAL_LINK = 'a[href*="/record/0-3/"]';

// ── Middle pane: the contacts association table (roles fallback only) ────────────────────────

/** The contacts association table card. */
export const CONTACTS_TABLE_CARD = '[data-selenium-test="card-id-ASSOCIATION_TABLE/0-1"]';

/** The column headers of a table (`th[role=columnheader][data-test-id=header-0-1-<property>]`). */
export const TABLE_HEADER = 'th[role="columnheader"]';

/** The header of the BUYING ROLE column (contact property `hs_buying_role`). */
export const BUYING_ROLE_HEADER = 'th[data-test-id="header-0-1-hs_buying_role"]';

/** The body rows of a table. */
export const TABLE_ROW = 'tbody > tr';

/** A link to a contact record (`/record/0-1/<id>`). */
export const CONTACT_LINK = 'a[href*="/record/0-1/"]';
