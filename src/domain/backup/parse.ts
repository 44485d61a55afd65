/**
 * Import, step one: reads a backup file and validates all of it before anything is planned or
 * written. A file that is not JSON, cut off, hostile, not ours, from a newer version, or with one
 * invalid field anywhere is refused with the problem in the rep's words; nothing changes then.
 * A file from an earlier storage schema is brought up to date by the same migrations as the store.
 */
import { migrateStorage } from '../migrations/migrate';
import { personItemKey, SCHEMA_VERSION_KEY, SETTINGS_KEY, STORAGE_SCHEMA_VERSION } from '../migrations/layout';
import type { Say } from '../say';
import { readContents, type StoreContents } from './contents';
import { endsMidDocument } from './cut-off';
import { problemOf } from './problems';
import { BACKUP_DEALS_MAX, BACKUP_FORMAT, BACKUP_KIND, BACKUP_TEXT_MAX, backupSchema, type Backup } from './schema';

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; problem: string };

/**
 * JSON.parse makes `__proto__` an ordinary own key, but any later `Object.assign` or `obj[key] =`
 * copy would turn it into a prototype: no backup has such a key, so a file with one is refused.
 */
const HOSTILE_KEY = '__proto__';

const refuse = (problem: string): ParsedBackup => ({ ok: false, problem });
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isVersion = (value: unknown, lowest: number): value is number => typeof value === 'number' && Number.isInteger(value) && value >= lowest;
const megabytes = (chars: number) => String(Math.ceil(chars / (1024 * 1024)));

function parseJson(text: string): { ok: true; value: unknown; hostile: boolean } | { ok: false } {
  let hostile = false;
  try {
    const value: unknown = JSON.parse(text, (key, value: unknown) => {
      if (key === HOSTILE_KEY) hostile = true;
      return value;
    });
    return { ok: true, value, hostile };
  } catch {
    return { ok: false };
  }
}

export function parseBackup(text: string, say: Say): ParsedBackup {
  if (text.length > BACKUP_TEXT_MAX) return refuse(say('backup_problem_too_large', megabytes(text.length), megabytes(BACKUP_TEXT_MAX)));
  // Editors that "save as UTF-8" on Windows add a byte-order mark, which JSON.parse refuses.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return refuse(say('backup_problem_empty'));
  const json = parseJson(body);
  if (!json.ok) return refuse(say(endsMidDocument(body) ? 'backup_problem_truncated' : 'backup_problem_not_json'));
  if (json.hostile) return refuse(say('backup_problem_hostile', HOSTILE_KEY));

  const file = json.value;
  if (!isObject(file) || file.kind !== BACKUP_KIND) return refuse(say('backup_problem_not_backup'));
  if (!isVersion(file.backupFormat, 1)) return refuse(say('backup_problem_header', 'backupFormat'));
  if (!isVersion(file.storageSchema, 0)) return refuse(say('backup_problem_header', 'storageSchema'));
  if (file.backupFormat > BACKUP_FORMAT || file.storageSchema > STORAGE_SCHEMA_VERSION) {
    const version = typeof file.extensionVersion === 'string' ? file.extensionVersion.slice(0, 50) : '?';
    return refuse(say('backup_problem_newer', version));
  }
  if (Array.isArray(file.deals) && file.deals.length > BACKUP_DEALS_MAX) {
    return refuse(say('backup_problem_too_many_deals', String(file.deals.length), String(BACKUP_DEALS_MAX)));
  }

  const current = file.storageSchema < STORAGE_SCHEMA_VERSION ? upToDate(file, say) : { ok: true as const, file };
  if (!current.ok) return current;
  const parsed = backupSchema.safeParse(current.file);
  if (!parsed.success) return refuse(problemOf(parsed.error.issues[0]!, current.file, say));
  return { ok: true, backup: parsed.data };
}

/** Deals of an old file are laid out under placeholder keys: a deal's key may itself be in an old form. */
const PLACEHOLDER = 'deal:#';

/**
 * A file of an earlier storage schema, through the store's own migrations: its items are laid out
 * as a store at that version, migrated, and read back. Anything a migration can't read refuses the
 * whole file (an import never sets parts of a file aside).
 */
function upToDate(file: Record<string, unknown>, say: Say): { ok: true; file: Record<string, unknown> } | { ok: false; problem: string } {
  const items: Record<string, unknown> = { [SCHEMA_VERSION_KEY]: file.storageSchema };
  const deals: unknown[] = Array.isArray(file.deals) ? file.deals : [];
  deals.forEach((deal, index) => (items[`${PLACEHOLDER}${index}`] = deal));
  for (const [key, record] of Object.entries(isObject(file.assessments) ? file.assessments : {})) items[personItemKey(key)] = record;
  if (file.settings !== null && file.settings !== undefined) items[SETTINGS_KEY] = file.settings;
  // The time only names quarantine keys, and a file with anything to set aside is refused.
  const migrated = migrateStorage(items, new Date(0));
  const { contents, unreadable } = readContents(migrated.items);
  const failed = migrated.quarantined[0]?.key ?? [...unreadable.keys()][0];
  if (failed !== undefined) {
    // A deal is named by its name where it has one; other items by their key.
    const index = failed.startsWith(PLACEHOLDER) ? Number(failed.slice(PLACEHOLDER.length)) : -1;
    const name = isObject(deals[index]) && isObject(deals[index].opportunity) ? deals[index].opportunity.name : undefined;
    return { ok: false, problem: say('backup_problem_old_unreadable', typeof name === 'string' ? name.slice(0, 200) : failed) };
  }
  return { ok: true, file: { ...file, storageSchema: STORAGE_SCHEMA_VERSION, ...fileFieldsOf(contents) } };
}

function fileFieldsOf(contents: StoreContents): Pick<Backup, 'deals' | 'assessments' | 'settings'> {
  return { deals: [...contents.deals.values()], assessments: Object.fromEntries(contents.assessments), settings: contents.settings };
}
