/**
 * Backup through the options page's model and the background, as the extension runs them: the
 * model words the files and reads, plans and writes an import; every message goes through the real
 * send() (validated replies), a JSON round trip (as the browser carries it) and the real router.
 * Export, delete everything, import — the store is identical; a bad file, or one from a newer
 * version, changes nothing; a tag made meanwhile is merged, not lost; migrations run the
 * pre-release format.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createStorageArea } from '../fakes/storage-area';
import { getMessage } from '../fakes/i18n';
import { COLM, OPPORTUNITY_KEY, PRIYA, pageRead } from './fixtures';
import type { ImportWrite } from '../../../src/domain/backup/write';

const local = createStorageArea();
const session = createStorageArea();
const removedPermissions: string[] = [];
/** Every message the options page sends, as the background received it. */
const sent: Array<{ type: string }> = [];

vi.mock('../../../src/platform/browser', () => ({
  browser: {
    storage: { local: Object.assign(local, { clear: async () => local.data.clear() }), session },
    runtime: {
      id: 'coach-network-test',
      getManifest: () => ({ version: '0.1.0' }),
      // The options page's messages, carried as the browser carries them (JSON) to the router.
      sendMessage: async (message: unknown) => {
        const received = JSON.parse(JSON.stringify(message)) as { type: string };
        sent.push(received);
        return JSON.parse(JSON.stringify(await routeMessage(received, fromOptions, SELF, NOW)));
      },
    },
    tabs: { sendMessage: async () => undefined },
    i18n: { getMessage },
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined, setTitle: async () => undefined },
    permissions: { contains: async () => true, remove: async ({ origins }: { origins: string[] }) => void removedPermissions.push(...origins) },
    scripting: { getRegisteredContentScripts: async () => [], registerContentScripts: async () => undefined, unregisterContentScripts: async () => undefined },
  },
}));

const { routeMessage } = await import('../../../src/background/router');
const { migrateStoredData } = await import('../../../src/background/migrations');
const { send } = await import('../../../src/messaging/client');
const { createBackupModel } = await import('../../../src/options/backup-model');
const { t } = await import('../../../src/platform/i18n');

const SELF = { id: 'coach-network-test', origin: 'chrome-extension://coach-network-test/' };
const fromOptions = { id: SELF.id, url: `${SELF.origin}options.html`, tab: { id: 9, index: 0, highlighted: true, active: true, pinned: false, incognito: false } };
const fromTab = { id: SELF.id, url: 'https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/0068V00000kQ3wZQAS/view', tab: { id: 1, index: 0, highlighted: true, active: true, pinned: false, incognito: false } };
const NOW = new Date('2026-11-27T10:00:00.000Z');
const call = (message: unknown, sender: object = fromOptions) => routeMessage(message, sender, SELF, NOW);

/** The options page's backup model over the real send(), as src/options/index.tsx wires it. */
function optionsPage(beforeEachWrite: () => Promise<void> = async () => undefined) {
  const downloads = new Map<string, string>();
  const model = createBackupModel(
    {
      storedForExport: async () => (await send({ type: 'backup/export' })).items,
      storedForPlan: async () => (await send({ type: 'backup/plan' })).items,
      apply: async (write) => {
        await beforeEachWrite();
        return send({ type: 'backup/apply', write });
      },
      deleteAll: () => send({ type: 'data/delete-all' }),
      download: (name, text) => void downloads.set(name, text),
      version: '0.1.0',
      say: t,
    },
    () => NOW,
  );
  return { model, downloads };
}

/** The rep's own choice of a file: its text. */
const file = (text: string) => new File([text], 'coach-network-2026-11-27.json', { type: 'application/json' });

/** A store with a tracked deal, a coach tagged with evidence, and settings. */
async function filledStore() {
  await call({ type: 'page/read', read: pageRead() }, fromTab);
  for (const criterion of ['wantsOurSolution', 'hasCredibility', 'willingToGuide']) {
    await call({ type: 'criterion/set', dealKey: OPPORTUNITY_KEY, contactKey: PRIYA, criterion, value: 'yes', evidence: `asked in the steering committee (${criterion})` });
  }
  await call({ type: 'settings/update', change: { staleCoachDays: 21, ownEmailDomains: ['halyardsoftware.com'] } });
}

