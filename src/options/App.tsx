/** Wires the options model to its props-only views. */
import { t } from '../platform/i18n';
import type { OptionsModel } from './model';
import { DataNote } from './views/DataNote';
import { RoleTable } from './views/RoleTable';

export function App({ model }: { model: OptionsModel }) {
  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <RoleTable rows={model.roleRows.value} />
      <DataNote />
    </main>
  );
}
