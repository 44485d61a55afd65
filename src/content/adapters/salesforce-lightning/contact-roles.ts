/**
 * The Contact Roles related list (crm-pages.md §1.6): finding it in the active view without
 * relying on its translated label, and reading its rows (datatable grid or tiles) into contacts.
 */
import { CONTACTS_PER_READ_MAX, PAGE_TEXT_MAX, type PageContact } from '../../../domain/page-read';
import { recordKey } from '../../../domain/records';
import { KEY_PREFIX, toId18 } from '../../../domain/salesforce-id';
import type { ReadContact } from '../types';
import { mapFields, type ContactField, type FieldCell } from './columns';
import { CONTACT_ROLES_RELATIONSHIP } from './detect';
import { queryAllDeep, queryDeep, readingLight, readingLightFirst, recordIdOfLink, recordPathOfLink, textOf } from './dom';
import {
  ACCOUNT_LOOKUP,
  CARD_HEADER_TITLE_SPAN,
  CONTACT_ROLES_CARD_BY_LABEL,
  CONTACT_ROLES_LINK,
  EMPTY_LIST,
  GRID_CELL,
  GRID_ROW,
  GRID_ROW_HEADER,
  LIST_COUNT_LINE,
  LIST_VIEW_MANAGER,
  PROGRESSIVE_CONTAINER_BUSY,
  RECORD_LINK,
  RELATED_LIST_CARD,
  TILE_FIELD_TERM,
  TILE_HEADING,
  TILE_ROW,
} from './selectors';

/** How many contacts the list says it has: "(6)" → 6; "(10+)" → at least 10, more not counted. */
export interface ListCount {
  n: number;
  more: boolean;
}

/** One rendering of the list: a card on the record page, or the full related-list page. */
export interface ContactList {
  /** The card (or the full page's list); where a "couldn't read" note belongs. */
  container: Element;
  /** The card's `laf-progressive-container` is still busy rendering it. */
  busy: boolean;
  count: ListCount | null;
  /** The list shows its empty state ("No items to display."). */
  empty: boolean;
}


export interface ListRead {
  /** In page order, one per contact. */
  entries: ReadContact[];
  /** Rows present, readable or not: rows without a contact id still prove the list has entries. */
  rowCount: number;
}

const HEADER_COUNT = /^\((\d+)(\+?)\)$/;
/** First number of "6 items • Sorted by …" / "6 Elemente • …"; "50+ items" when more can load. */
const COUNT_LINE = /(\d+)(\+?)/;

function parseCount(text: string | null, pattern: RegExp): ListCount | null {
  // Drop thousands separators of any locale ("1,200", "1.200", "1 200" with a no-break space).
  const match = text ? pattern.exec(text.replace(/[.,\u00a0\u202f]/g, '')) : null;
  return match?.[1] ? { n: Number(match[1]), more: match[2] === '+' } : null;
}

function headerCountOf(card: Element): ListCount | null {
  for (const span of Array.from(card.querySelectorAll(CARD_HEADER_TITLE_SPAN))) {
    const count = parseCount(span.getAttribute('title'), HEADER_COUNT);
    if (count) return count;
  }
  return null;
}

function describeCard(card: Element): ContactList {
  return {
    container: card,
    busy: card.closest(PROGRESSIVE_CONTAINER_BUSY) !== null,
    count: headerCountOf(card),
    empty: card.querySelector(EMPTY_LIST) !== null,
  };
}

/**
 * The Contact Roles cards of one opportunity in the active view, found by the header / "View All"
 * link to `/related/OpportunityContactRoles/view` of that very opportunity (an API name, the same
 * in every locale). The English aria-label is only a fallback for a card rendered without links.
 * Checking the id matters during SPA navigation: the address changes before the view does.
 */
export function findContactRolesCards(root: ParentNode, opportunityId: string): ContactList[] {
  const cards: Element[] = [];
  for (const link of Array.from(root.querySelectorAll(CONTACT_ROLES_LINK))) {
    const path = recordPathOfLink(link);
    if (path?.id !== opportunityId || path.relationship !== CONTACT_ROLES_RELATIONSHIP) continue;
    const card = link.closest(RELATED_LIST_CARD);
    if (card && !cards.includes(card)) cards.push(card);
  }
  if (cards.length === 0) {
    // A labelled card whose link names another opportunity is that opportunity's (the view has
    // not caught up with the address yet): only a card without any such link may stand in.
    const labelled = Array.from(root.querySelectorAll(CONTACT_ROLES_CARD_BY_LABEL));
    cards.push(...labelled.filter((card) => card.querySelector(CONTACT_ROLES_LINK) === null));
  }
  return cards.map(describeCard);
}

/** The list of the full Contact Roles page (`…/related/OpportunityContactRoles/view`), if rendered. */
export function findContactRolesPage(root: ParentNode): ContactList | null {
  const container = root.querySelector(LIST_VIEW_MANAGER);
  if (!container) return null;
  return {
    container,
    busy: container.closest(PROGRESSIVE_CONTAINER_BUSY) !== null,
    count: parseCount(textOf(root.querySelector(LIST_COUNT_LINE)), COUNT_LINE),
    empty: container.querySelector(EMPTY_LIST) !== null,
  };
}

interface RowShape {
  row: Element;
  /** Where the contact-name link sits: the row header cell or the tile heading. */
  nameScope: Element | null;
  cells: FieldCell[];
}

