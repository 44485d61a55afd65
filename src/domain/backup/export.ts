/**
 * Export: everything the store holds as one versioned JSON backup (docs/deal-format.md §Backup
 * file). Nothing is left out: a value the store can't read goes into the file's set-aside part,
 * so deleting all data after an export loses nothing.
 */
import { migrateStorage } from '../migrations/migrate';
import { quarantineItemKey, STORAGE_SCHEMA_VERSION } from '../migrations/layout';
import { readContents } from './contents';
import { BACKUP_FORMAT, BACKUP_KIND, type Backup } from './schema';

const byKey = <T>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);

export function exportBackup(items: Readonly<Record<string, unknown>>, now: Date, extensionVersion: string): Backup {
  // The store is normally current already (migrations run on install and update); this makes the
  // file's storageSchema true even if it is not.
  const { contents, unreadable } = readContents(migrateStorage(items, now).items);
  const quarantine = new Map(contents.quarantine);
  for (const [key, value] of unreadable) quarantine.set(quarantineItemKey(key, now), value);
  return {
    kind: BACKUP_KIND,
    backupFormat: BACKUP_FORMAT,
    exportedAt: now.toISOString(),
    extensionVersion,
    storageSchema: STORAGE_SCHEMA_VERSION,
    deals: [...contents.deals].sort(byKey).map(([, deal]) => deal),
    assessments: Object.fromEntries([...contents.assessments].sort(byKey)),
    settings: contents.settings,
    quarantine: Object.fromEntries([...quarantine].sort(byKey)),
  };
}

/** The file as saved: readable (one field per line) and ending with a newline. */
export function backupText(backup: Backup): string {
  return `${JSON.stringify(backup, null, 1)}\n`;
}

/** `coach-network-2026-12-01.json` / `.csv`: the day of the export, sortable in a folder. */
export function exportFileName(now: Date, extension: 'json' | 'csv'): string {
  return `coach-network-${now.toISOString().slice(0, 10)}.${extension}`;
}
