/**
 * The options page's state. For now only the CRM-role table, read-only (editing it is a later
 * issue); it is a signal already so the editable version changes the model, not the views.
 */
import { computed, signal } from '@preact/signals';
import { DEFAULT_ROLE_TABLE, type BuyingInfluenceRole, type RoleHint, type RoleMapping } from '../domain/roles';

/** One line of the table as the rep reads it: every CRM role text that leads to the same outcome. */
export interface RoleTableRow {
  role: BuyingInfluenceRole | null;
  hint: RoleHint | null;
  crmRoles: string[];
}

export type OptionsModel = ReturnType<typeof createOptionsModel>;

export function createOptionsModel(table: ReadonlyMap<string, RoleMapping> = DEFAULT_ROLE_TABLE) {
  const roleTable = signal(table);
  const roleRows = computed(() => groupByOutcome(roleTable.value));
  return { roleTable, roleRows };
}

/** Groups role texts by (role, hint), keeping the table's order of first appearance. */
export function groupByOutcome(table: ReadonlyMap<string, RoleMapping>): RoleTableRow[] {
  const rows = new Map<string, RoleTableRow>();
  for (const [text, { role, hint }] of table) {
    const id = `${role ?? ''}|${hint ?? ''}`;
    const row = rows.get(id) ?? { role, hint, crmRoles: [] };
    row.crmRoles.push(displayRoleText(text));
    rows.set(id, row);
  }
  return [...rows.values()];
}

/**
 * The table stores normalized lowercase keys (matching is case-insensitive); show them the way
 * CRMs spell them: "legal and compliance" → "Legal and Compliance".
 */
export function displayRoleText(normalized: string): string {
  return normalized
    .split(' ')
    .map((word, index) => (index > 0 && LOWERCASE_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

const LOWERCASE_WORDS = new Set(['and', 'of', 'or', 'the']);
