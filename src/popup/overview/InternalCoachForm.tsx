/**
 * The add form for an internal coach: a colleague from the rep's own company (framework principle
 * 5). Name is the only required field; whom they can reach is what makes them useful, so the
 * access choices sit in the same form. Invalid input is named next to its field and announced.
 */
import { useId, useState } from 'preact/hooks';
import type { InternalCoach } from '../../domain/network';
import type { DealView } from '../../domain/view-schema';
import { t } from '../../platform/i18n';
import { AccessFields } from './AccessFields';
import { emptyCoachForm, parseCoachForm, type CoachFormErrors, type CoachFormField, type CoachFormInput } from './internal-coach-form';

export interface InternalCoachFormProps {
  deal: DealView;
  onAdd(coach: InternalCoach): void;
}

// Literal keys (not a template) so the catalog meta-test sees each one.
const FIELD_LABELS = {
  name: () => t('overview_internal_field_name'),
  title: () => t('overview_internal_field_title'),
  email: () => t('overview_internal_field_email'),
};

export function InternalCoachForm({ deal, onAdd }: InternalCoachFormProps) {
  const id = useId();
  const [input, setInput] = useState<CoachFormInput>(emptyCoachForm);
  const [errors, setErrors] = useState<CoachFormErrors>({});
  const set = (field: 'name' | 'email' | 'title') => (event: Event) => {
    const text = (event.currentTarget as HTMLInputElement).value;
    setInput((current) => ({ ...current, [field]: text }));
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const result = parseCoachForm(input, deal.internalCoaches);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setInput(emptyCoachForm());
    onAdd(result.coach);
  };

  const field = (name: 'name' | 'email' | 'title', required = false) => {
    const error = errors[name];
    return (
      <div class="form__field">
        <label for={`${id}-${name}`}>
          {FIELD_LABELS[name]()}
          {required && <span aria-hidden="true"> *</span>}
        </label>
        <input
          id={`${id}-${name}`}
          name={name}
          // Text with an email keyboard hint, not type=email: the browser's own check would speak
          // before ours, in its own words (and noValidate turns it off anyway).
          type="text"
          inputMode={name === 'email' ? 'email' : undefined}
          autocomplete="off"
          value={input[name]}
          required={required}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-${name}-error` : undefined}
          onInput={set(name)}
        />
        {error && <FieldError id={`${id}-${name}-error`} field={name} text={error} />}
      </div>
    );
  };

  return (
    // noValidate: the browser's own bubbles speak the browser's words, not ours, and skip the zod rules.
    <form class="form internal-form" data-internal-form noValidate onSubmit={submit}>
      {Object.keys(errors).length > 0 && (
        <p class="form__alert" role="alert" data-form-alert>
          {t('overview_internal_error_summary')}
        </p>
      )}
      {field('name', true)}
      {field('title')}
      {field('email')}
      <AccessFields value={input.access} contacts={deal.contacts} onChange={(access) => setInput((current) => ({ ...current, access }))} />
      {errors.access && <FieldError id={`${id}-access-error`} field="access" text={errors.access} />}
      <button type="submit" class="button button--brand">
        {t('overview_internal_add')}
      </button>
    </form>
  );
}

function FieldError({ id, field, text }: { id: string; field: CoachFormField; text: string }) {
  return (
    <p class="form__error" id={id} data-field-error={field}>
      {text}
    </p>
  );
}
