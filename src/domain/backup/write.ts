/**
 * An import's one write as the options page hands it to the background (the one writer): made
 * there (plan.ts `applyImport`) against `basis`, the store as the background last gave it, and
 * written only onto that same store. If anything an import reads changed meanwhile (a tag made in
 * another tab), nothing is written: the background answers with the store as it is now, and the
 * options page plans again against it, so the tag is merged, not lost. This keeps the merge code
 * out of the service worker, which bundles everything it may ever run (it can't load code on
 * demand), while the check and the write still happen at once, inside its storage queue.
 *
 * The write is checked at the message boundary item by item: each value exactly as the store holds
 * it under its key (its current schema, nothing stripped or missing), or a set-aside value kept as
 * it was; only items an import may touch. (No issue messages: a refused message is answered with
 * one error for all, router.ts.)
 */
import * as z from 'zod/mini';
import { jsonEqual } from '../migrations/json-equal';
import {
  CURRENT_ITEM_SCHEMAS,
  dataItemKindOf,
  dealItemKey,
  PERSON_PREFIX,
  QUARANTINE_PREFIX,
  SCHEMA_VERSION_KEY,
  STORAGE_SCHEMA_VERSION,
} from '../migrations/layout';
import type { Deal } from '../network';
import { personKeySchema } from '../records';

/** The items a replacing import removes when the file does not hold them: data items and set-aside values. */
export function isReplaceable(key: string): boolean {
  return dataItemKindOf(key) !== null || key.startsWith(QUARANTINE_PREFIX);
}

/** The items an import reads and writes: those, and the schema version. */
export function isImportItem(key: string): boolean {
  return key === SCHEMA_VERSION_KEY || isReplaceable(key);
}

/** The part of the store an import is planned against (everything else it neither reads nor writes). */
export function importItemsOf(items: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(items).filter(([key]) => isImportItem(key)));
}

/** Whether the store still holds exactly what a write was planned against. */
export function holdsBasis(current: Readonly<Record<string, unknown>>, basis: Readonly<Record<string, unknown>>): boolean {
  return jsonEqual(importItemsOf(current), basis);
}

/** Whether an import may write `value` under `key`: an item it writes, holding what the store can hold there. */
function isStorable(key: string, value: unknown): boolean {
  if (key === SCHEMA_VERSION_KEY) return value === STORAGE_SCHEMA_VERSION;
  // A value set aside is kept exactly as it was, readable or not.
  if (key.startsWith(QUARANTINE_PREFIX)) return true;
  const kind = dataItemKindOf(key);
  if (kind === null) return false;
  const read = CURRENT_ITEM_SCHEMAS[kind].safeParse(value);
  if (!read.success || !jsonEqual(read.data, value)) return false;
  if (kind === 'deal') return key === dealItemKey((read.data as Deal).opportunity.key);
  return kind !== 'person' || personKeySchema.safeParse(key.slice(PERSON_PREFIX.length)).success;
}

/** The storage key of an item (bounded: it names an item, nothing more). */
const itemKey = () => z.string().check(z.maxLength(400));

/**
 * Built in a function marked pure: only the background parses it, and the pages that import the
 * protocol need not carry it (a bundler can't tell on its own that building it has no effect).
 */
export const importWriteSchema = /* @__PURE__ */ (() =>
  z.object({
    /** The store the write was planned against: its import items, as the background gave them. */
    basis: z.record(z.string(), z.unknown()),
    /** One `set` of the storage area: every new or changed item. */
    set: z.record(itemKey(), z.unknown()).check(
      z.superRefine((items, context) => {
        for (const [key, value] of Object.entries(items)) {
          if (!isStorable(key, value)) context.addIssue({ code: 'custom', path: [key], input: value });
        }
      }),
    ),
    /** Then one `remove` (replace only): items the file does not hold. */
    remove: z.array(itemKey().check(z.refine(isReplaceable))),
  }))();
export type ImportWrite = z.infer<typeof importWriteSchema>;
