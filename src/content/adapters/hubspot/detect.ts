/**
 * Pure page detection for HubSpot deal records (crm-pages.md §3): address in, deal out. No DOM.
 * The table of addresses that must and must not match lives beside the tests
 * (tests/unit/adapters/hubspot/detect.test.ts).
 */

/**
 * `app.hubspot.com` and the regional data-centre hosts (`app-eu1.hubspot.com`,
 * `app-na2.hubspot.com`, …). Anchored on both ends, so `app.hubspot.com.evil.example` and
 * `evil-app.hubspot.com` stay out.
 */
const APP_HOST = /^app(?:-[a-z]{2,3}\d{1,2})?\.hubspot\.com$/;

/**
 * `/contacts/<portalId>/record/0-3/<dealId>` (object type 0-3 is the deal) and the older
 * `/contacts/<portalId>/deal/<dealId>`. Sub-pages such as `/associations/0-1` are other views.
 */
const DEAL_PATH = /^\/contacts\/(\d{1,15})\/(?:record\/0-3|deal)\/(\d{1,20})\/?$/;

/** `/record/0-1/<contactId>` (contact) or `/record/0-2/<companyId>` (company) inside an href. */
const RECORD_HREF = /\/record\/(0-[0-9]+)\/(\d{1,20})(?:[/?#]|$)/;

/** Deal links in the contacts card ("View all associated Contacts"): `/record/0-3/<dealId>/…`. */
export const DEAL_OBJECT = '0-3';
export const CONTACT_OBJECT = '0-1';
export const COMPANY_OBJECT = '0-2';

export interface DealLocation {
  portalId: string;
  dealId: string;
}

export function locateDeal(url: URL): DealLocation | null {
  if (url.protocol !== 'https:' || !APP_HOST.test(url.hostname.toLowerCase())) return null;
  const match = DEAL_PATH.exec(url.pathname);
  if (!match?.[1] || !match[2]) return null;
  return { portalId: match[1], dealId: match[2] };
}

export function isOpportunityPage(url: URL): boolean {
  return locateDeal(url) !== null;
}

/** The object type and record id an href names (`/contacts/<portal>/record/0-1/<id>`), or null. */
export function recordOfHref(href: string | null): { objectType: string; id: string } | null {
  const match = href ? RECORD_HREF.exec(href) : null;
  return match?.[1] && match[2] ? { objectType: match[1], id: match[2] } : null;
}

/** The record id part of a HubSpot record key: ids are unique per portal only. */
export function hubspotRecordId(portalId: string, recordId: string): string {
  return `${portalId}-${recordId}`;
}
