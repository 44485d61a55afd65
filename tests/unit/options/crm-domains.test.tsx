import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { CrmDomains } from '../../../src/options/views/CrmDomains';
import { createCrmDomainsModel, type CrmDomainsPort } from '../../../src/options/crm-domains-model';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/domain/settings';
import type { CustomCrmDomain } from '../../../src/domain/crm-domains';

vi.mock('../../../src/platform/browser', async () => ({ browser: { i18n: { getMessage: (await import('../fakes/i18n')).getMessage } } }));

/** The extension as the options page sees it: permissions the "browser" holds and stored settings. */
function fakeExtension({ grant = true } = {}) {
  const granted = new Set<string>();
  let stored: CustomCrmDomain[] = [];
  const calls: string[] = [];
  const settings = (): Settings => ({ ...DEFAULT_SETTINGS, customCrmDomains: stored });
  const port: CrmDomainsPort = {
    requestPermission: vi.fn(async (pattern: string) => {
      calls.push(`request ${pattern}`);
      if (grant) granted.add(pattern);
      return grant;
    }),
    hasPermission: async (pattern) => granted.has(pattern),
    add: vi.fn(async (domain: CustomCrmDomain) => {
      calls.push(`add ${domain.host}`);
      stored = [...stored.filter((d) => d.host !== domain.host), domain];
      return settings();
    }),
    remove: vi.fn(async (host: string) => {
      calls.push(`remove ${host}`);
      stored = stored.filter((d) => d.host !== host);
      granted.delete(`https://${host}/*`);
      return settings();
    }),
  };
  return { port, calls, granted, settings };
}

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

async function mount(port: CrmDomainsPort) {
  const model = createCrmDomainsModel(port);
  container = document.createElement('div');
  document.body.append(container);
  await act(() => render(<CrmDomains model={model} />, container!));
  return { model, root: container };
}

async function submit(root: HTMLElement, address: string, crm?: string) {
  const input = root.querySelector<HTMLInputElement>('#domain-address')!;
  await act(() => {
    input.value = address;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  if (crm) {
    const select = root.querySelector<HTMLSelectElement>('#domain-crm')!;
    await act(() => {
      select.value = crm;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }
  await act(async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const status = (root: HTMLElement) => root.querySelector('[role="status"]')!.textContent;
const rows = (root: HTMLElement) => [...root.querySelectorAll('table.domains tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));

describe('options: other CRM addresses', () => {
  it('asks the browser for the host before anything else, in the click’s own task', () => {
    const { port } = fakeExtension();
    const model = createCrmDomainsModel(port);
    void model.add('https://crm.contoso.com/contoso/main.aspx?etn=opportunity', 'dynamics');
    // Synchronously: Firefox shows the prompt only while the click is being handled.
    expect(port.requestPermission).toHaveBeenCalledWith('https://crm.contoso.com/*');
    expect(port.add).not.toHaveBeenCalled();
  });

  it('adds a granted host, lists it as read, and empties the field', async () => {
    const { port, calls } = fakeExtension();
    const { root } = await mount(port);
    expect(root.textContent).toContain('No other addresses yet.');
    await submit(root, 'crm.contoso.com', 'dynamics');
    expect(calls).toEqual(['request https://crm.contoso.com/*', 'add crm.contoso.com']);
    expect(rows(root)).toEqual([['crm.contoso.com', 'Dynamics 365', 'Read — reload pages of it that were already open', 'Remove']]);
    expect(status(root)).toBe('crm.contoso.com added. Reload any page of it that is already open.');
    expect(root.querySelector<HTMLInputElement>('#domain-address')!.value).toBe('');
  });

  it('a refused prompt adds nothing and says so', async () => {
    const { port, calls } = fakeExtension({ grant: false });
    const { root } = await mount(port);
    await submit(root, 'crm.contoso.com');
    expect(calls).toEqual(['request https://crm.contoso.com/*']);
    expect(rows(root)).toEqual([]);
    expect(status(root)).toBe('Access to crm.contoso.com was not allowed, so it was not added.');
  });

  it.each([
    ['', 'Enter the address of your CRM, e.g. crm.example.com.'],
    ['http://crm.contoso.com', 'Only https addresses can be added: a CRM on plain http would expose your session.'],
    ['*.com', 'That wildcard covers far more than one company. Use your company’s own domain, e.g. *.example.com.'],
    ['acme.lightning.force.com', 'Coach Network already reads that address: nothing needs to be added.'],
    ['<img src=x onerror=alert(1)>', 'That is not a host name. Enter just the address, e.g. crm.example.com (no path, port or IP address).'],
  ])('refuses %j without asking the browser, keeping what was typed', async (address, message) => {
    const { port } = fakeExtension();
    const { root } = await mount(port);
    await submit(root, address);
    expect(port.requestPermission).not.toHaveBeenCalled();
    expect(status(root)).toBe(message);
    expect(root.querySelector('#domain-address')!.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector<HTMLInputElement>('#domain-address')!.value).toBe(address);
  });

  it('a refusal from the background is shown as it was worded', async () => {
    const { port } = fakeExtension();
    port.add = async () => {
      throw new Error('No more CRM addresses can be added (20 at most); remove one first. Nothing was changed.');
    };
    const { root } = await mount(port);
    await submit(root, 'crm.contoso.com');
    expect(status(root)).toBe('No more CRM addresses can be added (20 at most); remove one first. Nothing was changed.');
  });

  it('removes a host and gives its access back', async () => {
    const { port, calls, granted } = fakeExtension();
    const { root } = await mount(port);
    await submit(root, '*.fabrikam.com', 'salesforce');
    expect(rows(root)[0]?.slice(0, 2)).toEqual(['*.fabrikam.com', 'Salesforce']);
    await act(async () => {
      root.querySelector<HTMLButtonElement>('button[aria-label="Remove *.fabrikam.com"]')!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(calls.at(-1)).toBe('remove *.fabrikam.com');
    expect(granted.size).toBe(0);
    expect(rows(root)).toEqual([]);
    expect(status(root)).toBe('*.fabrikam.com removed; its access was given back.');
  });

  it('shows a host revoked in the browser’s settings, and asks again on request', async () => {
    const { port, granted, settings } = fakeExtension();
    const { model, root } = await mount(port);
    await submit(root, 'crm.contoso.com');
    granted.clear();
    await act(() => model.show(settings()));
    expect(rows(root)[0]?.[2]).toBe('Access withdrawn in the browser’s settings: not read. Allow again');
    await act(async () => {
      [...root.querySelectorAll('button')].find((b) => b.textContent === 'Allow again')!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(rows(root)[0]?.[2]).toBe('Read — reload pages of it that were already open');
  });
});