const snapshot = () => structuredClone(Object.fromEntries(local.data));

async function exportedJson(): Promise<string> {
  const { model, downloads } = optionsPage();
  await model.exportBackup('json');
  expect(model.state.value).toEqual({ kind: 'exported', names: ['coach-network-2026-11-27.json'] });
  return downloads.get('coach-network-2026-11-27.json')!;
}

beforeEach(() => {
  local.data.clear();
  session.data.clear();
  removedPermissions.length = 0;
  sent.length = 0;
});

describe('backup through the options page and the background', () => {
  test('export, delete all, import: the store is identical', async () => {
    await filledStore();
    const before = snapshot();
    const { model, downloads } = optionsPage();
    await model.exportBackup('json');
    await model.exportBackup('csv');
    const json = downloads.get('coach-network-2026-11-27.json')!;
    const csv = downloads.get('coach-network-2026-11-27.csv')!;
    expect(JSON.parse(json)).toMatchObject({ kind: 'coach-network-backup', exportedAt: NOW.toISOString(), extensionVersion: '0.1.0', deals: [{ opportunity: { key: OPPORTUNITY_KEY } }] });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Priya Raghunathan');

    await model.askDelete();
    await model.confirmDelete();
    expect(model.state.value).toEqual({ kind: 'deleted' });
    expect(local.data.size).toBe(0);

    await model.check(file(json), 'replace');
    expect(model.state.value).toMatchObject({ kind: 'planned', summary: { mode: 'replace', totals: { deals: { add: 1 }, people: { added: 2 } } } });
    expect(local.data.size).toBe(0); // planning writes nothing
    await model.confirmImport();
    expect(model.state.value).toMatchObject({ kind: 'imported', summary: { totals: { deals: { add: 1 }, people: { added: 2 } } } });
    expect(snapshot()).toEqual(before);
  });

  test.each([
    ['not JSON', '{"kind": "coach-network-backup", ', 'The file ends too early'],
    ['another program’s JSON', '{"hello": "world"}', 'This file is not a Coach Network backup.'],
    ['a newer version', null, 'This backup was made by a newer version of Coach Network (0.1.0).'],
  ])('a bad file (%s) is refused with a message; nothing is sent to be written, nothing changes', async (_name, text, problem) => {
    await filledStore();
    const before = snapshot();
    const json = text ?? (await exportedJson()).replace('"backupFormat": 1', '"backupFormat": 99');
    const { model } = optionsPage();
    sent.length = 0;
    await model.check(file(json), 'replace');
    expect(model.state.value).toMatchObject({ kind: 'refused', problem: expect.stringContaining(problem) });
    await model.confirmImport();
    expect(sent).toEqual([]);
    expect(snapshot()).toEqual(before);
  });

  test('a tag made between the plan and the import is merged, not lost: the import is planned again', async () => {
    await filledStore();
    // The file: this store's backup, where Colm was since found to want our solution (in another browser).
    const backup = JSON.parse(await exportedJson()) as { deals: Array<{ contacts: Record<string, { criteria: Record<string, unknown> }> }> };
    backup.deals[0]!.contacts[COLM]!.criteria.wantsOurSolution = { value: 'yes', setAt: '2026-11-28T08:00:00.000Z' };
    let tagged = false;
    const { model } = optionsPage(async () => {
      if (tagged) return;
      tagged = true;
      // Before the first write arrives, the rep changes a tag in a CRM tab.
      await call({ type: 'criterion/set', dealKey: OPPORTUNITY_KEY, contactKey: PRIYA, criterion: 'willingToGuide', value: 'no', evidence: 'went quiet' }, fromTab);
    });
    await model.check(file(JSON.stringify(backup)), 'merge');
    expect(model.state.value).toMatchObject({ kind: 'planned', summary: { totals: { deals: { change: 1 } } } });
    await model.confirmImport();
    expect(model.state.value).toMatchObject({ kind: 'imported', summary: { totals: { deals: { change: 1 } } } });
    const writes = sent.filter((message) => message.type === 'backup/apply');
    expect(writes).toHaveLength(2); // the first, made against the store before the tag, was not written
    const deal = local.data.get(`deal:${OPPORTUNITY_KEY}`) as { contacts: Record<string, { criteria: Record<string, { value: string; evidence?: string }> }> };
    expect(deal.contacts[PRIYA]!.criteria.willingToGuide).toMatchObject({ value: 'no', evidence: 'went quiet' });
    expect(deal.contacts[COLM]!.criteria.wantsOurSolution).toMatchObject({ value: 'yes' });
  });

  test('what an import neither reads nor writes (a failed read logged meanwhile) does not make it plan again', async () => {
    await filledStore();
    const json = await exportedJson();
    await call({ type: 'data/delete-all' });
    const { model } = optionsPage(async () => {
      await call({ type: 'page/unreadable', unreadable: { code: 'contacts-unreadable', reason: 'rows-without-ids', url: fromTab.url, opportunityKey: OPPORTUNITY_KEY } }, fromTab);
    });
    await model.check(file(json), 'replace');
    await model.confirmImport();
    expect(model.state.value).toMatchObject({ kind: 'imported' });
    expect(sent.filter((message) => message.type === 'backup/apply')).toHaveLength(1);
    expect(local.data.has('diagnostics')).toBe(true);
    expect(local.data.has(`deal:${OPPORTUNITY_KEY}`)).toBe(true);
  });

  test('a write made against another store is not written; the background answers with the store as it is', async () => {
    await filledStore();
    const before = snapshot();
    const write: ImportWrite = { basis: {}, set: {}, remove: [`deal:${OPPORTUNITY_KEY}`] };
    expect(await call({ type: 'backup/apply', write })).toEqual({ ok: true, value: { written: false, items: before } });
    expect(snapshot()).toEqual(before);
  });

  test.each([
    ['a deal under another deal’s key', (deal: Record<string, unknown>) => ({ [`deal:salesforce:0068V00000aaaaaQAS`]: deal })],
    ['a deal that fails its schema', (deal: Record<string, unknown>) => ({ [`deal:${OPPORTUNITY_KEY}`]: { ...deal, contacts: 'garbled' } })],
    ['a deal with a field its schema does not know', (deal: Record<string, unknown>) => ({ [`deal:${OPPORTUNITY_KEY}`]: { ...deal, extra: 1 } })],
    ['an item that is not the import’s', () => ({ diagnostics: [] })],
    ['another schema version', () => ({ schemaVersion: 2 })],
  ])('a write holding %s is refused at the boundary and changes nothing', async (_name, items) => {
    await filledStore();
    const before = snapshot();
    const basis = Object.fromEntries(Object.entries(before).filter(([key]) => key !== 'diagnostics'));
    const write = { basis, set: items(before[`deal:${OPPORTUNITY_KEY}`] as Record<string, unknown>), remove: [] };
    expect(await call({ type: 'backup/apply', write })).toEqual({ ok: false, error: 'That request was not understood; nothing was changed.' });
    expect(await call({ type: 'backup/apply', write: { basis, set: {}, remove: ['diagnostics'] } })).toMatchObject({ ok: false });
    expect(snapshot()).toEqual(before);
  });

  test('a CRM page can neither export, plan, import nor delete', async () => {
    await filledStore();
    const before = snapshot();
    const write: ImportWrite = { basis: snapshot(), set: {}, remove: [`deal:${OPPORTUNITY_KEY}`] };
    for (const message of [{ type: 'backup/export' }, { type: 'backup/plan' }, { type: 'data/delete-all' }, { type: 'backup/apply', write }]) {
      expect(await call(message, fromTab)).toMatchObject({ ok: false });
    }
    expect(snapshot()).toEqual(before);
  });

  test('the pre-release format migrates on install; an unreadable value is set aside and counted', async () => {
    const v0 = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/storage/v0-store.json'), 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(v0)) local.data.set(key, value);
    local.data.set('deal:salesforce:0068V00000kQzzzQAA', { format: 1, broken: true });
    await migrateStoredData(NOW);
    expect(local.data.get('schemaVersion')).toBe(1);
    const health = await call({ type: 'storage/health' });
    expect(health).toMatchObject({ ok: true, value: { setAside: expect.any(Number) } });
    expect((health as { value: { setAside: number } }).value.setAside).toBeGreaterThanOrEqual(1);
    const pipeline = (await call({ type: 'pipeline/list' })) as { value: { deals: unknown[] } };
    expect(pipeline.value.deals.length).toBeGreaterThan(0);
  });
});
