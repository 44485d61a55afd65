import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { createBackupModel, type BackupModel, type BackupPort } from '../../../src/options/backup-model';
import { Backup } from '../../../src/options/views/Backup';
import { backupText, exportBackup } from '../../../src/domain/backup/export';
import type { Deal } from '../../../src/domain/network';
import { t } from '../../../src/platform/i18n';
import { loadStore } from '../migrations/fixtures';

vi.mock('../../../src/platform/browser', async () => ({ browser: { i18n: { getMessage: (await import('../fakes/i18n')).getMessage } } }));

const NOW = new Date('2026-11-27T10:00:00.000Z');
const ASHGROVE = 'deal:salesforce:0068V00000kQ3wZQAS';
const KESTREL = 'deal:hubspot:18274650391';
const COLM = 'salesforce:0038V00001cWq5JQAS';

/** What the background holds: three deals (Ashgrove, Brightwater, Kestrel), their people, settings. */
const stored = () => loadStore('v1-store.json');

/**
 * A backup of the store from another browser: Colm has since been found willing to guide, and a
 * deal was added whose name (from a CRM page anyone can write into) is markup.
 */
function otherBrowsersBackup(): string {
  const items = stored();
  const ashgrove = structuredClone(items[ASHGROVE]) as Deal;
  ashgrove.contacts[COLM]!.criteria.willingToGuide = { value: 'yes', setAt: '2026-11-26T10:00:00.000Z' };
  const kestrel = structuredClone(items[KESTREL]) as Deal;
  const added = { ...kestrel, opportunity: { ...kestrel.opportunity, key: 'hubspot:99999999999', name: '<img src=x onerror=alert(1)>' } };
  return backupText(exportBackup({ ...items, [ASHGROVE]: ashgrove, 'deal:hubspot:99999999999': added }, NOW, '0.1.0'));
}

function fakePort(overrides: Partial<BackupPort> = {}) {
  const calls: string[] = [];
  const port: BackupPort = {
    storedForExport: async () => {
      calls.push('read for export');
      return stored();
    },
    storedForPlan: async () => {
      calls.push('read for plan');
      return stored();
    },
    apply: async (write) => {
      calls.push(`apply ${Object.keys(write.set).sort().join(' ')}${write.remove.length > 0 ? ` − ${write.remove.join(' ')}` : ''}`);
      return { written: true };
    },
    deleteAll: async () => void calls.push('delete'),
    download: vi.fn((name: string) => void calls.push(`download ${name}`)),
    version: '0.1.0',
    say: t,
    ...overrides,
  };
  return { port, calls };
}

let container: HTMLElement | undefined;
let mounted: BackupModel | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

async function mount(port: BackupPort) {
  const model = createBackupModel(port, () => NOW);
  mounted = model;
  container = document.createElement('div');
  document.body.append(container);
  await act(() => render(<Backup model={model} />, container!));
  return { model, root: container };
}

/** Until what the rep started is done. */
const settled = () => act(() => vi.waitFor(() => expect(mounted!.state.value.kind).not.toBe('busy')));

async function click(root: HTMLElement, selector: string) {
  await act(() => root.querySelector<HTMLElement>(selector)!.click());
  await settled();
}

async function choose(root: HTMLElement, text: string) {
  const input = root.querySelector<HTMLInputElement>('#import-file')!;
  Object.defineProperty(input, 'files', { value: [new File([text], 'backup.json', { type: 'application/json' })], configurable: true });
  await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await settled();
}

