import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { createBackupModel, type BackupPort } from '../../../src/options/backup-model';
import { Backup } from '../../../src/options/views/Backup';
import type { ImportSummary } from '../../../src/messaging/protocol';

vi.mock('../../../src/platform/browser', async () => ({ browser: { i18n: { getMessage: (await import('../fakes/i18n')).getMessage } } }));

const SUMMARY: ImportSummary = {
  mode: 'merge',
  exportedAt: '2026-11-20T10:00:00.000Z',
  totals: { deals: { add: 1, change: 1, keep: 3, remove: 0 }, people: { added: 2, changed: 1, removed: 0 } },
  deals: [
    { name: 'Ashgrove Transit – Depot Analytics', outcome: 'change', peopleAdded: ['Priya Raghunathan'], peopleChanged: ['Colm Gallagher'], peopleRemoved: [] },
    { name: '<img src=x onerror=alert(1)>', outcome: 'add', peopleAdded: ['Ines'], peopleChanged: [], peopleRemoved: [] },
  ],
  dealsNotListed: 0,
  settings: 'keep',
  setAside: 0,
};

function fakePort(overrides: Partial<BackupPort> = {}) {
  const calls: string[] = [];
  const port: BackupPort = {
    exportAll: async () => ({ json: '{"kind":"coach-network-backup"}', jsonName: 'coach-network-backup-2026-11-27.json', csv: '\uFEFFdeal', csvName: 'coach-network-2026-11-27.csv' }),
    plan: async (_text, mode) => {
      calls.push(`plan ${mode}`);
      return { ...SUMMARY, mode };
    },
    apply: async (_text, mode) => {
      calls.push(`apply ${mode}`);
      return { ...SUMMARY, mode };
    },
    deleteAll: async () => void calls.push('delete'),
    download: vi.fn((name: string) => void calls.push(`download ${name}`)),
    ...overrides,
  };
  return { port, calls };
}

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

async function mount(port: BackupPort) {
  const model = createBackupModel(port);
  container = document.createElement('div');
  document.body.append(container);
  await act(() => render(<Backup model={model} />, container!));
  return { model, root: container };
}

const click = async (root: HTMLElement, selector: string) =>
  act(async () => {
    root.querySelector<HTMLElement>(selector)!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

async function choose(root: HTMLElement, text: string) {
  const input = root.querySelector<HTMLInputElement>('#import-file')!;
  Object.defineProperty(input, 'files', { value: [new File([text], 'backup.json', { type: 'application/json' })], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
}

describe('options: backup and restore', () => {
  it('downloads the backup and the CSV as files', async () => {
    const { port, calls } = fakePort();
    const { root } = await mount(port);
    await click(root, '[data-action="export-json"]');
    await click(root, '[data-action="export-csv"]');
    expect(calls).toEqual(['download coach-network-backup-2026-11-27.json', 'download coach-network-2026-11-27.csv']);
    expect(root.textContent).toContain('Downloaded: coach-network-2026-11-27.csv');
  });

  it('checks a chosen file first, shows what it will do, and writes only on "Import"', async () => {
    const { port, calls } = fakePort();
    const { root } = await mount(port);
    await choose(root, '{}');
    expect(calls).toEqual(['plan merge']);
    const summary = root.querySelector('[data-import-summary]')!;
    expect(summary.textContent).toContain('Deals: 1 added, 1 changed, 0 removed, 3 unchanged.');
    expect(summary.textContent).toContain('Ashgrove Transit – Depot Analytics: changed — adds Priya Raghunathan — changes Colm Gallagher');
    // Deal names from the file are text, never markup.
    expect(summary.querySelector('img')).toBeNull();
    expect(summary.textContent).toContain('<img src=x onerror=alert(1)>');
    await click(root, '[data-action="confirm-import"]');
    expect(calls).toEqual(['plan merge', 'apply merge']);
    expect(root.querySelector('[data-imported]')?.textContent).toContain('Imported.');
  });

  it('replace is a choice the rep makes, and the plan says it replaces', async () => {
    const { port, calls } = fakePort();
    const { root } = await mount(port);
    await click(root, 'input[value="replace"]');
    await choose(root, '{}');
    expect(calls).toEqual(['plan replace']);
    expect(root.textContent).toContain('This file would replace your data as follows.');
  });

  it('a refused file shows the reason and that nothing changed; nothing is applied', async () => {
    const { port, calls } = fakePort({
      plan: async () => {
        throw new Error('This file is cut off: it ends in the middle of the data.');
      },
    });
    const { root } = await mount(port);
    await choose(root, '{"kind":');
    expect(root.querySelector('[data-import-refused]')?.textContent).toBe('This file is cut off: it ends in the middle of the data. Nothing was changed.');
    expect(calls).toEqual([]);
  });

  it('delete all asks once more, offers a backup first, and only then deletes', async () => {
    const { port, calls } = fakePort();
    const { root } = await mount(port);
    await click(root, '[data-action="delete-all"]');
    expect(calls).toEqual([]);
    expect(root.querySelector('[role="alertdialog"]')?.textContent).toContain('This can’t be undone.');
    await click(root, '[data-action="export-before-delete"]');
    expect(calls).toEqual(['download coach-network-backup-2026-11-27.json']);
    expect(root.querySelector('[data-action="export-before-delete"]')?.textContent).toBe('Backup downloaded');
    await click(root, '[data-action="confirm-delete"]');
    expect(calls.at(-1)).toBe('delete');
    expect(root.textContent).toContain('All data was deleted.');
  });
});
