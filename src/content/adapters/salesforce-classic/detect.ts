/**
 * Pure page detection for Salesforce Classic (crm-pages.md §2): address in, opportunity id out.
 * No DOM. The table of addresses that must and must not match lives beside the tests
 * (tests/unit/adapters/salesforce-classic/detect.test.ts).
 */
import { KEY_PREFIX, toId18 } from '../../../domain/salesforce-id';
import type { HostScope } from '../types';

/**
 * Classic hosts we are injected on: My Domain hosts, production (`<org>.my.salesforce.com`) and
 * sandboxes (`<org>--<sbx>.sandbox.my.salesforce.com`). Legacy instance hosts (`na1.salesforce.com`)
 * are not in the manifest's match patterns, so they are not recognised either. The dot-prefixed
 * suffix keeps look-alikes such as `evil-my.salesforce.com.example.com` out.
 */
const CLASSIC_HOST_SUFFIX = '.my.salesforce.com';

/** `/<opportunity id>`: the detail page, 15 or 18 characters, optional trailing slash. */
const RECORD_PATH = /^\/([a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?)\/?$/;

export function isClassicHost(url: URL): boolean {
  if (url.protocol !== 'https:') return false;
  const host = url.hostname.toLowerCase();
  return host.endsWith(CLASSIC_HOST_SUFFIX) && host.length > CLASSIC_HOST_SUFFIX.length;
}

/** The 18-character id of the opportunity the address shows, or null. */
export function opportunityIdFrom(url: URL, scope: HostScope = 'saas'): string | null {
  if (scope === 'saas' ? !isClassicHost(url) : url.protocol !== 'https:') return null;
  const raw = RECORD_PATH.exec(url.pathname)?.[1];
  const id = raw ? toId18(raw) : null;
  return id?.startsWith(KEY_PREFIX.opportunity) ? id : null;
}

export function isOpportunityPage(url: URL, scope: HostScope = 'saas'): boolean {
  return opportunityIdFrom(url, scope) !== null;
}

/** The 18-character id a Classic record link (`/003Tx00000Rm4Ka`, absolute or relative) names, or null. */
export function recordIdOfHref(href: string | null): string | null {
  if (!href) return null;
  let pathname: string;
  try {
    pathname = new URL(href, 'https://placeholder.invalid').pathname;
  } catch {
    return null;
  }
  const raw = RECORD_PATH.exec(pathname)?.[1];
  return raw ? toId18(raw) : null;
}
