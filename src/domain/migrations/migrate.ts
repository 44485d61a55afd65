/**
 * Brings a whole storage snapshot to the current schema: every migration step from the store's
 * version on, then every data item checked against the current schemas. A value that can't be read
 * is moved to a quarantine key with its reason, never dropped. Running it again changes nothing.
 */
import {
  CURRENT_ITEM_SCHEMAS,
  dataItemKindOf,
  quarantineItemKey,
  SCHEMA_VERSION_KEY,
  STORAGE_SCHEMA_VERSION,
  storageVersionOf,
} from './layout';
import { firstIssue, inWords } from './reason';
import { MIGRATIONS } from './steps';
import { jsonEqual } from './json-equal';

export interface QuarantinedItem {
  /** The key the value was stored under. */
  key: string;
  /** Where it is kept now, untouched. */
  quarantineKey: string;
  reason: string;
}

export interface MigrationResult {
  /** The whole snapshot as it must be stored now. */
  items: Record<string, unknown>;
  /** Keys to write (new or changed values), in one `set` of the storage area. */
  changed: string[];
  /** Keys to remove after that write (items renamed or set aside). */
  removed: string[];
  quarantined: QuarantinedItem[];
  fromVersion: number;
  /**
   * The store was written by a newer build (the rep went back a version): nothing is touched, as
   * this build can't know what the newer schema means.
   */
  newerThanThisBuild: boolean;
}

export function migrateStorage(items: Readonly<Record<string, unknown>>, now: Date): MigrationResult {
  const fromVersion = storageVersionOf(items);
  if (fromVersion > STORAGE_SCHEMA_VERSION) {
    return { items: { ...items }, changed: [], removed: [], quarantined: [], fromVersion, newerThanThisBuild: true };
  }
  const next = new Map(Object.entries(items));
  const quarantined: QuarantinedItem[] = [];
  /** Items a step rewrote → the key they were stored under: what gets quarantined is the value as stored. */
  const originOf = new Map<string, string>();
  const setAside = (key: string, reason: string) => {
    const original = originOf.get(key) ?? key;
    const quarantineKey = quarantineItemKey(original, now);
    next.set(quarantineKey, items[original] ?? next.get(key));
    next.delete(key);
    originOf.delete(key);
    quarantined.push({ key: original, quarantineKey, reason });
  };

  for (const step of MIGRATIONS.filter((m) => m.from >= fromVersion)) {
    for (const [key, value] of [...next]) {
      const kind = dataItemKindOf(key);
      if (kind === null) continue;
      const outcome = step.migrateItem(kind, key, value);
      if (outcome.kind === 'unreadable') setAside(key, `schema ${step.from} → ${step.to}: ${outcome.reason}`);
      if (outcome.kind !== 'rewrite') continue;
      if (outcome.key !== key && next.has(outcome.key)) {
        // Both shapes of one item (a half-finished earlier run, a restored copy): keep both.
        setAside(key, `schema ${step.from} → ${step.to}: ${outcome.key} already exists`);
        continue;
      }
      const origin = originOf.get(key) ?? key;
      next.delete(key);
      originOf.delete(key);
      next.set(outcome.key, outcome.value);
      originOf.set(outcome.key, origin);
    }
  }

  for (const [key, value] of [...next]) {
    const kind = dataItemKindOf(key);
    if (kind === null) continue;
    const parsed = CURRENT_ITEM_SCHEMAS[kind].safeParse(value, inWords);
    if (!parsed.success) setAside(key, `schema ${STORAGE_SCHEMA_VERSION}: ${firstIssue(parsed.error)}`);
    // A rewritten item is stored complete, with the current schema's defaults filled in.
    else if (originOf.has(key)) next.set(key, parsed.data);
  }
  next.set(SCHEMA_VERSION_KEY, STORAGE_SCHEMA_VERSION);

  const result = Object.fromEntries(next);
  return {
    items: result,
    changed: [...next.keys()].filter((key) => !(key in items) || !jsonEqual(items[key], result[key])),
    removed: Object.keys(items).filter((key) => !next.has(key)),
    quarantined,
    fromVersion,
    newerThanThisBuild: false,
  };
}
