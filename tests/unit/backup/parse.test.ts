/**
 * Import reads the whole file before anything happens: every way a file can be wrong is refused
 * with a message that names the problem in the rep's words, and a good file validates whole.
 */
import { describe, expect, test } from 'vitest';
import { backupText, exportBackup } from '../../../src/domain/backup/export';
import { parseBackup } from '../../../src/domain/backup/parse';
import { BACKUP_DEALS_MAX, BACKUP_TEXT_MAX, backupSchema } from '../../../src/domain/backup/schema';
import { STORAGE_SCHEMA_VERSION } from '../../../src/domain/migrations/layout';
import { sayFrom } from '../../../src/domain/say-english';
import { catalog } from '../fakes/i18n';
import { loadStore } from '../migrations/fixtures';
import { englishBackupSay } from '../../../src/domain/backup/say-english';

const NOW = new Date('2026-12-01T08:00:00.000Z');
const backup = exportBackup(loadStore('v1-store.json'), NOW, '0.1.0');
const good = backupText(backup);
const ASHGROVE = 1;
const BRIGHTWATER = 2;
const KESTREL = 0;
/** A copy of the exported file with `edit` applied to its parsed form. */
const edited = (edit: (file: any) => void): string => {
  const file = JSON.parse(good);
  edit(file);
  return JSON.stringify(file);
};
const problemOf = (text: string) => {
  const result = parseBackup(text, englishBackupSay);
  if (result.ok) throw new Error('the file was accepted');
  return result.problem;
};

describe('a good file', () => {
  test('is accepted whole, exactly as exported', () => {
    expect(backup.deals.map((d) => d.opportunity.name)).toEqual([
      'Kestrel Foods – Plant Quality Platform',
      'Ashgrove Transit – Depot Maintenance Analytics',
      'Brightwater Utilities, Grid Analytics "Renewal"',
    ]);
    expect(parseBackup(good, englishBackupSay)).toEqual({ ok: true, backup });
    expect(backupSchema.safeParse(backup).success).toBe(true);
  });

  test('is accepted with a byte-order mark some editors add, and compact or indented', () => {
    expect(parseBackup(`\uFEFF${good}`, englishBackupSay).ok).toBe(true);
    expect(parseBackup(JSON.stringify(backup), englishBackupSay).ok).toBe(true);
  });

  test('from a pre-release build (storage schema 0) is brought up to date by the migrations', () => {
    const v0 = loadStore('v0-store.json') as Record<string, any>;
    const file = {
      kind: 'coach-network-backup',
      backupFormat: 1,
      exportedAt: '2025-11-20T10:00:00.000Z',
      extensionVersion: '0.0.9',
      storageSchema: 0,
      deals: Object.entries(v0).filter(([k]) => k.startsWith('deal:')).map(([, deal]) => deal),
      assessments: { '0038V00001cWq5JQAS': v0['person:0038V00001cWq5JQAS'] },
      settings: v0.settings,
    };
    const result = parseBackup(JSON.stringify(file), englishBackupSay);
    if (!result.ok) throw new Error(result.problem);
    expect(result.backup.storageSchema).toBe(STORAGE_SCHEMA_VERSION);
    expect(result.backup.deals.map((d) => d.opportunity.key).sort()).toEqual(['salesforce:0068V00000kQ3wZQAS', 'salesforce:0068V00000mB7tQQAS', 'salesforce:0068V00000pX2cRQAS']);
    expect(Object.keys(result.backup.assessments)).toEqual(['salesforce:0038V00001cWq5JQAS']);
    expect(result.backup.settings?.staleCoachDays).toBe(21);

    file.deals[1].contacts[0].criteria.hasCredibility = 'maybe';
    expect(problemOf(JSON.stringify(file))).toBe(
      'This backup comes from an earlier version, and part of it (Brightwater Utilities, Grid Analytics "Renewal") can’t be brought up to date.',
    );
  });
});

