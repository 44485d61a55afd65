/**
 * Dynamics 365 Sales opportunity form: DOM → what the rep sees of one opportunity (crm-pages.md §4).
 * Pure reading, cheap enough to run on every settled DOM change. Contacts come from the Stakeholders
 * subgrid only (connections whose role has the Stakeholder category): the Sales Team subgrid (users),
 * the timeline and the form's lookups (Contact, Owner) are never read as contacts.
 */
import { CONTACTS_PER_READ_MAX, PAGE_TEXT_MAX, PAGE_URL_MAX, type PageContact, type PageOpportunity } from '../../../domain/page-read';
import { recordKey, type RecordKey } from '../../../domain/records';
import type { AdapterRead, HostScope, ReadContact } from '../types';
import { CONTACT_ENTITY, dynamicsRecordId, locateOpportunity, recordOfHref, type OpportunityLocation } from './detect';
import { displayedValueOf, textOf, textWithout } from './dom';
import {
  ACCOUNT_LOOKUP_TEXT,
  ACTIVE_STAGE,
  AMOUNT,
  ANY_GRID,
  CELL_LINK,
  CLOSE_DATE,
  EMAIL_CELL,
  FORM_HEADER,
  FORM_ROOT,
  GRID_CELL,
  GRID_ROW,
  GRID_STATUS,
  HEADER_TITLE,
  LOADING_OVERLAY,
  MAILTO_LINK,
  NAME_CELL,
  NAME_COLUMN_HEADER,
  NAME_INPUT,
  NO_ROWS_OVERLAY,
  PAGING_TEXT,
  ROLE_CELL,
  ROLE_COLUMN_HEADER,
  SALES_TEAM_GRID,
  SAVE_STATUS,
  STAGE_NAME,
  STAKEHOLDERS_CONTAINER,
  STAKEHOLDERS_GRID,
  TITLE_CELL,
} from './selectors';
import { NOT_OPPORTUNITY, pending, unreadable } from '../results';


/**
 * The grid footer's count in any language: "1 - 4 of 4", "1 - 4 von 4" → the last number. A trailing
 * "+" ("of 5000+") means the total is not known. Digit group separators are dropped.
 */
const STATUS_TOTAL = /(\d[\d\s.,\u00a0\u202f]*)(\+?)\s*$/;

/** The paging line's selection count ("1 - 4 of 4 (0 selected)"): not part of the total. */
const SELECTION_COUNT = /\s*\([^)]*\)\s*$/;

/** `cell-<row>-<column>`: the data-id both grid controls give their cells. */
const CELL_DATA_ID = /^cell-(\d+)-\d+$/;

/** The connection role entity: the Role column links to it, the Name column never does. */
const CONNECTION_ROLE_ENTITY = 'connectionrole';

/** ag-grid's row attribute: the Power Apps grid's rows carry it, the Wijmo grids' never do. */
const ROW_INDEX = 'row-index';



// ── The opportunity ──────────────────────────────────────────────────────────────────────────

function nameOf(form: Element, title: Element): string | null {
  return (
    displayedValueOf(form.querySelector(NAME_INPUT)) ??
    (title.getAttribute('title') ? displayedValueOf(title) : null) ??
    textWithout(title, SAVE_STATUS)
  );
}

function stageOf(form: Element): string | null {
  const stage = form.querySelector(ACTIVE_STAGE);
  return stage ? (textOf(stage.querySelector(STAGE_NAME)) ?? displayedValueOf(stage)) : null;
}

function accountOf(form: Element): PageOpportunity['account'] {
  const name = displayedValueOf(form.querySelector(ACCOUNT_LOOKUP_TEXT));
  return name === null ? null : { id: null, name };
}

function readOpportunity(form: Element, title: Element, key: RecordKey, url: URL): PageOpportunity | null {
  const name = nameOf(form, title);
  if (name === null) return null;
  return {
    key,
    crm: 'dynamics',
    name,
    stage: stageOf(form),
    amount: displayedValueOf(form.querySelector(AMOUNT)),
    closeDate: displayedValueOf(form.querySelector(CLOSE_DATE)),
    account: accountOf(form),
    url: url.href.slice(0, PAGE_URL_MAX),
  };
}

// ── The Stakeholders subgrid ─────────────────────────────────────────────────────────────────

function isSalesTeam(grid: Element): boolean {
  return grid.matches(SALES_TEAM_GRID) || grid.querySelector(SALES_TEAM_GRID) !== null;
}

