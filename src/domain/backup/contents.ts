/**
 * What the store holds, read: the deals, the remembered assessments, the settings and the set-aside
 * values, each validated. The backup is this in a file; an import computes the next one.
 */
import { assessmentRecordSchema, type AssessmentRecord } from '../hints';
import {
  dataItemKindOf,
  dealItemKey,
  personItemKey,
  PERSON_PREFIX,
  QUARANTINE_PREFIX,
  SCHEMA_VERSION_KEY,
  SETTINGS_KEY,
  STORAGE_SCHEMA_VERSION,
} from '../migrations/layout';
import { dealSchema, type Deal } from '../network';
import type { PersonKey, RecordKey } from '../records';
import { settingsSchema, type Settings } from '../settings';
import type { Backup } from './schema';

export interface StoreContents {
  /** By the deal's own key (`opportunity.key`). */
  deals: Map<RecordKey, Deal>;
  assessments: Map<PersonKey, AssessmentRecord>;
  /** Null while the rep never saved settings. */
  settings: Settings | null;
  /** Quarantine key → the value as it was set aside. */
  quarantine: Map<string, unknown>;
}

export interface ReadStore {
  contents: StoreContents;
  /** Data items that fail their schema (the store sets these aside when it next reads them). */
  unreadable: Map<string, unknown>;
}

export function readContents(items: Readonly<Record<string, unknown>>): ReadStore {
  const contents: StoreContents = { deals: new Map(), assessments: new Map(), settings: null, quarantine: new Map() };
  const unreadable = new Map<string, unknown>();
  for (const [key, value] of Object.entries(items)) {
    if (key.startsWith(QUARANTINE_PREFIX)) contents.quarantine.set(key, value);
    const kind = dataItemKindOf(key);
    if (kind === 'deal') {
      const deal = dealSchema.safeParse(value);
      // Two items holding one deal can only come from a broken writer: the second is not read.
      if (deal.success && !contents.deals.has(deal.data.opportunity.key)) contents.deals.set(deal.data.opportunity.key, deal.data);
      else unreadable.set(key, value);
    } else if (kind === 'person') {
      const record = assessmentRecordSchema.safeParse(value);
      if (record.success) contents.assessments.set(key.slice(PERSON_PREFIX.length), record.data);
      else unreadable.set(key, value);
    } else if (kind === 'settings') {
      const settings = settingsSchema.safeParse(value);
      if (settings.success) contents.settings = settings.data;
      else unreadable.set(key, value);
    }
  }
  return { contents, unreadable };
}

export function contentsOfBackup(backup: Backup): StoreContents {
  return {
    deals: new Map(backup.deals.map((deal) => [deal.opportunity.key, deal])),
    assessments: new Map(Object.entries(backup.assessments)),
    settings: backup.settings,
    quarantine: new Map(Object.entries(backup.quarantine)),
  };
}

/** The storage items that hold `contents`, with the schema version they are in. */
export function itemsOfContents(contents: StoreContents): Record<string, unknown> {
  const items: Record<string, unknown> = { [SCHEMA_VERSION_KEY]: STORAGE_SCHEMA_VERSION };
  for (const [key, deal] of contents.deals) items[dealItemKey(key)] = deal;
  for (const [key, record] of contents.assessments) items[personItemKey(key)] = record;
  if (contents.settings !== null) items[SETTINGS_KEY] = contents.settings;
  for (const [key, value] of contents.quarantine) items[key] = value;
  return items;
}
