/**
 * Pure page detection for Dynamics 365 Sales (Unified Interface) opportunity forms (crm-pages.md §4):
 * address in, organisation and opportunity GUID out. No DOM. The table of addresses that must and
 * must not match lives beside the tests (tests/unit/adapters/dynamics/detect.test.ts).
 */
import type { HostScope } from '../types';

/**
 * `<org>.crm.dynamics.com` and the regional hosts `<org>.crm2.dynamics.com` … `<org>.crm21.dynamics.com`.
 * Anchored on both ends, so `x.crm.dynamics.com.evil.example` and `evil-crm.dynamics.com` stay out.
 * The org label is one DNS label (≤ 63 characters), which also keeps record keys within 100 characters.
 */
const ORG_HOST = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.crm\d{0,2}\.dynamics\.com$/;

/** The Unified Interface page host; every form, list and dashboard lives under it. */
const MAIN_PAGE = '/main.aspx';

/**
 * On-premise and IFD servers (a host the rep added): `/main.aspx` with the org in the host's first
 * label (IFD: `contoso.crm.contoso.com`), or `/<OrgName>/main.aspx` on a shared server.
 */
const ON_PREMISE_MAIN_PAGE = /^\/(?:([a-z0-9][a-z0-9_]{0,62})\/)?main\.aspx$/;
const FIRST_LABEL = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\./;

/** A GUID as Dynamics writes it in addresses and links: optionally in braces, any case. */
const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

/** Query parameters of a record form (`pagetype=entityrecord&etn=<entity>&id=<guid>`). */
const PAGE_TYPE_PARAM = 'pagetype';
const ENTITY_PARAM = 'etn';
const ID_PARAM = 'id';
const RECORD_PAGE_TYPE = 'entityrecord';
export const OPPORTUNITY_ENTITY = 'opportunity';
export const CONTACT_ENTITY = 'contact';

/** Any absolute base: hrefs in the grids are relative (`/main.aspx?…`); only their query matters. */
const HREF_BASE = 'https://href.invalid/';

export interface OpportunityLocation {
  /** The first label of the org host, lower case (`contoso` of `contoso.crm4.dynamics.com`). */
  org: string;
  /** The opportunity GUID, lower case, without braces. */
  id: string;
}

/** A GUID normalised to lower case without braces (`%7B…%7D` arrives decoded); null when not a GUID. */
export function normaliseGuid(value: string | null | undefined): string | null {
  const match = value ? GUID.exec(value.trim()) : null;
  return match?.[1] ? match[1].toLowerCase() : null;
}

/** The entity logical name and GUID a form address names (`etn`, `id`), or null. */
function recordOfParams(params: URLSearchParams): { entity: string; id: string } | null {
  const entity = params.get(ENTITY_PARAM)?.toLowerCase();
  const id = normaliseGuid(params.get(ID_PARAM));
  return entity && id ? { entity, id } : null;
}

/** The org an address belongs to, or null when it is not a Unified Interface page. */
function orgOf(url: URL, scope: HostScope): string | null {
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase();
  if (scope === 'saas') return path === MAIN_PAGE ? (ORG_HOST.exec(host)?.[1] ?? null) : null;
  const onPremise = ON_PREMISE_MAIN_PAGE.exec(path);
  if (!onPremise) return null;
  return onPremise[1] ?? FIRST_LABEL.exec(host)?.[1] ?? null;
}

export function locateOpportunity(url: URL, scope: HostScope = 'saas'): OpportunityLocation | null {
  if (url.protocol !== 'https:') return null;
  const org = orgOf(url, scope);
  if (!org) return null;
  if (url.searchParams.get(PAGE_TYPE_PARAM)?.toLowerCase() !== RECORD_PAGE_TYPE) return null;
  const record = recordOfParams(url.searchParams);
  return record?.entity === OPPORTUNITY_ENTITY ? { org, id: record.id } : null;
}

export function isOpportunityPage(url: URL, scope: HostScope = 'saas'): boolean {
  return locateOpportunity(url, scope) !== null;
}

/** The entity and GUID a record link names (`…main.aspx?…etn=contact&id=<guid>`), or null. */
export function recordOfHref(href: string | null | undefined): { entity: string; id: string } | null {
  if (!href) return null;
  try {
    return recordOfParams(new URL(href, HREF_BASE).searchParams);
  } catch {
    return null;
  }
}

/** The record id part of a Dynamics record key: GUIDs are unique per org only (`<org>-<guid>`). */
export function dynamicsRecordId(org: string, guid: string): string {
  return `${org}-${guid}`;
}