describe('options: backup and restore', () => {
  it('downloads the backup and the CSV as files, worded from the store the background read', async () => {
    const { port, calls } = fakePort();
    const { root } = await mount(port);
    await click(root, '[data-action="export-json"]');
    await click(root, '[data-action="export-csv"]');
    expect(calls).toEqual(['read for export', 'download coach-network-2026-11-27.json', 'read for export', 'download coach-network-2026-11-27.csv']);
    const [json, csv] = vi.mocked(port.download).mock.calls.map(([, text]) => text);
    expect(json).toBe(backupText(exportBackup(stored(), NOW, '0.1.0')));
    expect(csv!.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Colm Gallagher');
    expect(root.textContent).toContain('Downloaded: coach-network-2026-11-27.csv');
  });

  it('checks a chosen file first, shows what it will do, and writes only on "Import"', async () => {
    const { port, calls } = fakePort();
    const { root } = await mount(port);
    await choose(root, otherBrowsersBackup());
    expect(calls).toEqual(['read for plan']);
    const summary = root.querySelector('[data-import-summary]')!;
    expect(summary.textContent).toContain('Deals: 1 added, 1 changed, 0 removed, 2 unchanged.');
    expect(summary.textContent).toContain('Ashgrove Transit – Depot Maintenance Analytics: changed — changes Colm Gallagher');
    // Deal names from the file are text, never markup.
    expect(summary.querySelector('img')).toBeNull();
    expect(summary.textContent).toContain('<img src=x onerror=alert(1)>: added — adds Saoirse Ní Bhriain');
    await click(root, '[data-action="confirm-import"]');
    expect(calls).toEqual(['read for plan', `apply deal:hubspot:99999999999 ${ASHGROVE}`]);
    expect(root.querySelector('[data-imported]')?.textContent).toContain('Imported.');
  });

  it('replace is a choice the rep makes, and the plan says it replaces', async () => {
    const { port, calls } = fakePort();
    const { root } = await mount(port);
    await click(root, 'input[value="replace"]');
    await choose(root, otherBrowsersBackup());
    expect(calls).toEqual(['read for plan']);
    expect(root.textContent).toContain('This file would replace your data as follows.');
  });

  it('plans again when the store changed since the plan was shown, and shows what was done', async () => {
    let written = 0;
    const { port, calls } = fakePort({
      apply: async (write) => {
        calls.push('apply');
        // The first write was made against the store before a deal was deleted in another tab.
        if (written++ > 0) return { written: true };
        expect(write.basis).toEqual(stored());
        const { [KESTREL]: _gone, ...now } = stored();
        return { written: false, items: now };
      },
    });
    const { root } = await mount(port);
    await choose(root, otherBrowsersBackup());
    expect(root.querySelector('[data-import-summary]')!.textContent).toContain('Deals: 1 added, 1 changed, 0 removed, 2 unchanged.');
    await click(root, '[data-action="confirm-import"]');
    expect(calls).toEqual(['read for plan', 'apply', 'apply']);
    // Kestrel is in the file: into the store as it is now, it is added again.
    expect(root.querySelector('[data-imported]')?.textContent).toContain('Deals: 2 added, 1 changed, 0 removed, 1 unchanged.');
  });

  it('gives up, changing nothing, when the store keeps changing under the import', async () => {
    const { port, calls } = fakePort({
      apply: async () => {
        calls.push('apply');
        return { written: false, items: stored() };
      },
    });
    const { root } = await mount(port);
    await choose(root, otherBrowsersBackup());
    await click(root, '[data-action="confirm-import"]');
    expect(calls.filter((call) => call === 'apply')).toHaveLength(5);
    expect(root.querySelector('[data-import-refused]')?.textContent).toBe('Coach Network could not save that change; nothing was changed. Try again. Nothing was changed.');
  });

  it('a refused file shows the reason and that nothing changed; nothing is read or applied', async () => {
    const { port, calls } = fakePort();
    const { root } = await mount(port);
    await choose(root, '{"kind":');
    expect(root.querySelector('[data-import-refused]')?.textContent).toBe(
      'The file ends too early: it was probably cut off while it was saved or copied. Export the backup again, or use another copy. Nothing was changed.',
    );
    expect(calls).toEqual([]);
  });

  it('delete all asks once more, offers a backup first, and only then deletes', async () => {
    const { port, calls } = fakePort();
    const { root } = await mount(port);
    await click(root, '[data-action="delete-all"]');
    expect(calls).toEqual([]);
    expect(root.querySelector('[role="alertdialog"]')?.textContent).toContain('This can’t be undone.');
    await click(root, '[data-action="export-before-delete"]');
    expect(calls).toEqual(['read for export', 'download coach-network-2026-11-27.json']);
    expect(root.querySelector('[data-action="export-before-delete"]')?.textContent).toBe('Backup downloaded');
    await click(root, '[data-action="confirm-delete"]');
    expect(calls.at(-1)).toBe('delete');
    expect(root.textContent).toContain('All data was deleted.');
  });
});
