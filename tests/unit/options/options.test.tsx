import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from '../../../src/options/App';
import { createOptionsModel, displayRoleText, groupByOutcome } from '../../../src/options/model';
import { createCrmDomainsModel } from '../../../src/options/crm-domains-model';
import { createSettingsModel } from '../../../src/options/settings-model';
import { createBackupModel } from '../../../src/options/backup-model';
import { DEFAULT_ROLE_TABLE, mapCrmRole } from '../../../src/domain/roles';
import { catalog } from '../fakes/i18n';

// The page's text comes from the catalogs through browser.i18n; tests read the English ones, or
// the German ones when a test switches `language`.
let language: 'en' | 'de' = 'en';
const catalogs = { en: catalog('en'), de: catalog('de') };
vi.mock('../../../src/platform/browser', () => ({
  browser: {
    i18n: {
      getMessage: (key: string, subs: string[] = []) =>
        (catalogs[language][key] ?? '').replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? ''),
      getUILanguage: () => language,
    },
  },
}));

let container: HTMLElement | undefined;
afterEach(() => {
  language = 'en';
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

/** A port that is never called: these tests are about the role table and the data note. */
const unusedPort = {
  requestPermission: () => Promise.resolve(false),
  hasPermission: () => Promise.resolve(false),
  add: () => Promise.reject(new Error('unused')),
  remove: () => Promise.reject(new Error('unused')),
};

const unusedBackupPort = {
  storedForExport: () => Promise.reject(new Error('unused')),
  storedForPlan: () => Promise.reject(new Error('unused')),
  apply: () => Promise.reject(new Error('unused')),
  deleteAll: () => Promise.reject(new Error('unused')),
  download: () => undefined,
  version: '0.1.0',
  say: (key: string) => key,
};
const unusedSettingsPort = { get: () => new Promise<never>(() => undefined), update: () => Promise.reject(new Error('unused')) };

async function mountOptions(model = createOptionsModel()) {
  container = document.createElement('div');
  document.body.append(container);
  await act(() => render(<App model={model} settings={createSettingsModel(unusedSettingsPort)} crmDomains={createCrmDomainsModel(unusedPort)} backup={createBackupModel(unusedBackupPort)} />, container!));
  return container;
}

function tableRows(root: ParentNode): string[][] {
  return [...root.querySelectorAll('table.roles tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
  );
}

describe('options: role table', () => {
  it('groups the default table by outcome, in the table’s order', () => {
    const rows = groupByOutcome(DEFAULT_ROLE_TABLE);
    expect(rows.map((r) => [r.role, r.hint])).toEqual([
      ['economic', null],
      ['user', null],
      ['technical', null],
      [null, 'sponsor'],
      [null, 'coach-candidate'],
    ]);
    expect(rows[0]?.crmRoles).toEqual(['Economic Buyer', 'Economic Decision Maker', 'Decision Maker', 'Budget Holder']);
  });

  it('lists every role text of the default table exactly once', () => {
    const shown = groupByOutcome(DEFAULT_ROLE_TABLE).flatMap((r) => r.crmRoles);
    expect(shown).toHaveLength(DEFAULT_ROLE_TABLE.size);
    // What is shown is what the mapping does: each displayed text maps to its row's outcome.
    for (const row of groupByOutcome(DEFAULT_ROLE_TABLE)) {
      for (const text of row.crmRoles) expect(mapCrmRole(text)).toEqual({ role: row.role, hint: row.hint });
    }
  });

  it('shows role texts as CRMs spell them', () => {
    expect(displayRoleText('legal & compliance')).toBe('Legal & Compliance');
    expect(displayRoleText('legal and compliance')).toBe('Legal and Compliance');
    expect(displayRoleText('exec sponsor')).toBe('Exec Sponsor');
  });

  it('renders the table with buying-influence names and the fallback for any other text', async () => {
    const root = await mountOptions();
    const rows = tableRows(root);
    expect(rows[0]).toEqual(['Economic Buyer, Economic Decision Maker, Decision Maker, Budget Holder', 'Economic Buyer']);
    expect(rows[1]).toEqual(['Business User, End User, User', 'User Buyer']);
    expect(rows[2]?.[1]).toBe('Technical Buyer');
    expect(rows[3]?.[1]).toContain('sponsor');
    expect(rows[4]?.[0]).toBe('Champion');
    expect(rows[4]?.[1]).toContain('coach candidate');
    expect(rows.at(-1)?.[0]).toContain('Any other role');
    expect(rows.at(-1)?.[1]).toContain('kept and shown');
  });

  it('re-renders from the model when the table changes', async () => {
    const model = createOptionsModel();
    const root = await mountOptions(model);
    await act(() => {
      model.roleTable.value = new Map([['wirtschaftlicher entscheider', { role: 'economic', hint: null }]]);
    });
    expect(tableRows(root)[0]).toEqual(['Wirtschaftlicher Entscheider', 'Economic Buyer']);
  });

  it('the role table is read-only for now: no inputs, buttons or fake controls in it', async () => {
    const root = await mountOptions();
    const roles = root.querySelector('[aria-labelledby="roles-title"]');
    expect(roles).not.toBeNull();
    expect(roles!.querySelector('input, button, select, textarea, [contenteditable]')).toBeNull();
  });
});

describe('options: data note', () => {
  it('says the data stays in this browser', async () => {
    const root = await mountOptions();
    const heading = [...root.querySelectorAll('h2')].map((h) => h.textContent);
    expect(heading).toContain('Your data stays in this browser');
    expect(root.textContent).toContain('no server and no account');
  });
});

describe('options: language', () => {
  it('renders every text from the catalog of the browser’s language', async () => {
    language = 'de';
    const root = await mountOptions();
    expect(root.querySelector('h1')?.textContent).toBe('Coach Network – Einstellungen');
    expect(tableRows(root)[0]?.[1]).toBe('Wirtschaftlicher Entscheider');
    expect(tableRows(root)[1]?.[1]).toBe('Anwender');
    expect([...root.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['CRM-Rolle', 'Einkaufseinfluss']);
    expect(root.textContent).toContain('Ihre Daten bleiben in diesem Browser');
    // No message is missing: t() would show the key itself.
    expect(root.textContent).not.toMatch(/options_/);
  });
});
