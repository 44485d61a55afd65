/** Wires the options models to their props-only views. */
import { t } from '../platform/i18n';
import type { CrmDomainsModel } from './crm-domains-model';
import type { OptionsModel } from './model';
import { CrmDomains } from './views/CrmDomains';
import { DataNote } from './views/DataNote';
import { RoleTable } from './views/RoleTable';

export function App({ model, crmDomains }: { model: OptionsModel; crmDomains: CrmDomainsModel }) {
  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <CrmDomains model={crmDomains} />
      <RoleTable rows={model.roleRows.value} />
      <DataNote />
    </main>
  );
}
