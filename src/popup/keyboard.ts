/**
 * Popup keyboard basics (product.md §Surfaces): ↑/↓ move between contacts, `1` `2` `3` cycle the
 * focused contact's criteria. The full set (s, i, v, …) is a later issue.
 */
import { CRITERIA, type Criterion } from '../domain/criteria';
import type { RecordKey } from '../domain/records';

export type KeyCommand = { kind: 'move'; delta: 1 | -1 } | { kind: 'cycle'; criterion: Criterion };

/** The contact row marker, shared with ContactRow and the e2e tests. */
export const CONTACT_ROW_SELECTOR = '[data-contact-key]';

export function keyCommand(event: KeyboardEvent): KeyCommand | null {
  // Modified keys belong to the browser (Ctrl+1 switches tabs); typing in a field is text.
  if (event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return null;
  if (event.key === 'ArrowDown') return { kind: 'move', delta: 1 };
  if (event.key === 'ArrowUp') return { kind: 'move', delta: -1 };
  // A held key would cycle the criterion round and round, each turn a write: one per press.
  if (event.repeat) return null;
  const criterion = CRITERIA[Number(event.key) - 1];
  return /^[1-3]$/.test(event.key) && criterion ? { kind: 'cycle', criterion } : null;
}

/** The contact whose row holds the focus (the row itself or one of its toggles). */
export function focusedContactKey(root: ParentNode): RecordKey | null {
  const active = document.activeElement;
  const row = active instanceof Element ? active.closest<HTMLElement>(CONTACT_ROW_SELECTOR) : null;
  return row && root.contains(row) ? (row.dataset.contactKey ?? null) : null;
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

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
