/** After how many days without contact a coach counts as stale (gap rule 12 reads it). */
import { useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import { STALE_DAYS_RANGE, type SettingsModel } from '../settings-model';
import { SectionStatus, sectionMessage } from './SectionStatus';

export function StaleDays({ model }: { model: SettingsModel }) {
  const stored = model.settings.value?.staleCoachDays;
  const [draft, setDraft] = useState<string | null>(null);
  const invalid = sectionMessage(model, 'stale')?.kind === 'invalid';
  const submit = (event: Event) => {
    event.preventDefault();
    void model.setStaleDays(draft ?? String(stored ?? '')).then((saved) => saved && setDraft(null));
  };
  return (
    <section class="card" aria-labelledby="stale-title">
      <h2 id="stale-title">{t('options_stale_heading')}</h2>
      <p>{t('options_stale_intro')}</p>
      <form class="domains__form" onSubmit={submit}>
        <div class="form__field">
          <label for="stale-days">{t('options_stale_label')}</label>
          <input
            id="stale-days"
            type="number"
            min={STALE_DAYS_RANGE.min}
            max={STALE_DAYS_RANGE.max}
            step={1}
            value={draft ?? (stored === undefined ? '' : String(stored))}
            aria-invalid={invalid}
            aria-describedby="stale-message"
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button button--brand" disabled={model.busy.value || stored === undefined}>
          {t('options_save')}
        </button>
      </form>
      <SectionStatus model={model} section="stale" id="stale-message" />
    </section>
  );
}
