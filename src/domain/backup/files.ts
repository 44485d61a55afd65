/**
 * The two downloads of an export, worded on the options page from the items the background read
 * in its storage queue: the JSON backup (export.ts) and the network CSV (network-csv.ts), named
 * by the day of the export.
 */
import type { Say } from '../say';
import { DEFAULT_SETTINGS } from '../settings';
import { readContents } from './contents';
import { backupText, exportBackup, exportFileName } from './export';
import { networkCsv } from './network-csv';

export interface ExportFiles {
  json: string;
  jsonName: string;
  csv: string;
  csvName: string;
}

/** One read of the store serves both files: the CSV's deals and settings come from the same snapshot. */
export function exportFiles(items: Readonly<Record<string, unknown>>, now: Date, extensionVersion: string, say: Say): ExportFiles {
  const { contents } = readContents(items);
  return {
    json: backupText(exportBackup(items, now, extensionVersion)),
    jsonName: exportFileName(now, 'json'),
    csv: networkCsv([...contents.deals.values()], contents.settings ?? DEFAULT_SETTINGS, say),
    csvName: exportFileName(now, 'csv'),
  };
}
