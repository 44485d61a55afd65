/**
 * Content scripts for the CRM hosts the rep added, registered at run time. The registered set is
 * always derived from the settings and the permissions the browser holds, never kept on its own:
 * `syncCrmDomainScripts` makes the browser's list match, so it can run at start-up, after any
 * change and after the rep revokes a host in the browser's own UI.
 */
import { browser } from '../platform/browser';
import { matchPatternOf, type CustomCrmDomain } from '../domain/crm-domains';

const SCRIPT_ID_PREFIX = 'crm-domain:';

const scriptIdOf = (host: string) => `${SCRIPT_ID_PREFIX}${host}`;

/** Does the browser hold the host permission for this domain (granted, not revoked since)? */
export function hasPermissionFor(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [matchPatternOf(host)] });
}

export async function syncCrmDomainScripts(domains: readonly CustomCrmDomain[]): Promise<void> {
  const granted = new Set<string>();
  for (const { host } of domains) if (await hasPermissionFor(host)) granted.add(host);
  const registered = (await browser.scripting.getRegisteredContentScripts()).filter((script) => script.id.startsWith(SCRIPT_ID_PREFIX));
  const registeredIds = new Set(registered.map((script) => script.id));
  const stale = registered.filter((script) => !granted.has(script.id.slice(SCRIPT_ID_PREFIX.length))).map((script) => script.id);
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const missing = [...granted].filter((host) => !registeredIds.has(scriptIdOf(host)));
  if (missing.length === 0) return;
  await browser.scripting.registerContentScripts(
    missing.map((host) => ({
      id: scriptIdOf(host),
      matches: [matchPatternOf(host)],
      // The same script as the manifest's: it asks the background which CRM this host is.
      js: ['content.js'],
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    })),
  );
}

/** Gives a removed domain's permission back to the browser (its script is unregistered by the sync). */
export async function releasePermissionFor(host: string): Promise<void> {
  await browser.permissions.remove({ origins: [matchPatternOf(host)] });
}
