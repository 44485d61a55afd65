/** One migration step (storage schema n → n+1), applied item by item to a whole storage snapshot. */
import type { DataItemKind } from './layout';

export type ItemMigration =
  /** Already in the step's target shape (or not its business): left exactly as stored. */
  | { kind: 'keep' }
  /** The value in the new shape, possibly under a new key (the old key is then removed). */
  | { kind: 'rewrite'; key: string; value: unknown }
  /** Neither the old shape nor the new one: set aside under a quarantine key, never dropped. */
  | { kind: 'unreadable'; reason: string };

export interface Migration {
  from: number;
  to: number;
  /** What the step changes, for the changelog and the tests' names. */
  summary: string;
  migrateItem(kind: DataItemKind, key: string, value: unknown): ItemMigration;
}
