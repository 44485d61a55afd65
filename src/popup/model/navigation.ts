/**
 * Which screen the popup shows (the deal's list, or one person's detail) and where the focus goes
 * next. Focus is a request the App carries out after the render that shows its target, because
 * the element to focus often does not exist yet when the action runs (a form just opened).
 */
import { signal } from '@preact/signals';
import type { RecordKey } from '../../domain/records';

export type Screen = { kind: 'list' } | { kind: 'person'; key: RecordKey };

export type FocusTarget =
  | { kind: 'row'; key: RecordKey }
  | { kind: 'person' }
  /** The open form: its first field, or the named one (the first invalid field, say). */
  | { kind: 'form'; field: string | null };

export interface FocusRequest {
  target: FocusTarget;
  /** Distinguishes two requests for the same target (Esc twice on the same row). */
  seq: number;
}

export function createNavigation() {
  const screen = signal<Screen>({ kind: 'list' });
  const focusRequest = signal<FocusRequest | null>(null);
  let seq = 0;

  function requestFocus(target: FocusTarget): void {
    focusRequest.value = { target, seq: ++seq };
  }

  function openPerson(key: RecordKey): void {
    screen.value = { kind: 'person', key };
    requestFocus({ kind: 'person' });
  }

  /** Esc from a person: the list again, with the focus on the row the rep left from. */
  function back(): void {
    const current = screen.peek();
    screen.value = { kind: 'list' };
    if (current.kind === 'person') requestFocus({ kind: 'row', key: current.key });
  }

  /** A person named by a gap: their row, in the list. */
  function showRow(key: RecordKey): void {
    screen.value = { kind: 'list' };
    requestFocus({ kind: 'row', key });
  }

  /** Where the focus returns when a form closes: the person's row, or the person's detail. */
  function returnFocus(key: RecordKey): void {
    requestFocus(screen.peek().kind === 'person' ? { kind: 'person' } : { kind: 'row', key });
  }

  function reset(): void {
    screen.value = { kind: 'list' };
    focusRequest.value = null;
  }

  return { screen, focusRequest, requestFocus, openPerson, back, showRow, returnFocus, reset };
}

export type Navigation = ReturnType<typeof createNavigation>;
