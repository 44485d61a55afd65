/**
 * The options page's editable settings: thresholds, the company's own email domains and the rep's
 * own role names. Each change is checked here first (so a mistake is explained beside the field and
 * nothing is sent), then saved in one request; the background re-renders open tabs at once.
 */
import { computed, signal } from '@preact/signals';
import { normalizeRoleText, type RoleMapping } from '../domain/roles';
import { parseEmailDomain, roleTableOf, type Settings, type SettingsChange } from '../domain/settings';

export interface SettingsPort {
  get(): Promise<Settings>;
  update(change: SettingsChange): Promise<Settings>;
}

/** What the last change did, for the live region of the section it came from. */
export type SettingsMessage =
  | { section: SettingsSection; kind: 'saved' }
  | { section: SettingsSection; kind: 'invalid'; problem: SettingsProblem }
  | { section: SettingsSection; kind: 'failed'; error: string };
export type SettingsSection = 'stale' | 'domains' | 'roles';
export type SettingsProblem = 'stale-days' | 'email-domain' | 'domain-limit' | 'role-text';

export const STALE_DAYS_RANGE = { min: 1, max: 365 } as const;
const OWN_DOMAINS_MAX = 20;

export type SettingsModel = ReturnType<typeof createSettingsModel>;

export function createSettingsModel(port: SettingsPort) {
  const settings = signal<Settings | null>(null);
  const message = signal<SettingsMessage | null>(null);
  const busy = signal(false);
  /** The effective role table (defaults with the rep's names over them), for the read-only table. */
  const roleTable = computed(() => (settings.value ? roleTableOf(settings.value) : null));

  const load = async () => {
    settings.value = await port.get();
  };

  const save = async (section: SettingsSection, change: SettingsChange) => {
    busy.value = true;
    try {
      settings.value = await port.update(change);
      message.value = { section, kind: 'saved' };
      return true;
    } catch (error) {
      message.value = { section, kind: 'failed', error: error instanceof Error ? error.message : String(error) };
      return false;
    } finally {
      busy.value = false;
    }
  };

  const refuse = (section: SettingsSection, problem: SettingsProblem) => {
    message.value = { section, kind: 'invalid', problem };
    return Promise.resolve(false);
  };

  const setStaleDays = (input: string) => {
    const days = Number(input);
    if (!/^\d+$/.test(input.trim()) || days < STALE_DAYS_RANGE.min || days > STALE_DAYS_RANGE.max) return refuse('stale', 'stale-days');
    return save('stale', { staleCoachDays: days });
  };

  const addOwnDomain = (input: string) => {
    const domain = parseEmailDomain(input);
    const current = settings.peek()?.ownEmailDomains ?? [];
    if (!domain) return refuse('domains', 'email-domain');
    if (current.includes(domain)) return save('domains', { ownEmailDomains: current });
    if (current.length >= OWN_DOMAINS_MAX) return refuse('domains', 'domain-limit');
    return save('domains', { ownEmailDomains: [...current, domain] });
  };

  const removeOwnDomain = (domain: string) => save('domains', { ownEmailDomains: (settings.peek()?.ownEmailDomains ?? []).filter((d) => d !== domain) });

  const setRoleName = (text: string, mapping: RoleMapping) => {
    const key = normalizeRoleText(text);
    if (key === '' || key.length > 200) return refuse('roles', 'role-text');
    return save('roles', { roleTable: { ...settings.peek()?.roleTable, [key]: mapping } });
  };

  const removeRoleName = (key: string) => {
    const { [key]: _removed, ...rest } = settings.peek()?.roleTable ?? {};
    return save('roles', { roleTable: rest });
  };

  return { settings, message, busy, roleTable, load, setStaleDays, addOwnDomain, removeOwnDomain, setRoleName, removeRoleName };
}