/** A connections grid whose Name links point at records other than contacts (the Sales Team's users). */
function linksOtherEntities(grid: Element): boolean {
  return Array.from(grid.querySelectorAll(NAME_CELL)).some((cell) => {
    const record = recordOfHref(cell.querySelector(CELL_LINK)?.getAttribute('href'));
    return record !== null && record.entity !== CONTACT_ENTITY;
  });
}

/**
 * The Stakeholders subgrid: by its control name, else (subgrid renamed in this org) the first
 * connections grid (Name `record2id` + Role `record2roleid` columns) that is not the Sales Team.
 */
function findStakeholdersGrid(form: Element): Element | null {
  const named = form.querySelector(STAKEHOLDERS_GRID);
  if (named) return named;
  const container = form.querySelector(STAKEHOLDERS_CONTAINER);
  if (container) return container.closest(ANY_GRID) ?? container;
  const candidates = Array.from(form.querySelectorAll(ANY_GRID)).filter(
    (grid) =>
      !isSalesTeam(grid) &&
      grid.querySelector(NAME_COLUMN_HEADER) !== null &&
      grid.querySelector(ROLE_COLUMN_HEADER) !== null &&
      !linksOtherEntities(grid),
  );
  return candidates[0] ?? null;
}

/** The footer's total ("1 - 4 of 4" → 4, "1 - 4 of 4 (0 selected)" → 4); null when absent or not a known total. */
function totalOf(grid: Element): number | null {
  const status = textOf(grid.querySelector(GRID_STATUS)) ?? textOf(grid.querySelector(PAGING_TEXT))?.replace(SELECTION_COUNT, '');
  const match = STATUS_TOTAL.exec(status ?? '');
  if (!match?.[1] || match[2]) return null;
  const total = Number(match[1].replace(/\D/g, ''));
  return Number.isSafeInteger(total) ? total : null;
}

/**
 * A data row's index: ag-grid's `row-index`, else the row number of its cells' `data-id`
 * (`cell-2-3`), which the read-only and editable grids render without a row index. Null for a
 * header row (no grid cell).
 */
function rowIndexOf(row: Element): number | null {
  const text = row.getAttribute(ROW_INDEX) ?? CELL_DATA_ID.exec(row.querySelector(GRID_CELL)?.getAttribute('data-id') ?? '')?.[1];
  const index = text === undefined ? Number.NaN : Number(text);
  return Number.isInteger(index) ? index : null;
}

/**
 * The grid's data rows by index, in display order (ag-grid positions rows with translateY and may
 * append them out of order; pinned columns repeat the index in another container). Each entry holds
 * every row element of that index.
 */
function rowsOf(grid: Element): Element[][] {
  const byIndex = new Map<number, Element[]>();
  for (const row of Array.from(grid.querySelectorAll(GRID_ROW))) {
    const index = rowIndexOf(row);
    if (index === null) continue;
    const parts = byIndex.get(index);
    if (parts) parts.push(row);
    else byIndex.set(index, [row]);
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, parts]) => parts);
}

function cellOf(parts: readonly Element[], selector: string): Element | null {
  for (const part of parts) {
    const cell = part.querySelector(selector);
    if (cell) return cell;
  }
  return null;
}

/** The first cell of the row whose link names a record of an entity `wanted` accepts. */
function cellLinking(parts: readonly Element[], wanted: (entity: string) => boolean): Element | null {
  for (const part of parts) {
    for (const cell of Array.from(part.querySelectorAll(GRID_CELL))) {
      const record = recordOfHref(cell.querySelector(CELL_LINK)?.getAttribute('href'));
      if (record && wanted(record.entity)) return cell;
    }
  }
  return null;
}

interface RowCells {
  /** A Power Apps grid row: its cells name their columns and render lazily, so a missing Name cell is one not rendered yet. */
  powerAppsGrid: boolean;
  name: Element | null;
  role: Element | null;
  title: Element | null;
  email: Element | null;
}

/**
 * Which cell of a row holds what. The Power Apps grid names each cell's column by its logical name
 * (`col-id`); the read-only and editable grids name none, and their column captions are localized,
 * so there the cells are told apart by what they link to: the connected record (Name), the
 * connection role (Role), a mailto: address (e-mail). A job title is text like any other there.
 */
function cellsOf(parts: readonly Element[]): RowCells {
  if (parts.some((part) => part.hasAttribute(ROW_INDEX))) {
    return { powerAppsGrid: true, name: cellOf(parts, NAME_CELL), role: cellOf(parts, ROLE_CELL), title: cellOf(parts, TITLE_CELL), email: cellOf(parts, EMAIL_CELL) };
  }
  return {
    powerAppsGrid: false,
    name: cellLinking(parts, (entity) => entity !== CONNECTION_ROLE_ENTITY),
    role: cellLinking(parts, (entity) => entity === CONNECTION_ROLE_ENTITY),
    title: null,
    email: cellOf(parts, MAILTO_LINK)?.closest(GRID_CELL) ?? null,
  };
}


