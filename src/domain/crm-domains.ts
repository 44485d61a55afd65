/**
 * CRM addresses the rep adds beyond the SaaS domains in the manifest: an on-premise Dynamics
 * (`https://crm.contoso.com/contoso/main.aspx`) or a Salesforce org behind its own domain. Each one
 * becomes an optional host permission and a content script registered at run time, so the match
 * pattern is derived here, from a validated host, never from free text.
 */
import * as z from 'zod/mini';
import { BUILT_IN_SUFFIXES, isBuiltInHost } from './crm-hosts';

/** CRMs that really run on a customer's own domain. HubSpot's app lives only on hubspot.com. */
export const CUSTOM_DOMAIN_CRMS = ['salesforce', 'dynamics'] as const;
export const customDomainCrmSchema = z.enum(CUSTOM_DOMAIN_CRMS);
export type CustomDomainCrm = z.infer<typeof customDomainCrmSchema>;

/** How many addresses the rep may add: each one is a permission prompt and a registered script. */
export const CUSTOM_DOMAINS_MAX = 20;

/** One DNS label: letters, digits and inner hyphens, ≤ 63 characters. */
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/**
 * A lower-case host of at least two labels, optionally with a leading `*.` for every subdomain.
 * The last label must contain a letter, so bare IPv4 addresses are refused along with `localhost`.
 */
const HOST = new RegExp(`^(?:\\*\\.)?(?:${LABEL}\\.)+(?=[a-z0-9-]*[a-z])${LABEL}$`);

export const customHostSchema = z.string().check(z.maxLength(253), z.regex(HOST, 'not a host name'));

export const customCrmDomainSchema = z.object({
  host: customHostSchema,
  crm: customDomainCrmSchema,
});
export type CustomCrmDomain = z.infer<typeof customCrmDomainSchema>;

/**
 * Hosts the manifest already covers: adding one would ask for a permission we hold and run the
 * content script twice. Suffixes, as in the manifest's `*.` patterns.
 */

/**
 * Registrable suffixes a wildcard may not stand directly on (`*.co.uk` would reach every company in
 * the country). Not the whole public-suffix list: the two-label rule below catches `*.com`, this
 * catches the common second-level suffixes.
 */
const SHARED_SECOND_LEVEL = /^(?:co|com|net|org|gov|ac|edu|ne|or|go)\.[a-z]{2}$/;

export type CrmAddressProblem = 'empty' | 'not-https' | 'not-a-host' | 'too-broad' | 'built-in';

/**
 * Reads what the rep typed or pasted (a bare host, a wildcard host, or a whole page address) into
 * the host we ask permission for. Only https: a CRM page served over plain http would expose the
 * rep's session anyway, and our badges must not vouch for it.
 */
export function parseCrmAddress(input: string): { ok: true; host: string } | { ok: false; problem: CrmAddressProblem } {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  const wildcard = text.replace(/^https:\/\//i, '').startsWith('*.');
  let host: string;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    if (!/^https:\/\//i.test(text)) return { ok: false, problem: 'not-https' };
    try {
      // URL parsing lower-cases, punycodes and rejects stray characters; a wildcard isn't a URL host.
      const parsed = new URL(wildcard ? text.replace('*.', 'wildcard.') : text);
      if (parsed.port !== '' || parsed.username !== '' || parsed.password !== '') return { ok: false, problem: 'not-a-host' };
      host = wildcard ? parsed.hostname.replace(/^wildcard\./, '*.') : parsed.hostname;
    } catch {
      return { ok: false, problem: 'not-a-host' };
    }
  } else {
    if (/[/?#:@\s]/.test(text)) return { ok: false, problem: 'not-a-host' };
    host = text.toLowerCase().replace(/\.$/, '');
  }
  const bare = host.replace(/^\*\./, '');
  if (host.startsWith('*.') && /^[a-z0-9.-]+$/.test(bare) && (!bare.includes('.') || SHARED_SECOND_LEVEL.test(bare))) {
    return { ok: false, problem: 'too-broad' };
  }
  if (!customHostSchema.safeParse(host).success) return { ok: false, problem: 'not-a-host' };
  if (BUILT_IN_SUFFIXES.some((suffix) => `.${bare}`.endsWith(suffix) || suffix.endsWith(`.${bare}`))) return { ok: false, problem: 'built-in' };
  return { ok: true, host };
}

export { isBuiltInHost };

/** The match pattern for a host: its https pages, any path (content scripts and permissions alike). */
export function matchPatternOf(host: string): string {
  return `https://${host}/*`;
}

/** Does a page's host fall under an added address (exact, or under its `*.` wildcard)? */
export function coversHost(domain: CustomCrmDomain, hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (!domain.host.startsWith('*.')) return host === domain.host;
  const base = domain.host.slice(2);
  return host === base || host.endsWith(`.${base}`);
}

/** The CRM the rep declared for a page's host, or null when no added address covers it. */
export function customCrmFor(domains: readonly CustomCrmDomain[], hostname: string): CustomDomainCrm | null {
  return domains.find((domain) => coversHost(domain, hostname))?.crm ?? null;
}
