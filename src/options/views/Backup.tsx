/**
 * Backup, restore and deletion. An import is checked first and shows what it will add, change and
 * remove; only "Import" writes. Deleting everything offers a backup first and asks once more.
 */
import { useState } from 'preact/hooks';
import type { ImportSummary } from '../../domain/backup/summary';
import { t } from '../../platform/i18n';
import type { BackupModel, ImportMode } from '../backup-model';

const OUTCOME_TEXT = {
  add: () => t('options_import_outcome_add'),
  change: () => t('options_import_outcome_change'),
  keep: () => t('options_import_outcome_keep'),
  remove: () => t('options_import_outcome_remove'),
} as const;

function Summary({ summary }: { summary: ImportSummary }) {
  const { deals, people } = summary.totals;
  return (
    <div class="import-summary" data-import-summary>
      <p>
        {t('options_import_totals', String(deals.add), String(deals.change), String(deals.remove), String(deals.keep))}{' '}
        {t('options_import_people', String(people.added), String(people.changed), String(people.removed))}
      </p>
      {summary.setAside > 0 && <p>{t('options_import_set_aside', String(summary.setAside))}</p>}
      {summary.deals.length > 0 && (
        <ul>
          {summary.deals.map((deal, index) => (
            <li key={index} data-outcome={deal.outcome}>
              <strong>{deal.name}</strong>: {OUTCOME_TEXT[deal.outcome]()}
              {deal.peopleAdded.length > 0 && ` — ${t('options_import_people_added', deal.peopleAdded.join(', '))}`}
              {deal.peopleChanged.length > 0 && ` — ${t('options_import_people_changed', deal.peopleChanged.join(', '))}`}
              {deal.peopleRemoved.length > 0 && ` — ${t('options_import_people_removed', deal.peopleRemoved.join(', '))}`}
            </li>
          ))}
        </ul>
      )}
      {summary.dealsNotListed > 0 && <p>{t('options_import_more', String(summary.dealsNotListed))}</p>}
    </div>
  );
}

function Status({ model }: { model: BackupModel }) {
  const state = model.state.value;
  switch (state.kind) {
    case 'idle':
    case 'busy':
      return null;
    case 'exported':
      return <p role="status">{t('options_export_done', state.names.join(', '))}</p>;
    case 'refused':
      return (
        <p role="alert" class="form__error" data-import-refused>
          {state.problem} {t('options_import_nothing_changed')}
        </p>
      );
    case 'planned':
      return (
        <div role="status">
          <p>{state.mode === 'replace' ? t('options_import_plan_replace') : t('options_import_plan_merge')}</p>
          <Summary summary={state.summary} />
          <button type="button" class="button button--brand" data-action="confirm-import" onClick={() => void model.confirmImport()}>
            {t('options_import_confirm')}
          </button>{' '}
          <button type="button" class="button" onClick={model.cancel}>
            {t('options_cancel')}
          </button>
        </div>
      );
    case 'imported':
      return (
        <div role="status" data-imported>
          <p>{t('options_import_done')}</p>
          <Summary summary={state.summary} />
        </div>
      );
    case 'confirm-delete':
      return (
        <div role="alertdialog" aria-labelledby="delete-question">
          <p id="delete-question">{t('options_delete_question')}</p>
          <button type="button" class="button" data-action="export-before-delete" onClick={() => void model.exportBeforeDelete()}>
            {state.exported ? t('options_delete_exported') : t('options_delete_export_first')}
          </button>{' '}
          <button type="button" class="button button--danger" data-action="confirm-delete" onClick={() => void model.confirmDelete()}>
            {t('options_delete_confirm')}
          </button>{' '}
          <button type="button" class="button" onClick={model.cancel}>
            {t('options_cancel')}
          </button>
        </div>
      );
    case 'deleted':
      return <p role="status">{t('options_delete_done')}</p>;
  }
}

export function Backup({ model }: { model: BackupModel }) {
  const [mode, setMode] = useState<ImportMode>('merge');
  const busy = model.state.value.kind === 'busy';
  const onFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void model.check(file, mode);
    // The same file can be chosen again after a fix or a cancel.
    input.value = '';
  };
  return (
    <section class="card" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('options_backup_heading')}</h2>
      <p>{t('options_backup_intro')}</p>
      <p>
        <button type="button" class="button button--brand" data-action="export-json" disabled={busy} onClick={() => void model.exportBackup('json')}>
          {t('options_export_json')}
        </button>{' '}
        <button type="button" class="button" data-action="export-csv" disabled={busy} onClick={() => void model.exportBackup('csv')}>
          {t('options_export_csv')}
        </button>
      </p>
      <fieldset class="import">
        <legend>{t('options_import_legend')}</legend>
        <label>
          <input type="radio" name="import-mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {t('options_import_merge')}
        </label>
        <label>
          <input type="radio" name="import-mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {t('options_import_replace')}
        </label>
        <div class="form__field">
          <label for="import-file">{t('options_import_file')}</label>
          <input id="import-file" type="file" accept=".json,application/json" disabled={busy} onChange={onFile} />
        </div>
      </fieldset>
      <p>
        <button type="button" class="button button--danger" data-action="delete-all" disabled={busy} onClick={model.askDelete}>
          {t('options_delete_all')}
        </button>
      </p>
      <Status model={model} />
    </section>
  );
}