interface GridRead {
  entries: ReadContact[];
  /** Rows whose Name cell shows someone without a contact GUID we can reach. */
  withoutIds: number;
  /** Rows whose Name cell has not rendered yet (ag-grid renders cells lazily). */
  unrendered: number;
}

/** A contact connected twice (two roles): one entry, both roles. */
function addRole(contact: PageContact, role: string | null): void {
  if (role === null || contact.crmRole === role) return;
  contact.crmRole = contact.crmRole === null ? role : `${contact.crmRole}, ${role}`.slice(0, PAGE_TEXT_MAX);
}

function readRows(rows: readonly Element[][], org: string): GridRead {
  const entries: ReadContact[] = [];
  let withoutIds = 0;
  let unrendered = 0;
  for (const parts of rows) {
    const cells = cellsOf(parts);
    const nameCell = cells.name;
    const link = nameCell?.querySelector(CELL_LINK) ?? null;
    const name = textOf(link) ?? displayedValueOf(nameCell);
    if (!nameCell || name === null) {
      // A Wijmo row renders all its cells at once: one that links no record names nobody we can key.
      if (cells.powerAppsGrid) unrendered += 1;
      else withoutIds += 1;
      continue;
    }
    // The contact GUID is in the Name link only: the row's `row-id` is the connection record.
    const record = recordOfHref(link?.getAttribute('href'));
    if (!link || !record) {
      withoutIds += 1;
      continue;
    }
    if (record.entity !== CONTACT_ENTITY) continue; // a stakeholder account or user: not a contact
    const key = recordKey('dynamics', dynamicsRecordId(org, record.id));
    const role = textOf(cells.role);
    const seen = entries.find((e) => e.contact.key === key);
    if (seen) {
      addRole(seen.contact, role);
      continue;
    }
    if (entries.length === CONTACTS_PER_READ_MAX) break;
    entries.push({
      anchor: { key, element: link },
      contact: {
        key,
        name,
        title: displayedValueOf(cells.title),
        crmRole: role,
        email: textOf(cells.email),
        phone: null,
        account: null,
        department: null,
      },
    });
  }
  return { entries, withoutIds, unrendered };
}

// ── The read ─────────────────────────────────────────────────────────────────────────────────

function readContacts(form: Element, location: OpportunityLocation, opportunity: PageOpportunity): AdapterRead {
  const key = opportunity.key;
  const grid = findStakeholdersGrid(form);
  if (!grid) return pending(key, 'no-contact-roles-list');
  if (grid.querySelector(LOADING_OVERLAY)) return pending(key, 'list-loading', grid);

  const rows = rowsOf(grid);
  const total = totalOf(grid);
  const { entries, withoutIds, unrendered } = readRows(rows, location.org);
  const header = form.querySelector(FORM_HEADER);
  const done = (complete: boolean): AdapterRead => ({
    kind: 'read',
    read: { opportunity, contacts: entries.map((e) => e.contact), complete },
    anchors: entries.map((e) => e.anchor),
    strip: header ? { anchor: header, position: 'after' } : null,
  });

  if (rows.length === 0) {
    // "No data available", or a footer counting 0: an empty list. Anything else is still loading.
    if (total === 0 || grid.querySelector(NO_ROWS_OVERLAY)) return done(true);
    return pending(key, 'list-loading', grid);
  }
  if (entries.length === 0 && withoutIds > 0) return unreadable(key, 'contacts-unreadable', 'rows-without-ids', grid);
  if (entries.length === 0 && (total === null || unrendered > 0)) return pending(key, 'list-loading', grid);
  // ag-grid renders only the rows in view: complete when the footer counts exactly the rows read.
  return done(withoutIds === 0 && unrendered === 0 && total !== null && total === rows.length);
}

export function read(doc: Document, url: URL, scope: HostScope = 'saas'): AdapterRead {
  const location = locateOpportunity(url, scope);
  if (!location) return NOT_OPPORTUNITY;
  const key = recordKey('dynamics', dynamicsRecordId(location.org, location.id));

  const form = doc.querySelector(FORM_ROOT);
  if (!form) return pending(key, 'page-not-rendered');
  const title = form.querySelector(HEADER_TITLE);
  if (!title) return pending(key, 'header-not-rendered');
  const opportunity = readOpportunity(form, title, key, url);
  if (!opportunity) return unreadable(key, 'no-opportunity', 'name-missing', null);
  return readContacts(form, location, opportunity);
}
