/**
 * The popup's forms as data: what each draft holds, how it starts, and what it becomes when the
 * rep submits it (a `deal/edit` action or a `criterion/set` with evidence) — or which fields are
 * wrong. Pure, so the rules are tested without rendering anything.
 *
 * Rules decided here (the background checks shapes, not sense):
 * - a date is required, a real calendar day, and not after today: intelligence is received and
 *   value is given, neither in the future, and a future date would hide a missing reciprocity;
 * - intelligence needs its text (what the person said is the intelligence); a value given may be
 *   described by its kind alone ("peer introduction"); evidence and wins may be emptied to clear them.
 */
import type { Criterion } from '../../domain/criteria';
import type { EditAction } from '../../domain/actions';
import type { IntelligenceTopic } from '../../domain/network';
import type { RecordKey } from '../../domain/records';
import type { ValueKind } from '../detail-labels';
import { isCalendarDate } from './dates';

export interface IntelligenceDraft {
  kind: 'intelligence';
  topic: IntelligenceTopic;
  /** Specific guidance helps navigate this sale; generic could be told to any vendor. */
  specific: boolean;
  date: string;
  text: string;
  corroboratedBy: RecordKey[];
}

export interface ValueDraft {
  kind: 'value';
  valueKind: ValueKind;
  date: string;
  text: string;
}

export interface EvidenceDraft {
  kind: 'evidence';
  criterion: Criterion;
  text: string;
}

export interface WinDraft {
  kind: 'win';
  personalWin: string;
  organizationResult: string;
}

export type Draft = IntelligenceDraft | ValueDraft | EvidenceDraft | WinDraft;
export type FormKind = Draft['kind'];

/** Bounds of the stored shapes (domain/network.ts, domain/actions.ts). */
export const TEXT_MAX: Record<FormKind, number> = { intelligence: 4000, value: 4000, evidence: 2000, win: 2000 };

export type FieldName = 'date' | 'text' | 'personalWin' | 'organizationResult';
export type FieldError = 'date-required' | 'date-invalid' | 'date-future' | 'text-required' | 'too-long';
export type FieldErrors = Partial<Record<FieldName, FieldError>>;

export type Submission = { kind: 'edit'; action: EditAction } | { kind: 'criterion'; criterion: Criterion; evidence: string };

export type Validation = { ok: true; submission: Submission } | { ok: false; errors: FieldErrors };

function dateError(date: string, today: string): FieldError | null {
  if (date.trim() === '') return 'date-required';
  if (!isCalendarDate(date)) return 'date-invalid';
  // Both are YYYY-MM-DD, so text order is date order.
  return date > today ? 'date-future' : null;
}

function textError(text: string, max: number, required: boolean): FieldError | null {
  if (required && text.trim() === '') return 'text-required';
  return text.trim().length > max ? 'too-long' : null;
}

function collect(entries: Array<[FieldName, FieldError | null]>): FieldErrors {
  return Object.fromEntries(entries.filter(([, error]) => error !== null));
}

/** Checks a draft; on success, the one request that saves it for `person`. */
export function validateDraft(draft: Draft, person: RecordKey, today: string, newId: () => string): Validation {
  const max = TEXT_MAX[draft.kind];
  switch (draft.kind) {
    case 'intelligence': {
      const errors = collect([
        ['date', dateError(draft.date, today)],
        ['text', textError(draft.text, max, true)],
      ]);
      if (Object.keys(errors).length > 0) return { ok: false, errors };
      const corroboratedBy = [...new Set(draft.corroboratedBy)].filter((key) => key !== person);
      const entry = { id: newId(), source: person, date: draft.date, topic: draft.topic, specific: draft.specific, text: draft.text.trim(), corroboratedBy };
      return { ok: true, submission: { kind: 'edit', action: { type: 'add-intelligence', entry } } };
    }
    case 'value': {
      const errors = collect([
        ['date', dateError(draft.date, today)],
        ['text', textError(draft.text, max, false)],
      ]);
      if (Object.keys(errors).length > 0) return { ok: false, errors };
      const entry = { id: newId(), to: person, date: draft.date, kind: draft.valueKind, text: draft.text.trim() };
      return { ok: true, submission: { kind: 'edit', action: { type: 'add-value', entry } } };
    }
    case 'evidence': {
      const errors = collect([['text', textError(draft.text, max, false)]]);
      if (Object.keys(errors).length > 0) return { ok: false, errors };
      return { ok: true, submission: { kind: 'criterion', criterion: draft.criterion, evidence: draft.text.trim() } };
    }
    case 'win': {
      const errors = collect([
        ['personalWin', textError(draft.personalWin, max, false)],
        ['organizationResult', textError(draft.organizationResult, max, false)],
      ]);
      if (Object.keys(errors).length > 0) return { ok: false, errors };
      const action: EditAction = { type: 'set-win', contact: person, personalWin: draft.personalWin.trim(), organizationResult: draft.organizationResult.trim() };
      return { ok: true, submission: { kind: 'edit', action } };
    }
  }
}
