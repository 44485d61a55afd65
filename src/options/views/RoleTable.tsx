/** The CRM role → buying-influence table, read-only, with what happens to every other role text. */
import { BUYING_INFLUENCE_LABELS } from '../../domain/roles';
import type { RoleTableRow } from '../model';

const HINT_TEXT = {
  sponsor: 'None — suggests marking the contact as a sponsor',
  'coach-candidate': 'None — suggests the contact as a coach candidate (the three criteria still decide)',
} as const;

function outcome({ role, hint }: Pick<RoleTableRow, 'role' | 'hint'>): string {
  if (role) return BUYING_INFLUENCE_LABELS[role];
  return hint ? HINT_TEXT[hint] : 'None';
}

export function RoleTable({ rows }: { rows: readonly RoleTableRow[] }) {
  return (
    <section class="card" aria-labelledby="roles-title">
      <h2 id="roles-title">CRM roles and buying influences</h2>
      <p>
        Each contact's role on the opportunity, as the CRM shows it, maps to a Strategic Selling buying influence.
        Matching ignores case.
      </p>
      <table class="roles">
        <thead>
          <tr>
            <th scope="col">CRM role</th>
            <th scope="col">Buying influence</th>
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
            <td>Any other role, or none (Influencer, Blocker, Other, custom values)</td>
            <td>None — the role text is still kept and shown</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
