/**
 * Backup, restore and deletion of everything the rep stored. The file is parsed, planned and
 * applied here, in the one writer, inside the storage queue: the plan the rep confirmed is made
 * again against the store as it is at that moment, so a tag added meanwhile is merged, not lost,
 * and the write is one `set` (then one `remove` for replace). A bad file changes nothing.
 */
import { exportBackup, backupText, exportFileName } from '../domain/backup/export';
import { networkCsv } from '../domain/backup/network-csv';
import { readContents } from '../domain/backup/contents';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { parseBackup } from '../domain/backup/parse';
import { applyImport, planImport, type ImportPlan } from '../domain/backup/plan';
import { browser } from '../platform/browser';
import { t } from '../platform/i18n';
import type { ImportSummary } from '../messaging/protocol';
import { releasePermissionFor, syncCrmDomainScripts } from './crm-domain-scripts';
import { RequestRejected, requireExtensionPage, type Handlers } from './request-context';
import { getSettings } from './settings-store';
import { enqueue, persist } from './store';
import { forgetAllTabViews } from './tab-views';

type BackupHandlers = Pick<Handlers, 'backup/export' | 'backup/plan' | 'backup/apply' | 'data/delete-all' | 'storage/health'>;

/** How many names per list the summary carries: the rep reads it, not a machine. */
const NAMES_SHOWN = 12;

function summaryOf(plan: ImportPlan): ImportSummary {
  const changed = plan.deals.filter((deal) => deal.outcome !== 'keep');
  return {
    mode: plan.mode,
    exportedAt: plan.backup.exportedAt,
    totals: plan.totals,
    deals: changed.slice(0, NAMES_SHOWN * 4).map((deal) => ({
      name: deal.name,
      outcome: deal.outcome,
      peopleAdded: deal.people.added.slice(0, NAMES_SHOWN),
      peopleChanged: deal.people.changed.slice(0, NAMES_SHOWN),
      peopleRemoved: deal.people.removed.slice(0, NAMES_SHOWN),
    })),
    dealsNotListed: Math.max(0, changed.length - NAMES_SHOWN * 4),
    settings: plan.settings,
    setAside: plan.setAside.length,
  };
}

function parsedOrRefused(text: string) {
  const parsed = parseBackup(text, t);
  if (!parsed.ok) throw new RequestRejected(parsed.problem);
  return parsed.backup;
}

export const backupHandlers: BackupHandlers = {
  async 'backup/export'(_request, context) {
    requireExtensionPage(context);
    // One read of the store serves both files: the CSV's deals and settings come from the same snapshot.
    const items = await enqueue(() => browser.storage.local.get(null));
    const { contents } = readContents(items);
    const backup = exportBackup(items, context.now, browser.runtime.getManifest().version);
    return {
      json: backupText(backup),
      jsonName: exportFileName(context.now, 'json'),
      csv: networkCsv([...contents.deals.values()], contents.settings ?? DEFAULT_SETTINGS, t),
      csvName: exportFileName(context.now, 'csv'),
    };
  },

  async 'backup/plan'({ text, mode }, context) {
    requireExtensionPage(context);
    const backup = parsedOrRefused(text);
    return summaryOf(planImport(await enqueue(() => browser.storage.local.get(null)), backup, mode, context.now));
  },

  async 'backup/apply'({ text, mode }, context) {
    requireExtensionPage(context);
    const backup = parsedOrRefused(text);
    // Before and after the write: no popup opens on the deals as they were, nor on a view computed meanwhile.
    await forgetAllTabViews();
    const summary = await enqueue(async () => {
      const current = await browser.storage.local.get(null);
      const plan = planImport(current, backup, mode, context.now);
      const write = applyImport(current, plan);
      await persist(write.set);
      if (write.remove.length > 0) await browser.storage.local.remove(write.remove);
      return summaryOf(plan);
    });
    await forgetAllTabViews();
    await syncCrmDomainScripts((await getSettings()).customCrmDomains);
    return summary;
  },

  async 'data/delete-all'(_request, context) {
    requireExtensionPage(context);
    const { customCrmDomains } = await getSettings();
    // No popup may show a deal the rep deletes, from now on (and after the write, nothing computed meanwhile).
    await forgetAllTabViews();
    await enqueue(() => browser.storage.local.clear());
    await forgetAllTabViews();
    await syncCrmDomainScripts([]);
    for (const { host } of customCrmDomains) await releasePermissionFor(host);
    return { ok: true };
  },

  async 'storage/health'(_request, context) {
    requireExtensionPage(context);
    const items = await enqueue(() => browser.storage.local.get(null));
    return { setAside: Object.keys(items).filter((key) => key.startsWith('quarantine:')).length };
  },
};
