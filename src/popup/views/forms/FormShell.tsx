/**
 * What every popup form shares: its `data-form` marker, Enter in a text field to save (Shift+Enter
 * for a new line), the background's reason when it refused, Save and Cancel. Validation is the
 * model's (noValidate): the browser's own bubbles would speak another language than the popup.
 */
import type { DraftPatch } from '../../model/forms';
import type { ComponentChildren } from 'preact';
import { t } from '../../../platform/i18n';
import type { FieldError, FieldErrors, FormKind } from '../../model/drafts';

/** What every person form gets: its draft, its field errors, the save state and the three actions. */
export interface PersonFormProps<Draft> {
  personName: string;
  draft: Draft;
  errors: FieldErrors;
  failure: string | null;
  saving: boolean;
  onChange: (patch: DraftPatch) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

export interface FormShellProps {
  kind: FormKind;
  title: string;
  failure: string | null;
  saving: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ComponentChildren;
}

/** Marks a text field whose Enter saves the form. */
export const SUBMITS_ON_ENTER = { 'data-enter-submits': '' } as const;

export function FormShell({ kind, title, failure, saving, onSubmit, onCancel, children }: FormShellProps) {
  const titleId = `form-title-${kind}`;
  const onKeyDown = (event: KeyboardEvent) => {
    const field = event.target;
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    if (field instanceof HTMLElement && field.hasAttribute('data-enter-submits')) {
      event.preventDefault(); // no new line, and no second (implicit) submission
      onSubmit();
    }
  };
  return (
    <form
      class="entry-form"
      data-form={kind}
      aria-labelledby={titleId}
      aria-busy={saving}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <p class="entry-form__title" id={titleId}>
        {title}
      </p>
      {children}
      {failure && (
        <p class="entry-form__failure" role="alert">
          {t('popup_form_refused', failure)}
        </p>
      )}
      <div class="entry-form__buttons">
        <button type="submit" class="button button--brand" disabled={saving}>
          {saving ? t('popup_form_saving') : t('popup_form_save')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('popup_form_cancel')} <kbd aria-hidden="true">{t('popup_key_esc')}</kbd>
        </button>
      </div>
    </form>
  );
}

export function errorText(error: FieldError, max: number): string {
  switch (error) {
    case 'date-required':
      return t('popup_error_date_required');
    case 'date-invalid':
      return t('popup_error_date_invalid');
    case 'date-future':
      return t('popup_error_date_future');
    case 'text-required':
      return t('popup_error_text_required');
    case 'too-long':
      return t('popup_error_too_long', max);
  }
}

/** The message under a field, tied to it with aria-describedby (`${fieldId}-error`). */
export function FieldMessage({ fieldId, error, max }: { fieldId: string; error: FieldError | undefined; max: number }) {
  if (!error) return null;
  return (
    <p class="field__error" id={`${fieldId}-error`}>
      {errorText(error, max)}
    </p>
  );
}

/** The attributes that mark a field invalid and point at its message. */
export function invalidProps(fieldId: string, error: FieldError | undefined) {
  return error ? { 'aria-invalid': true, 'aria-describedby': `${fieldId}-error` } : {};
}
