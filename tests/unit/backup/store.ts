/** Test helpers: a store snapshot after a write, and the fixture store as a backup. */
import type { StorageWrite } from '../../../src/domain/backup/plan';
import { CURRENT_ITEM_SCHEMAS, dataItemKindOf } from '../../../src/domain/migrations/layout';

/** What `storage.local` holds after `set(write.set)` then `remove(write.remove)`. */
export function afterWrite(items: Readonly<Record<string, unknown>>, write: StorageWrite): Record<string, unknown> {
  const next: Record<string, unknown> = { ...items, ...write.set };
  for (const key of write.remove) delete next[key];
  // Storage keeps values by structured clone: the written objects must not be shared with the plan.
  return structuredClone(next);
}

/** A store as the current schemas read it: fields added since it was written hold their defaults. */
export function asRead(items: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(items).map(([key, value]) => {
      const kind = dataItemKindOf(key);
      return [key, kind === null ? value : CURRENT_ITEM_SCHEMAS[kind].parse(value)];
    }),
  );
}
