/** Wires the options models to their props-only views. */
import { t } from '../platform/i18n';
import type { BackupModel } from './backup-model';
import type { CrmDomainsModel } from './crm-domains-model';
import type { OptionsModel } from './model';
import type { SettingsModel } from './settings-model';
import { Backup } from './views/Backup';
import { CrmDomains } from './views/CrmDomains';
import { DataNote } from './views/DataNote';
import { OwnDomains } from './views/OwnDomains';
import { RoleNames } from './views/RoleNames';
import { RoleTable } from './views/RoleTable';
import { StaleDays } from './views/StaleDays';

export interface OptionsModels {
  model: OptionsModel;
  settings: SettingsModel;
  crmDomains: CrmDomainsModel;
  backup: BackupModel;
}

export function App({ model, settings, crmDomains, backup }: OptionsModels) {
  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <OwnDomains model={settings} />
      <StaleDays model={settings} />
      <CrmDomains model={crmDomains} />
      <RoleNames model={settings} />
      <RoleTable rows={model.roleRows.value} />
      <Backup model={backup} />
      <DataNote />
    </main>
  );
}
