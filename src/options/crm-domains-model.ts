/**
 * The options page's CRM addresses: what the rep added, whether the browser still grants each one,
 * and the add/remove flow. The browser's permission prompt must open in direct answer to the click
 * (Firefox refuses it after any await), so `add` checks the address synchronously and asks first.
 */
import { signal } from '@preact/signals';
import { matchPatternOf, parseCrmAddress, type CrmAddressProblem, type CustomCrmDomain, type CustomDomainCrm } from '../domain/crm-domains';
import type { Settings } from '../domain/settings';

/** What the model needs from the extension, injected so tests drive it without a browser. */
export interface CrmDomainsPort {
  requestPermission(pattern: string): Promise<boolean>;
  hasPermission(pattern: string): Promise<boolean>;
  add(domain: CustomCrmDomain): Promise<Settings>;
  remove(host: string): Promise<Settings>;
}

export interface CrmDomainRow extends CustomCrmDomain {
  /** False when the rep revoked the host in the browser's own settings: nothing is read there. */
  granted: boolean;
}

/** The outcome of the last action, for the live region under the form. */
export type CrmDomainsMessage =
  | { kind: 'problem'; problem: CrmAddressProblem }
  | { kind: 'denied'; host: string }
  | { kind: 'failed'; error: string }
  | { kind: 'added'; host: string }
  | { kind: 'removed'; host: string };

export type CrmDomainsModel = ReturnType<typeof createCrmDomainsModel>;

export function createCrmDomainsModel(port: CrmDomainsPort) {
  const rows = signal<readonly CrmDomainRow[]>([]);
  const message = signal<CrmDomainsMessage | null>(null);
  const busy = signal(false);

  const show = async (settings: Settings) => {
    rows.value = await Promise.all(
      settings.customCrmDomains.map(async (domain) => ({ ...domain, granted: await port.hasPermission(matchPatternOf(domain.host)) })),
    );
  };

  const run = async (task: () => Promise<CrmDomainsMessage | null>) => {
    busy.value = true;
    try {
      message.value = await task();
    } catch (error) {
      message.value = { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
    } finally {
      busy.value = false;
    }
  };

  /** Returns false when the address is refused before anything is asked (the field keeps its text). */
  const add = (input: string, crm: CustomDomainCrm): Promise<boolean> => {
    const address = parseCrmAddress(input);
    if (!address.ok) {
      message.value = { kind: 'problem', problem: address.problem };
      return Promise.resolve(false);
    }
    const { host } = address;
    // First call in the click's own task: the browser shows its prompt only for a user gesture.
    const granted = port.requestPermission(matchPatternOf(host));
    let added = false;
    return run(async () => {
      if (!(await granted)) return { kind: 'denied', host };
      await show(await port.add({ host, crm }));
      added = true;
      return { kind: 'added', host };
    }).then(() => added);
  };

  const remove = (host: string) =>
    run(async () => {
      await show(await port.remove(host));
      return { kind: 'removed', host };
    });

  /** Asks again for a host the rep revoked in the browser's settings. */
  const regrant = (domain: CrmDomainRow) => {
    const granted = port.requestPermission(matchPatternOf(domain.host));
    return run(async () => {
      if (!(await granted)) return { kind: 'denied', host: domain.host };
      await show(await port.add({ host: domain.host, crm: domain.crm }));
      return { kind: 'added', host: domain.host };
    });
  };

  return { rows, message, busy, show, add, remove, regrant };
}
