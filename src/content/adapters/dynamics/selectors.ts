/**
 * Every CSS selector the Dynamics 365 adapter uses, one constant each, with what it targets
 * (crm-pages.md §4). tests/unit/adapters/dynamics/selectors.test.ts checks that each one matches
 * something in a saved fixture.
 *
 * Rules of the table: field and column logical names in `data-id` / `col-id` do not depend on the
 * user's language, so they are what we select on; generated class names (`cellContainer-131`) change
 * between builds and are never used; no label text.
 */

// ── Form ─────────────────────────────────────────────────────────────────────────────────────

/** The main form of the record (EasyRepro: `[data-id='editFormRoot']`). */
export const FORM_ROOT = '[data-id="editFormRoot"]';

/** The form header (title, header tiles); the strip goes right after it. */
export const FORM_HEADER = '[data-id="form-header"]';

/** The record title; its `title` attribute is the record name without the save status. */
export const HEADER_TITLE = 'h1[data-id="header_title"]';

/** " - Saved" / " - Unsaved" appended inside the title: not part of the name. */
export const SAVE_STATUS = '[data-id="header_saveStatus"]';

/** The Topic field (logical name `name`): the name when the title carries no `title` attribute. */
export const NAME_INPUT = 'input[data-id^="name.fieldControl"]';

/**
 * Est. revenue (`estimatedvalue`) as displayed: the header tile's value (`[title]` or an input),
 * else the body field's input. Values live in `<input value>` / attributes, not text nodes.
 */
export const AMOUNT =
  '[data-id^="header_estimatedvalue"] input, [data-id^="header_estimatedvalue"] [title], input[data-id^="estimatedvalue.fieldControl"]';

/** Est. close date (`estimatedclosedate`) as displayed: header tile, else the body field's input. */
export const CLOSE_DATE =
  '[data-id^="header_estimatedclosedate"] input, [data-id^="header_estimatedclosedate"] [title], input[data-id^="estimatedclosedate.fieldControl"]';

/** The account lookup (`parentaccountid`): the selected tag's text. Form lookups expose no GUID. */
export const ACCOUNT_LOOKUP_TEXT = '[data-id$="parentaccountid_selected_tag_text"]';

/** The active stage of the business process flow (the opportunity's "stage"). */
export const ACTIVE_STAGE = 'li[id*="processHeaderStage"][aria-current="step"]';

/** The stage name inside a business process flow stage. */
export const STAGE_NAME = '[data-id*="stageNameContent"]';

// ── Subgrids ─────────────────────────────────────────────────────────────────────────────────

/** The out-of-the-box Stakeholders subgrid (connections with a Stakeholder-category role). */
export const STAKEHOLDERS_GRID = '#dataSetRoot_Stakeholders';

/** The Stakeholders grid container, when the data-set root id differs. */
export const STAKEHOLDERS_CONTAINER = '[data-id="Stakeholders-pcf_grid_control_container"]';

/** Any subgrid of the form (`div#dataSetRoot_<SubgridName>`): candidates under other names. */
export const ANY_GRID = '[id^="dataSetRoot_"]';

/** The Sales Team subgrid (users, `Pursuit_Team`): never read. */
export const SALES_TEAM_GRID = '#dataSetRoot_Pursuit_Team, [data-id="Pursuit_Team-pcf_grid_control_container"]';

/** The Name column header of a connections grid (`record2id`, the connected record). */
export const NAME_COLUMN_HEADER = '[role="columnheader"][col-id="record2id"]';

/** The Role column header of a connections grid (`record2roleid`, the connection role). */
export const ROLE_COLUMN_HEADER = '[role="columnheader"][col-id="record2roleid"]';

/**
 * A row of a subgrid, of either grid control: the Power Apps grid (ag-grid) gives its data rows a
 * `row-index` (pinned parts repeat it); the older read-only and editable grids (Wijmo) give them
 * none. Header rows hold column headers, no GRID_CELL.
 */
export const GRID_ROW = '[role="row"]';

/** A cell of a data row, in both grid controls (`data-id="cell-<row>-<column>"` in both). */
export const GRID_CELL = '[role="gridcell"]';

/** The Name cell of a row: the connected contact. */
export const NAME_CELL = '[role="gridcell"][col-id="record2id"]';

/** The Role cell of a row: the connection role. */
export const ROLE_CELL = '[role="gridcell"][col-id="record2roleid"]';

/** The contact's job title where the view adds it (own column or a link-entity column `a_<hash>.jobtitle`). */
export const TITLE_CELL = '[role="gridcell"][col-id="jobtitle"], [role="gridcell"][col-id$=".jobtitle"]';

/** The contact's e-mail where the view adds it (`emailaddress1`, own or link-entity column). */
export const EMAIL_CELL = '[role="gridcell"][col-id="emailaddress1"], [role="gridcell"][col-id$=".emailaddress1"]';

/** The record link inside a cell: the Name cell's link is the badge anchor. */
export const CELL_LINK = 'a';

/** The grid footer's record count ("1 - 4 of 4"), a live region. */
export const GRID_STATUS = '[role="status"]';

/** The read-only and editable grids' paging line ("1 - 4 of 4 (0 selected)") in place of the status. */
export const PAGING_TEXT = '[data-id="pagingText"]';

/** An e-mail link: the e-mail cell of a grid whose cells name no column. */
export const MAILTO_LINK = 'a[href^="mailto:"]';

/** ag-grid's "no rows" overlay (the "No data available" empty state); ag-grid's own class, not generated. */
export const NO_ROWS_OVERLAY = '.ag-overlay-no-rows-wrapper';

/** ag-grid's loading overlay: the grid is fetching its rows. */
export const LOADING_OVERLAY = '.ag-overlay-loading-wrapper';
