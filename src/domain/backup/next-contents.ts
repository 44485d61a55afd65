/**
 * What the store will hold after an import: the file's contents (replace), or this browser's and
 * the file's joined so that nothing either holds is lost (merge; each deal by merge-deal.ts).
 */
import type { RecordKey } from '../records';
import { contentsOfBackup, type StoreContents } from './contents';
import { mergeDeal } from './merge-deal';
import type { Backup } from './schema';

export type ImportMode = 'merge' | 'replace';

export interface NextContents {
  contents: StoreContents;
  overLimit: Map<RecordKey, number>;
}

function mergeContents(current: StoreContents, imported: StoreContents): NextContents {
  const deals = new Map(current.deals);
  const overLimit = new Map<RecordKey, number>();
  for (const [key, deal] of imported.deals) {
    const mine = deals.get(key);
    if (!mine) {
      deals.set(key, deal);
      continue;
    }
    const merged = mergeDeal(mine, deal);
    deals.set(key, merged.deal);
    if (merged.overLimit > 0) overLimit.set(key, merged.overLimit);
  }
  const assessments = new Map(current.assessments);
  for (const [key, record] of imported.assessments) {
    const mine = assessments.get(key);
    if (!mine || Date.parse(record.assessedAt) > Date.parse(mine.assessedAt)) assessments.set(key, record);
  }
  const quarantine = new Map(imported.quarantine);
  for (const [key, value] of current.quarantine) quarantine.set(key, value);
  // Settings have no dates: the ones the rep uses now stay; the file's apply only where none were saved.
  return { contents: { deals, assessments, settings: current.settings ?? imported.settings, quarantine }, overLimit };
}

export function nextContents(current: StoreContents, backup: Backup, mode: ImportMode): NextContents {
  const imported = contentsOfBackup(backup);
  return mode === 'replace' ? { contents: imported, overLimit: new Map() } : mergeContents(current, imported);
}
