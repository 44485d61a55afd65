/**
 * Pure page detection for Salesforce Lightning Experience (crm-pages.md §1.1–1.2): address in,
 * opportunity id out. No DOM. The table of addresses that must and must not match lives beside
 * the tests (tests/unit/adapters/salesforce-lightning/detect.test.ts).
 */
import { KEY_PREFIX, toId18 } from '../../../domain/salesforce-id';
import type { HostScope } from '../types';

/**
 * LEX hosts. `*.lightning.force.com` covers production, `--sandbox` and the `.sandbox.`,
 * `.develop.`, `.scratch.` partitions; enhanced-domain orgs may also serve `/lightning/r/…` on
 * `*.my.salesforce.com`. Matching on a dot-prefixed suffix keeps look-alikes such as
 * `evil-lightning.force.com.example.com` out.
 */
const LIGHTNING_HOST_SUFFIXES = ['.lightning.force.com', '.my.salesforce.com'] as const;

/**
 * `/lightning/r/[Object/]<id>/view` and `/lightning/r/[Object/]<id>/related/<List>/view`
 * (standard__recordPage and standard__recordRelationshipPage page references).
 */
const RECORD_PATH =
  /^\/lightning\/r\/(?:([A-Za-z][A-Za-z0-9_]*)\/)?([a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?)\/(?:view|related\/([A-Za-z0-9_]+)\/view)\/?$/;

/** The only related-list page that shows an opportunity's contacts. */
export const CONTACT_ROLES_RELATIONSHIP = 'OpportunityContactRoles';

export interface RecordPath {
  /** The API name in the path, or null for the object-less form lookups link to. */
  objectName: string | null;
  /** 18-character id. */
  id: string;
  /** The relationship of a related-list ("View All") page, or null on the record page itself. */
  relationship: string | null;
}

/** Parses a LEX record path (no host, no query); null when it is not one. */
export function parseRecordPath(pathname: string): RecordPath | null {
  const match = RECORD_PATH.exec(pathname);
  const id = match?.[2] ? toId18(match[2]) : null;
  if (!match || !id) return null;
  return { objectName: match[1] ?? null, id, relationship: match[3] ?? null };
}

/** The opportunity id of a record path, when the path is an opportunity page we read. */
function opportunityOfPath(path: RecordPath | null): string | null {
  if (!path || !path.id.startsWith(KEY_PREFIX.opportunity)) return null;
  if (path.objectName !== null && path.objectName !== 'Opportunity') return null;
  if (path.relationship !== null && path.relationship !== CONTACT_ROLES_RELATIONSHIP) return null;
  return path.id;
}

export function isLightningHost(url: URL): boolean {
  if (url.protocol !== 'https:') return false;
  const host = url.hostname.toLowerCase();
  return LIGHTNING_HOST_SUFFIXES.some((suffix) => host.endsWith(suffix) && host.length > suffix.length);
}

export interface OpportunityLocation {
  /** 18-character opportunity id. */
  id: string;
  /**
   * `path`: the page itself is the opportunity (record page or its Contact Roles list).
   * `workspace`: a console subtab showing another record is focused; the opportunity is only the
   * enclosing workspace tab named by the `ws` parameter (crm-pages.md §1.2).
   */
  via: 'path' | 'workspace';
  /** True on `/related/OpportunityContactRoles/view`, the full ("View All") list. */
  isContactRolesList: boolean;
}

export function locateOpportunity(url: URL, scope: HostScope = 'saas'): OpportunityLocation | null {
  if (scope === 'saas' ? !isLightningHost(url) : url.protocol !== 'https:') return null;
  const path = parseRecordPath(url.pathname);
  const fromPath = opportunityOfPath(path);
  if (fromPath) {
    return { id: fromPath, via: 'path', isContactRolesList: path?.relationship === CONTACT_ROLES_RELATIONSHIP };
  }
  // URLSearchParams has already decoded the %2F of `ws=%2Flightning%2Fr%2FOpportunity%2F…`.
  const workspace = url.searchParams.get('ws');
  const fromWorkspace = workspace ? opportunityOfPath(parseRecordPath(workspace)) : null;
  return fromWorkspace ? { id: fromWorkspace, via: 'workspace', isContactRolesList: false } : null;
}

export function isOpportunityPage(url: URL, scope: HostScope = 'saas'): boolean {
  return locateOpportunity(url, scope) !== null;
}

/** The 18-character opportunity id the address names, or null. */
export function opportunityIdFrom(url: URL): string | null {
  return locateOpportunity(url)?.id ?? null;
}
