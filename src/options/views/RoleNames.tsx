/**
 * The rep's own CRM role names (a company's custom picklist values, another language): each maps to
 * a buying influence, or to a sponsor / coach-candidate hint, over the default table.
 */
import { useState } from 'preact/hooks';
import type { RoleMapping } from '../../domain/roles';
import { t } from '../../platform/i18n';
import { roleLabel } from '../../ui/role-label';
import { displayRoleText } from '../model';
import type { SettingsModel } from '../settings-model';
import { SectionStatus, sectionMessage } from './SectionStatus';
import { Field } from './Field';
import { RemoveButton } from './RemoveButton';

/** Every outcome a role name can have, as one select value each. */
const OUTCOMES: Record<string, RoleMapping> = {
  economic: { role: 'economic', hint: null },
  user: { role: 'user', hint: null },
  technical: { role: 'technical', hint: null },
  sponsor: { role: null, hint: 'sponsor' },
  'coach-candidate': { role: null, hint: 'coach-candidate' },
  none: { role: null, hint: null },
};

function outcomeOf({ role, hint }: RoleMapping): string {
  return role ?? hint ?? 'none';
}

function outcomeText(value: string): string {
  if (value === 'economic' || value === 'user' || value === 'technical') return roleLabel(value);
  if (value === 'sponsor') return t('options_hint_sponsor');
  if (value === 'coach-candidate') return t('options_hint_coach_candidate');
  return t('options_outcome_none');
}

function OutcomeSelect({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
      {Object.keys(OUTCOMES).map((outcome) => (
        <option key={outcome} value={outcome}>
          {outcomeText(outcome)}
        </option>
      ))}
    </select>
  );
}

export function RoleNames({ model }: { model: SettingsModel }) {
  const names = Object.entries(model.settings.value?.roleTable ?? {});
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState('economic');
  const invalid = sectionMessage(model, 'roles')?.kind === 'invalid';
  const submit = (event: Event) => {
    event.preventDefault();
    void model.setRoleName(text, OUTCOMES[outcome]!).then((saved) => saved && setText(''));
  };
  return (
    <section class="card" aria-labelledby="role-names-title">
      <h2 id="role-names-title">{t('options_role_names_heading')}</h2>
      <p>{t('options_role_names_intro')}</p>
      {names.length > 0 && (
        <table class="domains">
          <thead>
            <tr>
              <th scope="col">{t('options_roles_column_crm')}</th>
              <th scope="col">{t('options_roles_column_influence')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('options_domains_column_actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {names.map(([key, mapping]) => (
              <tr key={key} data-role-name={key}>
                <td>{displayRoleText(key)}</td>
                <td>{outcomeText(outcomeOf(mapping))}</td>
                <td>
                  <RemoveButton what={displayRoleText(key)} disabled={model.busy.value} onRemove={() => void model.removeRoleName(key)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="domains__form" onSubmit={submit}>
        <Field
          id="role-name"
          label={t('options_role_names_label')}
          maxLength={200}
          value={text}
          invalid={invalid}
          describedBy="role-names-message"
          onValue={setText}
        />
        <div class="form__field">
          <label for="role-outcome">{t('options_roles_column_influence')}</label>
          <OutcomeSelect id="role-outcome" value={outcome} onChange={setOutcome} />
        </div>
        <button type="submit" class="button button--brand" disabled={model.busy.value || model.settings.value === null}>
          {t('options_domain_add')}
        </button>
      </form>
      <SectionStatus model={model} section="roles" id="role-names-message" />
    </section>
  );
}
