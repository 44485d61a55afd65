/**
 * The rep's settings in storage, validated on read. Unreadable settings fall back to the defaults
 * for this read only (the stored value is left as it is for the options page to report).
 */
import { browser } from '../platform/browser';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../domain/settings';

export const SETTINGS_KEY = 'settings';

export async function getSettings(): Promise<Settings> {
  const raw = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (raw === undefined) return DEFAULT_SETTINGS;
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
