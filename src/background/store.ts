/**
 * The only writer of persistent state. Each deal is its own storage item (`deal:<key>`), so one
 * write touches one deal and a corrupt item costs one deal, not all of them. Every item is
 * zod-validated on read; what fails is kept aside under a quarantine key, never silently dropped.
 */
import { browser } from '../platform/browser';
import { dealSchema, type Deal } from '../domain/network';
import type { RecordKey } from '../domain/records';
import { DEAL_PREFIX, quarantineItemKey, SCHEMA_VERSION_KEY, STORAGE_SCHEMA_VERSION, dealItemKey } from '../domain/migrations/layout';
import { inWords } from '../domain/migrations/reason';
import { createQueue } from './queue';


export const dealStorageKey = (key: RecordKey) => dealItemKey(key);

/**
 * Every read-modify-write of persistent state runs through this one queue (deals, settings), so no
 * two writers interleave.
 */
export const enqueue = createQueue();

/** How long to wait before the one retry of a failed write (a busy disk, a contended database). */
const RETRY_AFTER_MS = 250;

/**
 * Writes items in one `set`: the browser applies all of them or none, so a failure never leaves
 * half a change. A failed write is tried once more before the error reaches the rep.
 */
export async function persist(items: Record<string, unknown>): Promise<void> {
  try {
    await browser.storage.local.set(items);
  } catch (firstError) {
    console.warn('Coach Network: a write failed; trying once more', firstError);
    await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
    await browser.storage.local.set(items);
  }
}

/** Moves an unreadable stored value aside under a quarantine key: it is never silently dropped. */
export async function quarantine(storageKey: string, raw: unknown, now: Date, problem: unknown): Promise<void> {
  await browser.storage.local.set({ [quarantineItemKey(storageKey, now)]: raw });
  await browser.storage.local.remove(storageKey);
  console.warn(`Coach Network: stored item ${storageKey} was unreadable and was set aside`, problem);
}

/** Validates a stored deal; one that fails is moved aside under a quarantine key, never dropped. */
async function parseStored(storageKey: string, raw: unknown, now: Date): Promise<Deal | undefined> {
  if (raw === undefined) return undefined;
  const parsed = dealSchema.safeParse(raw, inWords);
  if (parsed.success) return parsed.data;
  await quarantine(storageKey, raw, now, parsed.error.issues[0]);
  return undefined;
}

async function readDeal(key: RecordKey, now: Date): Promise<Deal | undefined> {
  const storageKey = dealStorageKey(key);
  return parseStored(storageKey, (await browser.storage.local.get(storageKey))[storageKey], now);
}

/** Every tracked deal (the pipeline). */
export function listDeals(now = new Date()): Promise<Deal[]> {
  return enqueue(async () => {
    const all = await browser.storage.local.get(null);
    const deals: Deal[] = [];
    for (const [storageKey, raw] of Object.entries(all)) {
      if (!storageKey.startsWith(DEAL_PREFIX)) continue;
      const deal = await parseStored(storageKey, raw, now);
      if (deal) deals.push(deal);
    }
    return deals;
  });
}

export function getDeal(key: RecordKey, now = new Date()): Promise<Deal | undefined> {
  // Reads go through the queue too, so a read never sees half of a queued update.
  return enqueue(() => readDeal(key, now));
}

/**
 * Applies `change` to the stored deal in one queued step and returns the deal as written.
 * `change` returns null to leave storage untouched.
 */
export function updateDeal(
  key: RecordKey,
  change: (deal: Deal | undefined) => Deal | null,
  now = new Date(),
): Promise<Deal | undefined> {
  return enqueue(async () => {
    const current = await readDeal(key, now);
    const next = change(current);
    if (next === null) return current;
    const valid = dealSchema.parse(next, inWords);
    await persist({ [dealStorageKey(key)]: valid, [SCHEMA_VERSION_KEY]: STORAGE_SCHEMA_VERSION });
    return valid;
  });
}
