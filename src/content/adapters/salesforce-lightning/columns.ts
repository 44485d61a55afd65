/**
 * Which cell of a Contact Roles row holds which contact field. Admins choose the columns and
 * their order, and every visible label is translated (crm-pages.md §1.6, §1.8), so cells are
 * matched in three passes, most reliable first:
 *   1. the field name embedded in `data-col-key-value` (`Contact.Title-text-3`): locale-independent;
 *   2. what the cell holds: a mailto: link, a tel: link, an Account (001) lookup;
 *   3. last, the English column label (`data-label`, or a tile's `dt`).
 */
import { ACCOUNT_LOOKUP, EMAIL_LINK, PHONE_LINK } from './selectors';
import { queryDeep } from './dom';

export type ContactField = 'contact' | 'role' | 'title' | 'account' | 'email' | 'phone' | 'department';

/** One value-bearing cell of a row: a datatable cell, or a tile's `dd` with its `dt` label. */
export interface FieldCell {
  /** `data-col-key-value` of a datatable cell; null for tiles. */
  columnKey: string | null;
  /** The displayed (localized) column label, for the last-resort English match. */
  label: string | null;
  element: Element;
}

/**
 * Field names as they appear in column keys: OpportunityContactRole fields (`ContactId`, `Role`),
 * Contact fields through the relationship (`Contact.Title`), and the page-layout names seen in
 * public metadata (`CONTACT.FULL_NAME`, `CONTACT.PHONE1`). Compared upper-case, `CONTACT.` removed.
 */
const FIELD_BY_COLUMN_NAME: Readonly<Record<string, ContactField>> = {
  CONTACTID: 'contact',
  FULL_NAME: 'contact',
  NAME: 'contact',
  ROLE: 'role',
  TITLE: 'title',
  ACCOUNTID: 'account',
  'ACCOUNT.NAME': 'account',
  ACCOUNT_NAME: 'account',
  EMAIL: 'email',
  PHONE: 'phone',
  PHONE1: 'phone',
  DEPARTMENT: 'department',
};

/** Last resort, English only: the default column labels of the Contact Roles list. */
const FIELD_BY_ENGLISH_LABEL: Readonly<Record<string, ContactField>> = {
  'contact name': 'contact',
  role: 'role',
  title: 'title',
  'account name': 'account',
  email: 'email',
  phone: 'phone',
  department: 'department',
};

/** `Contact.Title-text-3` → `title`. Field names never contain `-`, so the name is the first part. */
export function fieldOfColumnKey(columnKey: string | null): ContactField | null {
  if (!columnKey) return null;
  let field = fieldByColumnKey.get(columnKey);
  if (field === undefined) {
    const name = (columnKey.split('-')[0] ?? '').toUpperCase().replace(/^CONTACT\./, '');
    field = FIELD_BY_COLUMN_NAME[name] ?? null;
    if (fieldByColumnKey.size < COLUMN_KEYS_KEPT) fieldByColumnKey.set(columnKey, field);
  }
  return field;
}

/** Every row repeats its list's few column keys: each is worked out once (a hostile page's endless keys, at most this many). */
const COLUMN_KEYS_KEPT = 256;
const fieldByColumnKey = new Map<string, ContactField | null>();

function fieldOfContent(cell: Element): ContactField | null {
  if (queryDeep(cell, EMAIL_LINK)) return 'email';
  if (queryDeep(cell, PHONE_LINK)) return 'phone';
  if (queryDeep(cell, ACCOUNT_LOOKUP)) return 'account';
  return null;
}

function fieldOfEnglishLabel(label: string | null): ContactField | null {
  if (!label) return null;
  return FIELD_BY_ENGLISH_LABEL[label.replace(/:\s*$/, '').trim().toLowerCase()] ?? null;
}

/** Assigns each field at most one cell and each cell at most one field, pass by pass. */
export function mapFields(cells: readonly FieldCell[]): Partial<Record<ContactField, Element>> {
  const mapped: Partial<Record<ContactField, Element>> = {};
  const used = new Set<FieldCell>();
  const passes: ReadonlyArray<(cell: FieldCell) => ContactField | null> = [
    (cell) => fieldOfColumnKey(cell.columnKey),
    // Pass 1 has already claimed every column whose key it knows, so content only decides for
    // columns with unknown keys (custom fields, a changed key format), and only while a field it
    // can tell is still unclaimed (the row's checkbox and action cells would cost three queries each).
    (cell) => (mapped.email && mapped.phone && mapped.account ? null : fieldOfContent(cell.element)),
    (cell) => fieldOfEnglishLabel(cell.label),
  ];
  for (const pass of passes) {
    for (const cell of cells) {
      if (used.has(cell)) continue;
      const field = pass(cell);
      if (field && !mapped[field]) {
        mapped[field] = cell.element;
        used.add(cell);
      }
    }
  }
  return mapped;
}
