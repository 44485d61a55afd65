/**
 * Backup through the background: export, delete everything, import — the store is identical; a bad
 * file, or one from a newer version, changes nothing; migrations run the pre-release format.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createStorageArea } from '../fakes/storage-area';
import { getMessage } from '../fakes/i18n';
import { OPPORTUNITY_KEY, PRIYA, pageRead } from './fixtures';

const local = createStorageArea();
const session = createStorageArea();
const removedPermissions: string[] = [];

vi.mock('../../../src/platform/browser', () => ({
  browser: {
    storage: { local: Object.assign(local, { clear: async () => local.data.clear() }), session },
    runtime: { id: 'coach-network-test', getManifest: () => ({ version: '0.1.0' }), sendMessage: async () => undefined },
    tabs: { sendMessage: async () => undefined },
    i18n: { getMessage },
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined, setTitle: async () => undefined },
    permissions: { contains: async () => true, remove: async ({ origins }: { origins: string[] }) => void removedPermissions.push(...origins) },
    scripting: { getRegisteredContentScripts: async () => [], registerContentScripts: async () => undefined, unregisterContentScripts: async () => undefined },
  },
}));

const { routeMessage } = await import('../../../src/background/router');
const { migrateStoredData } = await import('../../../src/background/migrations');

const SELF = { id: 'coach-network-test', origin: 'chrome-extension://coach-network-test/' };
const fromOptions = { id: SELF.id, url: `${SELF.origin}options.html`, tab: { id: 9, index: 0, highlighted: true, active: true, pinned: false, incognito: false } };
const fromTab = { id: SELF.id, url: 'https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/0068V00000kQ3wZQAS/view', tab: { id: 1, index: 0, highlighted: true, active: true, pinned: false, incognito: false } };
const NOW = new Date('2026-11-27T10:00:00.000Z');
const call = (message: unknown, sender: object = fromOptions) => routeMessage(message, sender, SELF, NOW);

/** A store with a tracked deal, a coach tagged with evidence, and settings. */
async function filledStore() {
  await call({ type: 'page/read', read: pageRead() }, fromTab);
  for (const criterion of ['wantsOurSolution', 'hasCredibility', 'willingToGuide']) {
    await call({ type: 'criterion/set', dealKey: OPPORTUNITY_KEY, contactKey: PRIYA, criterion, value: 'yes', evidence: `asked in the steering committee (${criterion})` });
  }
  await call({ type: 'settings/update', change: { staleCoachDays: 21, ownEmailDomains: ['halyardsoftware.com'] } });
}

const snapshot = () => structuredClone(Object.fromEntries(local.data));

beforeEach(() => {
  local.data.clear();
  session.data.clear();
  removedPermissions.length = 0;
});

describe('backup through the background', () => {
  test('export, delete all, import: the store is identical', async () => {
    await filledStore();
    const before = snapshot();
    const exported = (await call({ type: 'backup/export' })) as { ok: true; value: { json: string; jsonName: string; csv: string } };
    expect(exported.ok).toBe(true);
    expect(exported.value.jsonName).toMatch(/\.json$/);
    expect(exported.value.csv.charCodeAt(0)).toBe(0xfeff);
    expect(exported.value.csv).toContain('Priya Raghunathan');

    expect(await call({ type: 'data/delete-all' })).toEqual({ ok: true, value: { ok: true } });
    expect(local.data.size).toBe(0);

    const plan = await call({ type: 'backup/plan', text: exported.value.json, mode: 'replace' });
    expect(plan).toMatchObject({ ok: true, value: { totals: { deals: { add: 1 }, people: { added: 2 } } } });
    expect(local.data.size).toBe(0); // planning writes nothing
    expect(await call({ type: 'backup/apply', text: exported.value.json, mode: 'replace' })).toMatchObject({ ok: true });
    expect(snapshot()).toEqual(before);
  });

  test.each([
    ['not JSON', '{"kind": "coach-network-backup", '],
    ['another program’s JSON', '{"hello": "world"}'],
    ['a newer version', null],
  ])('a bad file (%s) is refused with a message and changes nothing', async (_name, text) => {
    await filledStore();
    const before = snapshot();
    let file = text;
    if (file === null) {
      const exported = (await call({ type: 'backup/export' })) as { value: { json: string } };
      file = exported.value.json.replace('"backupFormat": 1', '"backupFormat": 99');
    }
    for (const type of ['backup/plan', 'backup/apply'] as const) {
      const reply = (await call({ type, text: file, mode: 'replace' })) as { ok: boolean; error?: string };
      expect(reply.ok).toBe(false);
      expect(reply.error?.length).toBeGreaterThan(10);
    }
    expect(snapshot()).toEqual(before);
  });

  test('a CRM page can neither export, import nor delete', async () => {
    await filledStore();
    const before = snapshot();
    for (const message of [{ type: 'backup/export' }, { type: 'data/delete-all' }, { type: 'backup/apply', text: '{}', mode: 'replace' }]) {
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