/** A row's cells: in light DOM the row's own (`cells`: its th and td children), else searched into its roots. */
function cellsOf(row: Element): Element[] {
  const cells = (row as Partial<HTMLTableRowElement>).cells;
  return cells && readingLight(row) ? Array.from(cells) : queryAllDeep(row, GRID_CELL);
}

function gridRow(row: Element): RowShape {
  const cells = cellsOf(row).map((element) => ({
    columnKey: element.getAttribute('data-col-key-value'),
    label: element.getAttribute('data-label'),
    element,
  }));
  return { row, nameScope: queryDeep(row, GRID_ROW_HEADER), cells };
}

function tileRow(tile: Element): RowShape {
  const cells: FieldCell[] = [];
  for (const term of queryAllDeep(tile, TILE_FIELD_TERM)) {
    const value = term.nextElementSibling;
    if (value) cells.push({ columnKey: null, label: textOf(term), element: value });
  }
  return { row: tile, nameScope: queryDeep(tile, TILE_HEADING), cells };
}

/**
 * The contact-name link: the first link to a Contact (003) in the name column or row header. The
 * rest of the row is searched only when neither is known: another column may hold a different
 * contact (a custom "Reports To" lookup, say), which must not become this row's contact.
 */
function contactLinkOf(shape: RowShape, nameCell: Element | undefined): { link: Element; id: string } | null {
  const named = [nameCell, shape.nameScope].filter((scope): scope is Element => scope != null);
  for (const scope of named.length > 0 ? named : [shape.row]) {
    for (const link of queryAllDeep(scope, RECORD_LINK)) {
      const id = recordIdOfLink(link);
      if (id?.startsWith(KEY_PREFIX.contact)) return { link, id };
    }
  }
  return null;
}

function accountOf(cell: Element | undefined): PageContact['account'] {
  if (!cell) return null;
  const lookup = queryDeep(cell, ACCOUNT_LOOKUP);
  const name = textOf(lookup) ?? textOf(cell);
  if (name === null) return null;
  const id = lookup ? toId18(lookup.getAttribute('data-recordid') ?? '') : null;
  return { id, name };
}

function contactOf(shape: RowShape): ReadContact | null {
  const fields: Partial<Record<ContactField, Element>> = mapFields(shape.cells);
  const found = contactLinkOf(shape, fields.contact);
  const name = found ? (textOf(found.link) ?? found.link.getAttribute('title')?.trim() ?? '') : '';
  if (!found || name === '') return null;
  const key = recordKey('salesforce', found.id);
  return {
    anchor: { key, element: found.link },
    contact: {
      key,
      name: name.slice(0, PAGE_TEXT_MAX),
      title: textOf(fields.title),
      crmRole: textOf(fields.role),
      email: textOf(fields.email),
      phone: textOf(fields.phone),
      account: accountOf(fields.account),
      department: textOf(fields.department),
    },
  };
}

/** A row as last taken apart: its text then, and the contact read from it. */
interface RowRead {
  text: string;
  entry: ReadContact | null;
}
const rowReads = new WeakMap<Element, RowRead>();

/**
 * The contact of a row, taken apart only when the row changed since the last read. The page
 * changes all the time around a list that doesn't (Lightning re-renders other cards, hovers,
 * timers), and each change means a read: an unchanged row costs one textContent, not a dozen
 * queries. Changed means other text (any cell), or the contact link replaced; a row read through
 * shadow roots is always taken apart anew, as its text doesn't include theirs.
 */
function rowContact(row: Element, shapeOf: (row: Element) => RowShape): ReadContact | null {
  const light = readingLight(row);
  const text = light ? (row.textContent ?? '') : '';
  const known = light ? rowReads.get(row) : undefined;
  if (known && known.text === text && (known.entry === null || known.entry.anchor.element.isConnected)) return known.entry;
  const entry = contactOf(shapeOf(row));
  if (light) rowReads.set(row, { text, entry });
  return entry;
}

/**
 * Reads the rows of one list, in page order. Related lists sometimes render a row twice, and a
 * contact may hold two roles: the first row of each contact wins and gets the one badge.
 */
export function readContactList(list: ContactList): ListRead {
  return readingLightFirst(list.container, () => readRows(list), (read) => isWholeList(list, read));
}

/** As many rows as the list says it shows (a "(10+)" card shows ten), or the list's own empty state. */
function isWholeList(list: ContactList, read: ListRead): boolean {
  if (read.rowCount === 0) return list.empty;
  return list.count === null || read.rowCount >= list.count.n;
}

function readRows(list: ContactList): ListRead {
  // Row elements are cheap to find; their cells are not, so a row is only taken apart while the
  // read is short of the cap (a hostile page may list thousands).
  const rows: Array<[Element, (row: Element) => RowShape]> = [
    ...queryAllDeep(list.container, GRID_ROW).map((row): [Element, typeof gridRow] => [row, gridRow]),
    ...queryAllDeep(list.container, TILE_ROW).map((tile): [Element, typeof tileRow] => [tile, tileRow]),
  ];
  const entries: ReadContact[] = [];
  const seen = new Set<string>();
  for (const [row, shapeOf] of rows) {
    if (entries.length === CONTACTS_PER_READ_MAX) break;
    const entry = rowContact(row, shapeOf);
    if (entry && !seen.has(entry.contact.key)) {
      seen.add(entry.contact.key);
      entries.push(entry);
    }
  }
  return { entries, rowCount: rows.length };
}
