/**
 * Backup and restore on the options page: export (the JSON backup and the network CSV, downloaded
 * as files), import (check the file first and show what it will do; import only on confirmation),
 * and deleting everything (after offering an export). Nothing is written until the rep confirms.
 *
 * The files are worded, and an import file read, checked and planned and its write made, here in
 * the page the rep uses for it, not in the background's service worker (which can't load code on
 * demand, so all it bundles is loaded each time it wakes). The background reads the store and
 * writes an import's write only onto the store it was made against (src/domain/backup/write.ts);
 * when a tag was made meanwhile, the import is planned again against the store as it is then, so
 * the tag is merged, not lost, and the summary shown afterwards is of the import as it was made.
 */
import { signal } from '@preact/signals';
import { exportFiles } from '../domain/backup/files';
import { parseBackup } from '../domain/backup/parse';
import { applyImport, planImport, type ImportMode } from '../domain/backup/plan';
import type { Backup } from '../domain/backup/schema';
import { importSummary, type ImportSummary } from '../domain/backup/summary';
import { importItemsOf, type ImportWrite } from '../domain/backup/write';
import type { Say } from '../domain/say';

export type { ImportMode };

/** The local storage area's items, as the background read them. */
type StoredItems = Record<string, unknown>;

export interface BackupPort {
  /** Everything stored, for the export files ('backup/export'). */
  storedForExport(): Promise<StoredItems>;
  /** Everything stored, to plan an import against ('backup/plan'). */
  storedForPlan(): Promise<StoredItems>;
  /** Hands an import's write to the background ('backup/apply'): written, or the store changed meanwhile and is now `items`. */
  apply(write: ImportWrite): Promise<{ written: true } | { written: false; items: StoredItems }>;
  deleteAll(): Promise<unknown>;
  /** Hands a file to the browser's downloads (an object URL on an `a[download]`). */
  download(name: string, text: string, type: string): void;
  /** The extension's version, written into the backup file. */
  version: string;
  /** The rep's language: the CSV's words and a refused file's reason. */
  say: Say;
}

export type BackupState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'exported'; names: string[] }
  | { kind: 'refused'; problem: string }
  | { kind: 'planned'; summary: ImportSummary; backup: Backup; mode: ImportMode; items: StoredItems }
  | { kind: 'imported'; summary: ImportSummary }
  | { kind: 'confirm-delete'; exported: boolean }
  | { kind: 'deleted' };

export type BackupModel = ReturnType<typeof createBackupModel>;

/** How often an import is planned again when the store keeps changing under it (each time, a tag or a page read meanwhile). */
const IMPORT_ATTEMPTS = 5;

export function createBackupModel(port: BackupPort, now: () => Date = () => new Date()) {
  const state = signal<BackupState>({ kind: 'idle' });

  const run = async (task: () => Promise<BackupState>) => {
    state.value = { kind: 'busy' };
    try {
      state.value = await task();
    } catch (error) {
      state.value = { kind: 'refused', problem: error instanceof Error ? error.message : String(error) };
    }
  };

  const exportFilesOf = async (which: 'json' | 'csv' | 'both') => {
    const files = exportFiles(await port.storedForExport(), now(), port.version, port.say);
    const names: string[] = [];
    if (which !== 'csv') {
      port.download(files.jsonName, files.json, 'application/json');
      names.push(files.jsonName);
    }
    if (which !== 'json') {
      // The BOM is in the text already: Excel then reads the file as UTF-8.
      port.download(files.csvName, files.csv, 'text/csv;charset=utf-8');
      names.push(files.csvName);
    }
    return names;
  };

  /**
   * Imports `backup` into the store, first as it was when the plan was shown (`items`): written in
   * one go if it still is, else planned again against the store as it is now. The summary is of the
   * plan that was written.
   */
  const importInto = async (items: StoredItems, backup: Backup, mode: ImportMode) => {
    for (let attempt = 1; ; attempt++) {
      const plan = planImport(items, backup, mode, now());
      const reply = await port.apply({ basis: importItemsOf(items), ...applyImport(items, plan) });
      if (reply.written) return importSummary(plan);
      if (attempt === IMPORT_ATTEMPTS) throw new Error(port.say('error_save_failed'));
      items = reply.items;
    }
  };

  return {
    state,
    exportBackup: (which: 'json' | 'csv') => run(async () => ({ kind: 'exported', names: await exportFilesOf(which) })),
    /** Reads and checks a chosen file; shows what it would do. Writes nothing. */
    check: (file: File, mode: ImportMode) =>
      run(async () => {
        const parsed = parseBackup(await file.text(), port.say);
        if (!parsed.ok) return { kind: 'refused', problem: parsed.problem };
        const items = await port.storedForPlan();
        return { kind: 'planned', summary: importSummary(planImport(items, parsed.backup, mode, now())), backup: parsed.backup, mode, items };
      }),
    confirmImport: () => {
      const current = state.peek();
      if (current.kind !== 'planned') return Promise.resolve();
      return run(async () => ({ kind: 'imported', summary: await importInto(current.items, current.backup, current.mode) }));
    },
    cancel: () => {
      state.value = { kind: 'idle' };
    },
    askDelete: () => {
      state.value = { kind: 'confirm-delete', exported: false };
    },
    exportBeforeDelete: () =>
      run(async () => {
        await exportFilesOf('json');
        return { kind: 'confirm-delete', exported: true };
      }),
    confirmDelete: () =>
      run(async () => {
        await port.deleteAll();
        return { kind: 'deleted' };
      }),
  };
}
