/**
 * Brings stored data to the current schema on install and update, in the storage queue: one `set`
 * of every new or changed item, then one `remove` of items renamed or set aside. Values a step
 * can't read go to quarantine (the migration keeps them raw) and the popup says so.
 */
import { migrateStorage } from '../domain/migrations/migrate';
import { browser } from '../platform/browser';
import { enqueue } from './store';

export function migrateStoredData(now = new Date()): Promise<void> {
  return enqueue(async () => {
    const result = migrateStorage(await browser.storage.local.get(null), now);
    if (result.newerThanThisBuild) {
      console.warn(`Coach Network: stored data is from a newer version (schema ${result.fromVersion}); left untouched`);
      return;
    }
    if (result.changed.length > 0) await browser.storage.local.set(Object.fromEntries(result.changed.map((key) => [key, result.items[key]])));
    if (result.removed.length > 0) await browser.storage.local.remove(result.removed);
    for (const item of result.quarantined) console.warn(`Coach Network: stored item ${item.key} was set aside: ${item.reason}`);
  });
}
