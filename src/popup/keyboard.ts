/**
 * The popup's keys (product.md §Surfaces): ↑/↓ move between contacts, `1` `2` `3` cycle the
 * focused contact's criteria, `s` sponsor, `i` log intelligence, `v` log value given, `e`
 * evidence for the focused criterion, Enter opens the person, Esc goes back. Every key has a
 * button that does the same, so none of this is needed to use the popup.
 */
import { CRITERIA, type Criterion } from '../domain/criteria';
import type { RecordKey } from '../domain/records';

export type KeyCommand =
  | { kind: 'move'; delta: 1 | -1 }
  | { kind: 'cycle'; criterion: Criterion }
  | { kind: 'sponsor' }
  | { kind: 'form'; form: 'intelligence' | 'value' | 'evidence' }
  | { kind: 'open' }
  | { kind: 'escape' };

/** The contact row marker, shared with ContactRow and the e2e tests. */
export const CONTACT_ROW_SELECTOR = '[data-contact-key]';
/** The person detail, shared with PersonDetail and the e2e tests. */
export const PERSON_VIEW_SELECTOR = '[data-view="person"]';

const LETTERS: Record<string, KeyCommand> = {
  s: { kind: 'sponsor' },
  i: { kind: 'form', form: 'intelligence' },
  v: { kind: 'form', form: 'value' },
  e: { kind: 'form', form: 'evidence' },
};

export function keyCommand(event: KeyboardEvent): KeyCommand | null {
  // Modified keys belong to the browser (Ctrl+1 switches tabs).
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  // Esc works from inside a form too: it is how the rep leaves one.
  if (event.key === 'Escape') return { kind: 'escape' };
  // Typing in a field is text, and a form's own buttons are not the contact's.
  if (isEditable(event.target) || isInForm(event.target)) return null;
  if (event.key === 'ArrowDown') return { kind: 'move', delta: 1 };
  if (event.key === 'ArrowUp') return { kind: 'move', delta: -1 };
  // A held key would cycle the criterion round and round, each turn a write: one per press.
  if (event.repeat) return null;
  if (event.key === 'Enter') return { kind: 'open' };
  const letter = LETTERS[event.key.toLowerCase()];
  if (letter && event.key.length === 1) return letter;
  const criterion = CRITERIA[Number(event.key) - 1];
  return /^[1-3]$/.test(event.key) && criterion ? { kind: 'cycle', criterion } : null;
}

function activeElementIn(root: ParentNode): Element | null {
  const active = document.activeElement;
  return active instanceof Element && root.contains(active) ? active : null;
}

/** The row that holds the focus (the row itself or one of its buttons). */
function focusedRow(root: ParentNode): HTMLElement | null {
  return activeElementIn(root)?.closest<HTMLElement>(CONTACT_ROW_SELECTOR) ?? null;
}

/** The contact whose row holds the focus. */
export function focusedContactKey(root: ParentNode): RecordKey | null {
  return focusedRow(root)?.dataset.contactKey ?? null;
}

/** True when the focus is on a row itself (Enter there opens the person; on a button it presses it). */
export function isRowFocused(root: ParentNode): boolean {
  const active = activeElementIn(root);
  return active instanceof HTMLElement && active.matches(CONTACT_ROW_SELECTOR);
}

/** The criterion whose toggle or evidence button has the focus, if any. */
export function focusedCriterion(root: ParentNode): Criterion | null {
  const marked = activeElementIn(root)?.closest<HTMLElement>('[data-criterion], [data-evidence-for]');
  const name = marked?.dataset.criterion ?? marked?.dataset.evidenceFor;
  return CRITERIA.find((c) => c === name) ?? null;
}

/** Moves focus to the next or previous row; from outside the list, ↓ enters at the top, ↑ at the bottom. */
export function moveContactFocus(root: ParentNode, delta: 1 | -1): void {
  const rows = [...root.querySelectorAll<HTMLElement>(CONTACT_ROW_SELECTOR)];
  if (rows.length === 0) return;
  const key = focusedContactKey(root);
  const current = rows.findIndex((row) => row.dataset.contactKey === key);
  const next = current === -1 ? (delta === 1 ? 0 : rows.length - 1) : current + delta;
  rows[Math.min(Math.max(next, 0), rows.length - 1)]?.focus();
}

/** The row of a contact (compared as data, since record keys hold `:` and jsdom has no CSS.escape). */
export function rowOf(root: ParentNode, key: RecordKey): HTMLElement | null {
  return [...root.querySelectorAll<HTMLElement>(CONTACT_ROW_SELECTOR)].find((row) => row.dataset.contactKey === key) ?? null;
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function isInForm(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('form') !== null;
}
