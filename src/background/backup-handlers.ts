/**
 * Backup, restore and deletion of everything the rep stored. The options page words the export
 * files, and reads, checks and plans an import file and makes its write (src/domain/backup, run in
 * the page the rep uses for it: a service worker can't load code on demand, so all it bundles is
 * loaded every time it wakes). Here, in the one writer, the store is read and written inside the
 * storage queue. An import's write is checked item by item at the message boundary and written only
 * onto the store it was made against: if a tag was added meanwhile, nothing is written and the
 * options page plans again against the store as it is now, so the tag is merged, not lost. The
 * write is one `set` (then one `remove` for replace). A bad file never gets here: nothing changes.
 */
import { holdsBasis } from '../domain/backup/write';
import { browser } from '../platform/browser';
import { releasePermissionFor, syncCrmDomainScripts } from './crm-domain-scripts';
import { requireExtensionPage, type Handlers, type RequestContext } from './request-context';
import { getSettings } from './settings-store';
import { enqueue, persist } from './store';
import { forgetAllTabViews } from './tab-views';

type BackupHandlers = Pick<Handlers, 'backup/export' | 'backup/plan' | 'backup/apply' | 'data/delete-all' | 'storage/health'>;

/** Everything stored, in one read through the queue: never half of a queued write. */
async function storedItems(context: RequestContext) {
  requireExtensionPage(context);
  return { items: await enqueue(() => browser.storage.local.get(null)) };
}

export const backupHandlers: BackupHandlers = {
  'backup/export': (_request, context) => storedItems(context),
  'backup/plan': (_request, context) => storedItems(context),

  async 'backup/apply'({ write }, context) {
    requireExtensionPage(context);
    // Before and after the write: no popup opens on the deals as they were, nor on a view computed meanwhile.
    await forgetAllTabViews();
    const changed = await enqueue(async () => {
      const current = await browser.storage.local.get(null);
      if (!holdsBasis(current, write.basis)) return current;
      await persist(write.set);
      if (write.remove.length > 0) await browser.storage.local.remove(write.remove);
      return null;
    });
    if (changed) return { written: false, items: changed };
    await forgetAllTabViews();
    await syncCrmDomainScripts((await getSettings()).customCrmDomains);
    return { written: true };
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
