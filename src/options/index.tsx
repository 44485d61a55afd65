/** Options entry: build the models, put the page in the browser's language, and mount it. */
import { effect } from '@preact/signals';
import { render } from 'preact';
import { send } from '../messaging/client';
import { browser } from '../platform/browser';
import { t } from '../platform/i18n';
import { App } from './App';
import { createBackupModel } from './backup-model';
import { createCrmDomainsModel } from './crm-domains-model';
import { createOptionsModel } from './model';
import { createSettingsModel } from './settings-model';

const mountPoint = document.getElementById('app');
if (!mountPoint) throw new Error('options.html has no #app element');

// options.html is static English; the tab title and lang follow the catalogs the page renders
// from, so screen readers pronounce the German page as German.
document.title = t('options_title');
document.documentElement.lang = browser.i18n.getUILanguage();

const model = createOptionsModel();
const settings = createSettingsModel({
  get: () => send({ type: 'settings/get' }),
  update: (change) => send({ type: 'settings/update', change }),
});
const crmDomains = createCrmDomainsModel({
  requestPermission: (pattern) => browser.permissions.request({ origins: [pattern] }),
  hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  add: (domain) => send({ type: 'crm-domain/add', domain }),
  remove: (host) => send({ type: 'crm-domain/remove', host }),
});

const backup = createBackupModel({
  storedForExport: async () => (await send({ type: 'backup/export' })).items,
  storedForPlan: async () => (await send({ type: 'backup/plan' })).items,
  apply: (write) => send({ type: 'backup/apply', write }),
  deleteAll: () => send({ type: 'data/delete-all' }),
  version: browser.runtime.getManifest().version,
  say: t,
  download: (name, text, type) => {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    // The download has its own copy once started; give the browser a moment before revoking.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
});

// The read-only table shows the defaults with the rep's own names laid over them.
effect(() => {
  const table = settings.roleTable.value;
  if (table) model.roleTable.value = table;
});

// A host revoked (or granted) in the browser's own settings shows at once.
const refresh = () => {
  settings
    .load()
    .then(() => {
      const loaded = settings.settings.peek();
      return loaded && crmDomains.show(loaded);
    })
    .catch(() => undefined);
};
browser.permissions.onAdded.addListener(refresh);
browser.permissions.onRemoved.addListener(refresh);
refresh();

render(<App model={model} settings={settings} crmDomains={crmDomains} backup={backup} />, mountPoint);
