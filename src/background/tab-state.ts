/**
 * What each tab shows (a deal, an unreadable page, nothing), kept in storage.session because MV3
 * stops the worker after 30 s idle and in-memory maps would forget every open tab.
 */
import * as z from 'zod/mini';
import { browser } from '../platform/browser';
import { recordKeySchema, type RecordKey } from '../domain/records';
import { unreadableSchema, type Unreadable } from '../messaging/popup-responses';

const TAB_PREFIX = 'tab:';

export const tabEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('deal'), dealKey: recordKeySchema }),
  z.object({ kind: z.literal('unreadable'), unreadable: unreadableSchema }),
]);
export type TabEntry = z.infer<typeof tabEntrySchema>;

export async function setTabEntry(tabId: number, entry: TabEntry | null): Promise<void> {
  const key = `${TAB_PREFIX}${tabId}`;
  if (entry === null) await browser.storage.session.remove(key);
  else await browser.storage.session.set({ [key]: entry });
}

export async function getTabEntry(tabId: number): Promise<TabEntry | null> {
  const key = `${TAB_PREFIX}${tabId}`;
  const parsed = tabEntrySchema.safeParse((await browser.storage.session.get(key))[key]);
  return parsed.success ? parsed.data : null;
}

/** Every deal some open tab shows, once each: what to re-render when the settings change. */
export async function dealsShown(): Promise<RecordKey[]> {
  const all = await browser.storage.session.get(null);
  const keys = new Set<RecordKey>();
  for (const [key, value] of Object.entries(all)) {
    const parsed = key.startsWith(TAB_PREFIX) ? tabEntrySchema.safeParse(value) : null;
    if (parsed?.success && parsed.data.kind === 'deal') keys.add(parsed.data.dealKey);
  }
  return [...keys];
}

/** Tabs currently showing the given deal, to push changes to their badges. */
export async function tabsShowing(dealKey: RecordKey): Promise<number[]> {
  const all = await browser.storage.session.get(null);
  const tabs: number[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(TAB_PREFIX)) continue;
    const parsed = tabEntrySchema.safeParse(value);
    if (parsed.success && parsed.data.kind === 'deal' && parsed.data.dealKey === dealKey) {
      tabs.push(Number(key.slice(TAB_PREFIX.length)));
    }
  }
  return tabs;
}

export function unreadableEntry(unreadable: Unreadable): TabEntry {
  return { kind: 'unreadable', unreadable };
}