describe('each refusal names its problem', () => {
  test.each([
    ['an empty file', '', 'The file is empty.'],
    ['a file of blanks', ' \r\n\t ', 'The file is empty.'],
    ['the CSV instead of the backup', '\uFEFFDeal,Account,Person\r\nAshgrove,Ashgrove Regional,Colm\r\n', 'This file isn’t a Coach Network backup. Choose the .json file the export saved (the CSV of the network can’t be imported).'],
    ['a text file', 'hello', 'This file isn’t a Coach Network backup. Choose the .json file the export saved (the CSV of the network can’t be imported).'],
    ['broken JSON that is complete', '{"kind": "coach-network-backup",}', 'This file isn’t a Coach Network backup. Choose the .json file the export saved (the CSV of the network can’t be imported).'],
    ['JSON of something else', '{"name": "package.json"}', 'This file is not a Coach Network backup.'],
    ['a JSON list', '[1, 2, 3]', 'This file is not a Coach Network backup.'],
    ['a JSON string', '"coach-network-backup"', 'This file is not a Coach Network backup.'],
    ['null', 'null', 'This file is not a Coach Network backup.'],
  ])('%s', (_, text, problem) => expect(problemOf(text)).toBe(problem));

  test.each([0.1, 0.5, 0.9, 0.999])('a file cut off at %s of its length', (fraction) => {
    expect(problemOf(good.slice(0, Math.floor(good.length * fraction)))).toBe(
      'The file ends too early: it was probably cut off while it was saved or copied. Export the backup again, or use another copy.',
    );
  });

  test('a file cut off inside a string (an escaped quote right before the cut)', () => {
    expect(problemOf('{"kind": "coach-network-backup", "deals": [{"name": "Ashgrove \\"Dep')).toMatch(/^The file ends too early/);
  });

  test('a file too large to be a backup, before reading it', () => {
    expect(problemOf(' '.repeat(BACKUP_TEXT_MAX + 1))).toBe('The file is too large to be a Coach Network backup (65 MB; a backup is at most 64 MB).');
  });

  test('a __proto__ key anywhere, and nothing is polluted', () => {
    const top = good.replace('{', '{"__proto__": {"polluted": true},');
    const deep = good.replace('"checklist": {\n', '"checklist": {"__proto__": {"checked": true, "at": "2026-10-16T09:05:00.000Z"},\n');
    expect(deep).not.toBe(good);
    for (const text of [top, deep]) expect(problemOf(text)).toBe('The file contains a field named “__proto__”, which no Coach Network backup has, so it was not imported.');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('checked');
  });

  test('a file from a newer version of the extension', () => {
    const newer = 'This backup was made by a newer version of Coach Network (2.0.0). Update the extension, then import it again.';
    expect(problemOf(edited((f) => Object.assign(f, { backupFormat: 2, extensionVersion: '2.0.0' })))).toBe(newer);
    expect(problemOf(edited((f) => Object.assign(f, { storageSchema: STORAGE_SCHEMA_VERSION + 1, extensionVersion: '2.0.0', deals: [{ format: 2 }] })))).toBe(newer);
    expect(problemOf(edited((f) => Object.assign(f, { backupFormat: 7, extensionVersion: 42 })))).toContain('(?)');
  });

  test.each([
    ['no format', (f: any) => delete f.backupFormat, 'backupFormat'],
    ['format 0', (f: any) => (f.backupFormat = 0), 'backupFormat'],
    ['format as text', (f: any) => (f.backupFormat = '1'), 'backupFormat'],
    ['a negative storage schema', (f: any) => (f.storageSchema = -1), 'storageSchema'],
    ['no export time', (f: any) => delete f.exportedAt, 'exportedAt'],
    ['no deals', (f: any) => delete f.deals, 'deals'],
    ['deals not a list', (f: any) => (f.deals = {}), 'deals'],
  ])('a damaged header: %s', (_, edit, field) => {
    expect(problemOf(edited(edit))).toBe(`The backup’s header is damaged: “${field}” is missing or not valid.`);
  });

  test('more deals than the extension keeps', () => {
    expect(problemOf(edited((f) => (f.deals = Array.from({ length: BACKUP_DEALS_MAX + 1 }, () => f.deals[0]))))).toBe(
      `The file holds ${BACKUP_DEALS_MAX + 1} deals; Coach Network keeps at most ${BACKUP_DEALS_MAX}.`,
    );
  });

  test('a person’s criterion of a deal, by deal, person and field', () => {
    const text = edited((f) => (f.deals[BRIGHTWATER].contacts['salesforce:0038V00001dKp1AQAS'].criteria.willingToGuide.value = 'maybe'));
    expect(problemOf(text)).toBe('The deal “Brightwater Utilities, Grid Analytics "Renewal"” can’t be imported: the field “criteria › Willing to guide › value” of Jürgen Weiß is missing or not valid.');
  });

  test('a field of a deal, and of one of its logs (counted from 1)', () => {
    expect(problemOf(edited((f) => (f.deals[ASHGROVE].lastReadAt = 'yesterday')))).toBe('The deal “Ashgrove Transit – Depot Maintenance Analytics” can’t be imported: its field “lastReadAt” is missing or not valid.');
    expect(problemOf(edited((f) => (f.deals[ASHGROVE].intelligence[1].text = 'x'.repeat(4001))))).toBe(
      'The deal “Ashgrove Transit – Depot Maintenance Analytics” can’t be imported: its field “intelligence › 2 › text” is missing or not valid.',
    );
  });

  test('a deal without a name is named by its place in the file', () => {
    expect(problemOf(edited((f) => delete f.deals[KESTREL].opportunity.name))).toBe('The deal “number 1” can’t be imported: its field “opportunity › name” is missing or not valid.');
  });

  test('a deal in the file twice', () => {
    expect(problemOf(edited((f) => f.deals.push(f.deals[ASHGROVE])))).toBe('The deal “Ashgrove Transit – Depot Maintenance Analytics” is in the file twice.');
  });

  test('a remembered assessment, the settings, a set-aside item', () => {
    expect(problemOf(edited((f) => (f.assessments['salesforce:0038V00001cWq5JQAS'].assessedAt = 12)))).toBe(
      'The remembered assessment of salesforce:0038V00001cWq5JQAS can’t be imported: its field “assessedAt” is missing or not valid.',
    );
    expect(problemOf(edited((f) => (f.settings.staleCoachDays = 0)))).toBe('The settings in this file can’t be imported: “staleCoachDays” is missing or not valid.');
    expect(problemOf(edited((f) => (f.settings = 'defaults')))).toBe('The settings in this file can’t be imported: “settings” is missing or not valid.');
    expect(problemOf(edited((f) => (f.quarantine['deal:stolen'] = 1)))).toBe('A set-aside item in this file (deal:stolen) can’t be imported.');
  });

  test('a German rep reads the problem in German', () => {
    const result = parseBackup('{"kind": "coach-network-backup", "deals": [', sayFrom(catalog('de')));
    expect(result).toEqual({ ok: false, problem: expect.stringMatching(/^Die Datei endet zu früh/) });
  });
});
