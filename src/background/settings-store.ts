/**
 * The rep's settings in storage, validated on read. Unreadable settings fall back to the defaults
 * for that read; the first change the rep makes sets the bad value aside (quarantine) before
 * writing, so it is never silently replaced.
 */
import { browser } from '../platform/browser';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../domain/settings';
import { SETTINGS_KEY } from '../domain/migrations/layout';
import { inWords } from '../domain/migrations/reason';
import { enqueue, persist, quarantine } from './store';


async function readSettings(): Promise<{ settings: Settings; raw: unknown; valid: boolean }> {
  const raw = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (raw === undefined) return { settings: DEFAULT_SETTINGS, raw, valid: true };
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? { settings: parsed.data, raw, valid: true } : { settings: DEFAULT_SETTINGS, raw, valid: false };
}

export async function getSettings(): Promise<Settings> {
  return (await readSettings()).settings;
}

/**
 * Applies `change` to the stored settings in one queued write and returns them as written. The
 * result is validated first: a change that would store invalid settings throws and writes nothing.
 */
export function updateSettings(change: (settings: Settings) => Settings, now = new Date()): Promise<Settings> {
  return enqueue(async () => {
    const current = await readSettings();
    const next = settingsSchema.parse(change(current.settings), inWords);
    if (!current.valid) await quarantine(SETTINGS_KEY, current.raw, now, 'settings failed validation');
    await persist({ [SETTINGS_KEY]: next });
    return next;
  });
}
