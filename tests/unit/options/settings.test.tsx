import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { createSettingsModel, type SettingsPort } from '../../../src/options/settings-model';
import { StaleDays } from '../../../src/options/views/StaleDays';
import { OwnDomains } from '../../../src/options/views/OwnDomains';
import { RoleNames } from '../../../src/options/views/RoleNames';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../src/domain/settings';

vi.mock('../../../src/platform/browser', async () => ({ browser: { i18n: { getMessage: (await import('../fakes/i18n')).getMessage } } }));

/** The background as the options page sees it: validates like the real one, stores what passes. */
function fakeBackground(initial: Partial<Settings> = {}) {
  let stored: Settings = { ...DEFAULT_SETTINGS, ...initial };
  const port: SettingsPort = {
    get: async () => stored,
    update: vi.fn(async (change) => {
      stored = settingsSchema.parse({ ...stored, ...change });
      return stored;
    }),
  };
  return { port, stored: () => stored };
}

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

async function mount(port: SettingsPort) {
  const model = createSettingsModel(port);
  await model.load();
  container = document.createElement('div');
  document.body.append(container);
  await act(() =>
    render(
      <>
        <StaleDays model={model} />
        <OwnDomains model={model} />
        <RoleNames model={model} />
      </>,
      container!,
    ),
  );
  return { model, root: container };
}

async function fill(root: HTMLElement, selector: string, value: string) {
  const field = root.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  await act(() => {
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

async function submitForm(root: HTMLElement, fieldSelector: string) {
  await act(async () => {
    root.querySelector(fieldSelector)!.closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const statusOf = (root: HTMLElement, id: string) => root.querySelector(`#${id}`)!.textContent;

describe('options: stale-coach days', () => {
  it('shows the stored value and saves a new one', async () => {
    const background = fakeBackground({ staleCoachDays: 45 });
    const { root } = await mount(background.port);
    expect(root.querySelector<HTMLInputElement>('#stale-days')!.value).toBe('45');
    await fill(root, '#stale-days', '21');
    await submitForm(root, '#stale-days');
    expect(background.stored().staleCoachDays).toBe(21);
    expect(statusOf(root, 'stale-message')).toBe('Saved. Open CRM pages show the change at once.');
  });

  it.each(['0', '366', '7.5', '', 'ten', '-3'])('refuses %j without saving', async (value) => {
    const background = fakeBackground();
    const { root } = await mount(background.port);
    await fill(root, '#stale-days', value);
    await submitForm(root, '#stale-days');
    expect(background.port.update).not.toHaveBeenCalled();
    expect(statusOf(root, 'stale-message')).toBe('Enter a whole number of days from 1 to 365.');
    expect(root.querySelector('#stale-days')!.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('options: own email domains', () => {
  it('adds a domain as typed with an @ and in capitals, once; removes it again', async () => {
    const background = fakeBackground();
    const { root } = await mount(background.port);
    await fill(root, '#own-domain', ' @Northwind-Analytics.COM ');
    await submitForm(root, '#own-domain');
    expect(background.stored().ownEmailDomains).toEqual(['northwind-analytics.com']);
    await fill(root, '#own-domain', 'northwind-analytics.com');
    await submitForm(root, '#own-domain');
    expect(background.stored().ownEmailDomains).toEqual(['northwind-analytics.com']);
    await act(async () => {
      root.querySelector<HTMLButtonElement>('button[aria-label="Remove northwind-analytics.com"]')!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(background.stored().ownEmailDomains).toEqual([]);
  });

  it.each(['not a domain', 'priya@', 'https://example.com', '<b>x</b>.com'])('refuses %j', async (value) => {
    const background = fakeBackground();
    const { root } = await mount(background.port);
    await fill(root, '#own-domain', value);
    await submitForm(root, '#own-domain');
    expect(background.port.update).not.toHaveBeenCalled();
    expect(statusOf(root, 'own-domains-message')).toMatch(/not an email domain/);
  });

  it('refuses a 21st domain', async () => {
    const background = fakeBackground({ ownEmailDomains: Array.from({ length: 20 }, (_, i) => `d${i}.example.com`) });
    const { root } = await mount(background.port);
    await fill(root, '#own-domain', 'one-more.example.com');
    await submitForm(root, '#own-domain');
    expect(background.stored().ownEmailDomains).toHaveLength(20);
    expect(statusOf(root, 'own-domains-message')).toBe('At most 20 email domains; remove one first.');
  });
});

describe('options: own role names', () => {
  it('maps a custom role name to a buying influence, shown over the default table', async () => {
    const background = fakeBackground();
    const { model, root } = await mount(background.port);
    await fill(root, '#role-name', '  Entscheider_Budget ');
    await fill(root, '#role-outcome', 'economic');
    await submitForm(root, '#role-name');
    expect(background.stored().roleTable).toEqual({ 'entscheider budget': { role: 'economic', hint: null } });
    expect(model.roleTable.value?.get('entscheider budget')).toEqual({ role: 'economic', hint: null });
    expect(root.querySelector('tr[data-role-name="entscheider budget"]')?.textContent).toContain('Entscheider Budget');
  });

  it('a coach-candidate hint and removal', async () => {
    const background = fakeBackground({ roleTable: { fan: { role: null, hint: 'coach-candidate' } } });
    const { root } = await mount(background.port);
    expect(root.querySelector('tr[data-role-name="fan"]')?.textContent).toContain('coach candidate');
    await act(async () => {
      root.querySelector<HTMLButtonElement>('button[aria-label="Remove Fan"]')!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(background.stored().roleTable).toEqual({});
  });

  it('shows the background’s refusal as worded, and keeps what was typed', async () => {
    const background = fakeBackground();
    background.port.update = async () => {
      throw new Error('Coach Network could not save that change; nothing was changed. Try again.');
    };
    const { root } = await mount(background.port);
    await fill(root, '#role-name', 'Sponsor Exec');
    await submitForm(root, '#role-name');
    expect(statusOf(root, 'role-names-message')).toBe('Coach Network could not save that change; nothing was changed. Try again.');
    expect(root.querySelector<HTMLInputElement>('#role-name')!.value).toBe('Sponsor Exec');
  });
});
