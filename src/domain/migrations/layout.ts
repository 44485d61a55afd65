/**
 * The layout of the extension's local storage area as data (docs/deal-format.md §Versions and
 * migrations): which key holds what, and which storage schema version the whole store is at. Pure,
 * so the migrations, the backup and the background all name keys one way.
 */
import * as z from 'zod/mini';
import { assessmentRecordSchema } from '../hints';
import { dealSchema } from '../network';
import { settingsSchema } from '../settings';

/** The storage schema this build reads and writes; bumped together with a new migration step. */
export const STORAGE_SCHEMA_VERSION = 1;
export const SCHEMA_VERSION_KEY = 'schemaVersion';
export const SETTINGS_KEY = 'settings';
export const DEAL_PREFIX = 'deal:';
export const PERSON_PREFIX = 'person:';
export const QUARANTINE_PREFIX = 'quarantine:';

export const dealItemKey = (dealKey: string) => `${DEAL_PREFIX}${dealKey}`;
export const personItemKey = (personKey: string) => `${PERSON_PREFIX}${personKey}`;
/** Where an unreadable value is kept aside, untouched: its own key and the moment it was set aside. */
export const quarantineItemKey = (storageKey: string, now: Date) => `${QUARANTINE_PREFIX}${storageKey}:${now.toISOString()}`;

/** The items whose shape the schema version describes; everything else is left as it is. */
export type DataItemKind = 'deal' | 'person' | 'settings';

export function dataItemKindOf(storageKey: string): DataItemKind | null {
  if (storageKey === SETTINGS_KEY) return 'settings';
  if (storageKey.startsWith(DEAL_PREFIX)) return 'deal';
  if (storageKey.startsWith(PERSON_PREFIX)) return 'person';
  return null;
}

/** The current schema of each kind of data item. */
export const CURRENT_ITEM_SCHEMAS: Readonly<Record<DataItemKind, z.ZodMiniType>> = {
  deal: dealSchema,
  person: assessmentRecordSchema,
  settings: settingsSchema,
};

/**
 * The store's schema version. Format 0 (pre-release) wrote no version key, so a store without one
 * is read as 0; its migration recognises each item's shape and keeps what is already current.
 */
export function storageVersionOf(items: Readonly<Record<string, unknown>>): number {
  const version = items[SCHEMA_VERSION_KEY];
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}
