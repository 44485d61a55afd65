/** After how many days without contact a coach counts as stale (gap rule 12 reads it). */
import { useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import type { SettingsModel } from '../settings-model';
import { SectionStatus, sectionMessage } from './SectionStatus';
import { Field } from './Field';

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
        <Field
          id="stale-days"
          label={t('options_stale_label')}
          inputMode="numeric"
          maxLength={3}
          value={draft ?? (stored === undefined ? '' : String(stored))}
          invalid={invalid}
          describedBy="stale-message"
          onValue={setDraft}
        />
        <button type="submit" class="button button--brand" disabled={model.busy.value || stored === undefined}>
          {t('options_save')}
        </button>
      </form>
      <SectionStatus model={model} section="stale" id="stale-message" />
    </section>
  );
}
