/**
 * Backup and restore on the options page: export (the JSON backup and the network CSV, downloaded
 * as files), import (check the file first and show what it will do; import only on confirmation),
 * and deleting everything (after offering an export). Nothing is written until the rep confirms.
 */
import { signal } from '@preact/signals';
import type { ImportSummary } from '../messaging/protocol';

export type ImportMode = 'merge' | 'replace';

export interface BackupPort {
  exportAll(): Promise<{ json: string; jsonName: string; csv: string; csvName: string }>;
  plan(text: string, mode: ImportMode): Promise<ImportSummary>;
  apply(text: string, mode: ImportMode): Promise<ImportSummary>;
  deleteAll(): Promise<unknown>;
  /** Hands a file to the browser's downloads (an object URL on an `a[download]`). */
  download(name: string, text: string, type: string): void;
}

export type BackupState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'exported'; names: string[] }
  | { kind: 'refused'; problem: string }
  | { kind: 'planned'; summary: ImportSummary; text: string; mode: ImportMode }
  | { kind: 'imported'; summary: ImportSummary }
  | { kind: 'confirm-delete'; exported: boolean }
  | { kind: 'deleted' };

export type BackupModel = ReturnType<typeof createBackupModel>;

export function createBackupModel(port: BackupPort) {
  const state = signal<BackupState>({ kind: 'idle' });

  const run = async (task: () => Promise<BackupState>) => {
    state.value = { kind: 'busy' };
    try {
      state.value = await task();
    } catch (error) {
      state.value = { kind: 'refused', problem: error instanceof Error ? error.message : String(error) };
    }
  };

  const exportFiles = async (which: 'json' | 'csv' | 'both') => {
    const files = await port.exportAll();
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

  return {
    state,
    exportBackup: (which: 'json' | 'csv') => run(async () => ({ kind: 'exported', names: await exportFiles(which) })),
    /** Reads and checks a chosen file; shows what it would do. Writes nothing. */
    check: (file: File, mode: ImportMode) =>
      run(async () => {
        const text = await file.text();
        return { kind: 'planned', summary: await port.plan(text, mode), text, mode };
      }),
    confirmImport: () => {
      const current = state.peek();
      if (current.kind !== 'planned') return Promise.resolve();
      return run(async () => ({ kind: 'imported', summary: await port.apply(current.text, current.mode) }));
    },
    cancel: () => {
      state.value = { kind: 'idle' };
    },
    askDelete: () => {
      state.value = { kind: 'confirm-delete', exported: false };
    },
    exportBeforeDelete: () =>
      run(async () => {
        await exportFiles('json');
        return { kind: 'confirm-delete', exported: true };
      }),
    confirmDelete: () =>
      run(async () => {
        await port.deleteAll();
        return { kind: 'deleted' };
      }),
  };
}
