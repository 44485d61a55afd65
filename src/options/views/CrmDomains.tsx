/**
 * The CRM addresses the rep added (on-premise Dynamics, a Salesforce org's own domain): each is
 * asked for as a browser permission on "Add", read like the CRM's own pages, and given back on
 * "Remove". Everything the rep reads here says what happened, in a live region.
 */
import { useState } from 'preact/hooks';
import type { CrmAddressProblem, CustomDomainCrm } from '../../domain/crm-domains';
import { t } from '../../platform/i18n';
import type { CrmDomainRow, CrmDomainsMessage, CrmDomainsModel } from '../crm-domains-model';
import { Field } from './Field';
import { RemoveButton } from './RemoveButton';

const CRM_NAMES: Record<CustomDomainCrm, () => string> = {
  salesforce: () => t('options_crm_salesforce'),
  dynamics: () => t('options_crm_dynamics'),
};

const PROBLEM_TEXT: Record<CrmAddressProblem, () => string> = {
  empty: () => t('options_domain_problem_empty'),
  'not-https': () => t('options_domain_problem_not_https'),
  'not-a-host': () => t('options_domain_problem_not_a_host'),
  'too-broad': () => t('options_domain_problem_too_broad'),
  'built-in': () => t('options_domain_problem_built_in'),
};

function messageText(message: CrmDomainsMessage): string {
  switch (message.kind) {
    case 'problem':
      return PROBLEM_TEXT[message.problem]();
    case 'denied':
      return t('options_domain_denied', message.host);
    case 'failed':
      return message.error;
    case 'added':
      return t('options_domain_added', message.host);
    case 'removed':
      return t('options_domain_removed', message.host);
  }
}

function DomainRow({ row, model }: { row: CrmDomainRow; model: CrmDomainsModel }) {
  return (
    <tr data-host={row.host}>
      <td>
        <code>{row.host}</code>
      </td>
      <td>{CRM_NAMES[row.crm]()}</td>
      <td>
        {row.granted ? (
          t('options_domain_active')
        ) : (
          <>
            {t('options_domain_revoked')}{' '}
            <button type="button" class="button" disabled={model.busy.value} onClick={() => void model.regrant(row)}>
              {t('options_domain_regrant')}
            </button>
          </>
        )}
      </td>
      <td>
        <RemoveButton what={row.host} disabled={model.busy.value} onRemove={() => void model.remove(row.host)} />
      </td>
    </tr>
  );
}

export function CrmDomains({ model }: { model: CrmDomainsModel }) {
  const [address, setAddress] = useState('');
  const [crm, setCrm] = useState<CustomDomainCrm>('dynamics');
  const message = model.message.value;
  const invalid = message?.kind === 'problem';
  const rows = model.rows.value;

  const submit = (event: Event) => {
    event.preventDefault();
    void model.add(address, crm).then((added) => {
      if (added) setAddress('');
    });
  };

  return (
    <section class="card" aria-labelledby="domains-title">
      <h2 id="domains-title">{t('options_domains_heading')}</h2>
      <p>{t('options_domains_intro')}</p>
      {rows.length === 0 ? (
        <p class="domains__empty">{t('options_domains_empty')}</p>
      ) : (
        <table class="domains">
          <thead>
            <tr>
              <th scope="col">{t('options_domains_column_address')}</th>
              <th scope="col">{t('options_domains_column_crm')}</th>
              <th scope="col">{t('options_domains_column_status')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('options_domains_column_actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <DomainRow key={row.host} row={row} model={model} />
            ))}
          </tbody>
        </table>
      )}
      <form class="domains__form" onSubmit={submit}>
        <Field
          id="domain-address"
          label={t('options_domain_address_label')}
          inputMode="url"
          placeholder="crm.example.com"
          value={address}
          invalid={invalid}
          describedBy="domain-message"
          onValue={setAddress}
        />
        <div class="form__field">
          <label for="domain-crm">{t('options_domain_crm_label')}</label>
          <select id="domain-crm" value={crm} onChange={(event) => setCrm(event.currentTarget.value as CustomDomainCrm)}>
            {(Object.keys(CRM_NAMES) as CustomDomainCrm[]).map((id) => (
              <option key={id} value={id}>
                {CRM_NAMES[id]()}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button button--brand" disabled={model.busy.value}>
          {t('options_domain_add')}
        </button>
      </form>
      <p id="domain-message" class={invalid || message?.kind === 'denied' || message?.kind === 'failed' ? 'form__error' : 'domains__status'} role="status">
        {message ? messageText(message) : ''}
      </p>
    </section>
  );
}
