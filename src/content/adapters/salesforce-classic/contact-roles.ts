/**
 * The Contact Roles related list of a Classic opportunity (crm-pages.md §2): a `table.list` whose
 * first row holds the (localized) column titles and whose `tr.dataRow`s hold one role each.
 * Columns are matched by POSITION against the title row and told apart, most reliable first, by
 * what their cells hold (a /003 link in the row header, a mailto: link, a /001 link, a phone
 * number), then, last resort, by the English column title.
 */
import { PAGE_TEXT_MAX, type PageContact } from '../../../domain/page-read';
import { recordKey } from '../../../domain/records';
import { KEY_PREFIX } from '../../../domain/salesforce-id';
import type { ReadContact } from '../types';
import { recordIdOfHref } from './detect';
import {
  ACCOUNT_LINK,
  CONTACT_LINK,
  DATA_ROW,
  EMAIL_LINK,
  EMPTY_LIST,
  HEADER_ROW,
  LIST_TABLE,
  NON_FIELD_COLUMN,
  ROW_HEADER_CONTACT_LINK,
  SHOW_MORE,
} from './selectors';

export type ContactField = 'contact' | 'role' | 'title' | 'account' | 'email' | 'phone' | 'department';

/** Last resort, English only: the column titles of the Contact Roles list. */
const FIELD_BY_ENGLISH_LABEL: Readonly<Record<string, ContactField>> = {
  'contact name': 'contact',
  contact: 'contact',
  role: 'role',
  title: 'title',
  'account name': 'account',
  email: 'email',
  phone: 'phone',
  'business phone': 'phone',
  department: 'department',
};

/** A displayed phone number: digits and punctuation only, at least 7 digits ("(412) 555-0119", "+44 20 7946 0958"). */
const PHONE_SHAPE = /^\+?[\d\s().\-]+(?:\s*(?:x|ext\.?)\s*\d+)?$/i;
const isPhone = (text: string): boolean => PHONE_SHAPE.test(text) && (text.match(/\d/g)?.length ?? 0) >= 7;

/** The element's text, whitespace (and &nbsp;) collapsed; null when empty. Bounded by the schema's limit. */
export function textOf(el: Element | null | undefined): string | null {
  const text = (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text.slice(0, PAGE_TEXT_MAX);
}

/** The cells of a row, in order: its own `th` / `td` children, never those of a nested table. */
function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((cell) => cell.tagName === 'TH' || cell.tagName === 'TD');
}

function fieldOfContent(cells: readonly Element[]): ContactField | null {
  if (cells.some((cell) => cell.tagName === 'TH' && cell.querySelector(CONTACT_LINK))) return 'contact';
  if (cells.some((cell) => cell.querySelector(EMAIL_LINK))) return 'email';
  if (cells.some((cell) => cell.querySelector(ACCOUNT_LINK))) return 'account';
  const texts = cells.map((cell) => textOf(cell)).filter((text): text is string => text !== null);
  if (texts.length > 0 && texts.every(isPhone)) return 'phone';
  return null;
}

function fieldOfEnglishLabel(label: string | null): ContactField | null {
  return label ? (FIELD_BY_ENGLISH_LABEL[label.toLowerCase()] ?? null) : null;
}

/**
 * Which column position holds which field. Each field gets at most one column and each column
 * at most one field, content first (every column), then the English titles of the rest.
 */
export function mapColumns(header: Element | null, rows: readonly Element[]): Partial<Record<ContactField, number>> {
  const titles = header ? cellsOf(header) : [];
  const rowCells = rows.map(cellsOf);
  const width = Math.max(titles.length, ...rowCells.map((cells) => cells.length));
  const mapped: Partial<Record<ContactField, number>> = {};
  const used = new Set<number>();
  const columns = Array.from({ length: width }, (_, i) => i).filter((i) => !titles[i]?.matches(NON_FIELD_COLUMN));
  const passes: ReadonlyArray<(i: number) => ContactField | null> = [
    (i) => fieldOfContent(rowCells.map((cells) => cells[i]).filter((cell): cell is Element => cell !== undefined)),
    (i) => fieldOfEnglishLabel(textOf(titles[i])),
  ];
  for (const pass of passes) {
    for (const i of columns) {
      if (used.has(i)) continue;
      const field = pass(i);
      if (field && mapped[field] === undefined) {
        mapped[field] = i;
        used.add(i);
      }
    }
  }
  return mapped;
}


export interface ListRead {
  /** In page order, one per contact (a contact holding two roles keeps its first row). */
  entries: ReadContact[];
  /** Role rows present, readable or not. */
  rowCount: number;
  /** The list shows its empty state ("No records to display"). */
  empty: boolean;
  /** A "Show N more » | Go to list »" line says rows are left out. */
  more: boolean;
}

/** The first Contact (003) link of `scope`, with its 18-character id. */
function contactLinkIn(scope: Element | undefined, selector: string): { link: Element; id: string } | null {
  if (!scope) return null;
  for (const link of Array.from(scope.querySelectorAll(selector))) {
    const id = recordIdOfHref(link.getAttribute('href'));
    if (id?.startsWith(KEY_PREFIX.contact)) return { link, id };
  }
  return null;
}

function accountOf(cell: Element | undefined): PageContact['account'] {
  const name = textOf(cell);
  if (!cell || name === null) return null;
  const link = cell.querySelector(ACCOUNT_LINK);
  const id = recordIdOfHref(link?.getAttribute('href') ?? null);
  return { id: id?.startsWith(KEY_PREFIX.account) ? id : null, name: textOf(link) ?? name };
}

function contactOf(row: Element, columns: Partial<Record<ContactField, number>>): ReadContact | null {
  const cells = cellsOf(row);
  const at = (field: ContactField): Element | undefined => {
    const i = columns[field];
    return i === undefined ? undefined : cells[i];
  };
  // The contact column, else the row header: another column may hold a different contact (a custom
  // lookup), which must not become this row's contact.
  const found = contactLinkIn(at('contact'), CONTACT_LINK) ?? contactLinkIn(row, ROW_HEADER_CONTACT_LINK);
  const name = found ? textOf(found.link) : null;
  if (!found || name === null) return null;
  const key = recordKey('salesforce', found.id);
  return {
    anchor: { key, element: found.link },
    contact: {
      key,
      name,
      title: textOf(at('title')),
      crmRole: textOf(at('role')),
      email: textOf(at('email')),
      phone: textOf(at('phone')),
      account: accountOf(at('account')),
      department: textOf(at('department')),
    },
  };
}

/** Reads the rows of the list, in page order, at most `max` contacts. */
export function readContactList(list: Element, max: number): ListRead & { capped: boolean } {
  const table = list.querySelector(LIST_TABLE);
  const rows = table ? Array.from(table.querySelectorAll(DATA_ROW)) : [];
  const columns = mapColumns(table?.querySelector(HEADER_ROW) ?? null, rows);
  const entries: ReadContact[] = [];
  let capped = false;
  for (const row of rows) {
    const entry = contactOf(row, columns);
    if (!entry || entries.some((e) => e.contact.key === entry.contact.key)) continue;
    if (entries.length === max) {
      capped = true;
      break;
    }
    entries.push(entry);
  }
  return {
    entries,
    rowCount: rows.length,
    empty: list.querySelector(EMPTY_LIST) !== null,
    more: list.querySelector(SHOW_MORE) !== null,
    capped,
  };
}
