/**
 * Logging guidance a person gave (framework step 3): what they said, the topic, whether it was
 * specific to this sale or generic, when, and who else confirmed it. The text comes first so
 * `i`, typing and Enter log a note; the rest has defaults (today, specific). The question bank
 * for the chosen topic is offered under the topic: a click puts the question before the answer.
 */
import { INTELLIGENCE_TOPICS } from '../../../domain/entries';
import type { RecordKey } from '../../../domain/records';
import { t } from '../../../platform/i18n';
import { topicLabel } from '../../detail-labels';
import { TEXT_MAX, type IntelligenceDraft } from '../../model/drafts';
import type { PersonRef } from '../../model/person';
import type { Suggestion } from '../../questions';
import { FieldMessage, FormShell, type PersonFormProps, invalidProps, SUBMITS_ON_ENTER } from './FormShell';

export interface IntelligenceFormProps extends PersonFormProps<IntelligenceDraft> {
  /** The latest date the rep may pick (today). */
  today: string;
  /** Everyone else on the deal, who may corroborate. */
  others: readonly PersonRef[];
  suggestions: readonly Suggestion[];
  onUseQuestion: (text: string) => void;
}

const MAX = TEXT_MAX.intelligence;

export function IntelligenceForm(props: IntelligenceFormProps) {
  const { draft, errors, others, suggestions, onChange } = props;
  return (
    <FormShell kind="intelligence" title={t('popup_intel_title', props.personName)} failure={props.failure} saving={props.saving} onSubmit={props.onSubmit} onCancel={props.onCancel}>
      <div class="field">
        <label for="intel-text">{t('popup_intel_text')}</label>
        <textarea id="intel-text" name="text" rows={3} maxLength={MAX} value={draft.text} aria-required="true" {...SUBMITS_ON_ENTER} {...invalidProps('intel-text', errors.text)} onInput={(e) => onChange({ text: e.currentTarget.value })} />
        <FieldMessage fieldId="intel-text" error={errors.text} max={MAX} />
      </div>
      <div class="field">
        <label for="intel-topic">{t('popup_intel_topic')}</label>
        <select id="intel-topic" name="topic" value={draft.topic} onChange={(e) => onChange({ topic: INTELLIGENCE_TOPICS.find((x) => x === e.currentTarget.value) ?? draft.topic })}>
          {INTELLIGENCE_TOPICS.map((topic) => (
            <option key={topic} value={topic}>
              {topicLabel(topic)}
            </option>
          ))}
        </select>
      </div>
      {suggestions.length > 0 && (
        <div class="suggestions">
          <p class="suggestions__title" id="intel-questions">
            {t('popup_intel_questions', topicLabel(draft.topic))}
          </p>
          <ul class="suggestions__list" aria-labelledby="intel-questions">
            {suggestions.map((s) => (
              <li key={s.id}>
                <button type="button" class="suggestion" data-question-id={s.id} onClick={() => props.onUseQuestion(s.text)}>
                  {s.text}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset class="field field--choice">
        <legend>{t('popup_intel_kind')}</legend>
        <label class="choice">
          <input type="radio" name="specific" value="specific" checked={draft.specific} onChange={() => onChange({ specific: true })} />
          {t('popup_intel_specific')}
        </label>
        <label class="choice">
          <input type="radio" name="specific" value="generic" checked={!draft.specific} onChange={() => onChange({ specific: false })} />
          {t('popup_intel_generic')}
        </label>
      </fieldset>
      <div class="field">
        <label for="intel-date">{t('popup_form_date')}</label>
        <input id="intel-date" name="date" type="date" max={props.today} value={draft.date} aria-required="true" {...invalidProps('intel-date', errors.date)} onInput={(e) => onChange({ date: e.currentTarget.value })} />
        <FieldMessage fieldId="intel-date" error={errors.date} max={MAX} />
      </div>
      {others.length > 0 && (
        <div class="field">
          <label for="intel-corroborated">{t('popup_intel_corroborated')}</label>
          <select
            id="intel-corroborated"
            name="corroboratedBy"
            multiple
            size={Math.min(others.length, 4)}
            aria-describedby="intel-corroborated-help"
            onChange={(e) => onChange({ corroboratedBy: [...e.currentTarget.selectedOptions].map((o) => o.value as RecordKey) })}
          >
            {others.map((p) => (
              <option key={p.key} value={p.key} selected={draft.corroboratedBy.includes(p.key)}>
                {p.name}
              </option>
            ))}
          </select>
          <p class="field__help" id="intel-corroborated-help">
            {t('popup_intel_corroborated_help')}
          </p>
        </div>
      )}
    </FormShell>
  );
}
