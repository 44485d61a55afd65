/**
 * Logging something we gave a person first (framework step 2: help them win before asking). The
 * text comes first so `v`, typing and Enter log it; kind and date have defaults.
 */
import { VALUE_KINDS } from '../../../domain/entries';
import { t } from '../../../platform/i18n';
import { valueKindLabel } from '../../detail-labels';
import { TEXT_MAX, type ValueDraft } from '../../model/drafts';
import { FieldMessage, FormShell, type PersonFormProps, invalidProps, SUBMITS_ON_ENTER } from './FormShell';

export interface ValueFormProps extends PersonFormProps<ValueDraft> {
  today: string;
}

const MAX = TEXT_MAX.value;

export function ValueForm({ personName, draft, errors, failure, saving, today, onChange, onSubmit, onCancel }: ValueFormProps) {
  return (
    <FormShell kind="value" title={t('popup_value_title', personName)} failure={failure} saving={saving} onSubmit={onSubmit} onCancel={onCancel}>
      <div class="field">
        <label for="value-text">{t('popup_value_text')}</label>
        <textarea id="value-text" name="text" rows={2} maxLength={MAX} value={draft.text} {...SUBMITS_ON_ENTER} {...invalidProps('value-text', errors.text)} onInput={(e) => onChange({ text: e.currentTarget.value })} />
        <FieldMessage fieldId="value-text" error={errors.text} max={MAX} />
      </div>
      <div class="field">
        <label for="value-kind">{t('popup_value_kind')}</label>
        <select id="value-kind" name="kind" value={draft.valueKind} onChange={(e) => onChange({ valueKind: VALUE_KINDS.find((k) => k === e.currentTarget.value) ?? draft.valueKind })}>
          {VALUE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {valueKindLabel(kind)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="value-date">{t('popup_form_date')}</label>
        <input id="value-date" name="date" type="date" max={today} value={draft.date} aria-required="true" {...invalidProps('value-date', errors.date)} onInput={(e) => onChange({ date: e.currentTarget.value })} />
        <FieldMessage fieldId="value-date" error={errors.date} max={MAX} />
      </div>
    </FormShell>
  );
}
