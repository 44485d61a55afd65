/**
 * The rows of a Dynamics connections subgrid, whichever grid control renders it: the Power Apps
 * grid (ag-grid: `row-index`, cells named by `col-id`) or the older read-only and editable grids
 * (Wijmo: cells numbered by `data-id`, told apart by what they link to). Rows in, contacts out.
 */
import { CONTACTS_PER_READ_MAX, PAGE_TEXT_MAX, type PageContact } from '../../../domain/page-read';
import { recordKey, type RecordKey } from '../../../domain/records';
import type { ReadContact } from '../types';
import { CONTACT_ENTITY, dynamicsRecordId, recordOfHref } from './detect';
import { displayedValueOf, textOf } from './dom';
import { CELL_LINK, EMAIL_CELL, GRID_CELL, GRID_ROW, GRID_STATUS, MAILTO_LINK, NAME_CELL, PAGING_TEXT, ROLE_CELL, TITLE_CELL } from './selectors';

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

/** The footer's total ("1 - 4 of 4" → 4, "1 - 4 of 4 (0 selected)" → 4); null when absent or not a known total. */
export function totalOf(grid: Element): number | null {
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
export function rowsOf(grid: Element): Element[][] {
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


export interface GridRead {
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

export function readRows(rows: readonly Element[][], org: string): GridRead {
  const entries: ReadContact[] = [];
  const byKey = new Map<RecordKey, PageContact>();
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
    const seen = byKey.get(key);
    if (seen) {
      addRole(seen, role);
      continue;
    }
    if (entries.length === CONTACTS_PER_READ_MAX) break;
    const contact: PageContact = { key, name, title: displayedValueOf(cells.title), crmRole: role, email: textOf(cells.email), phone: null, account: null, department: null };
    byKey.set(key, contact);
    entries.push({ anchor: { key, element: link }, contact });
  }
  return { entries, withoutIds, unrendered };
}
