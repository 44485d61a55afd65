/** The CRM role → buying-influence table, read-only, with what happens to every other role text. */
import { roleLabel } from '../../ui/role-label';
import { t } from '../../platform/i18n';
import type { RoleTableRow } from '../model';

const HINT_TEXT = {
  sponsor: () => t('options_hint_sponsor'),
  'coach-candidate': () => t('options_hint_coach_candidate'),
} as const;

function outcome({ role, hint }: Pick<RoleTableRow, 'role' | 'hint'>): string {
  if (role) return roleLabel(role);
  return hint ? HINT_TEXT[hint]() : t('options_outcome_none');
}

export function RoleTable({ rows }: { rows: readonly RoleTableRow[] }) {
  return (
    <section class="card" aria-labelledby="roles-title">
      <h2 id="roles-title">{t('options_roles_heading')}</h2>
      <p>{t('options_roles_intro')}</p>
      <table class="roles">
        <thead>
          <tr>
            <th scope="col">{t('options_roles_column_crm')}</th>
            <th scope="col">{t('options_roles_column_influence')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.role}|${row.hint}`} data-role={row.role ?? 'none'}>
              <td>{row.crmRoles.join(', ')}</td>
              <td>{outcome(row)}</td>
            </tr>
          ))}
          <tr data-role="none">
            <td>{t('options_roles_other')}</td>
            <td>{t('options_roles_other_outcome')}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
