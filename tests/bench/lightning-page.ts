/**
 * Generated Lightning opportunity pages for the benchmarks: the saved fixture's markup, its
 * Contact Roles card filled with as many `tr[data-row-key-value]` rows as a figure needs, and
 * its opportunity id replaced so every figure works on a deal of its own (stored deals never mix).
 * Rows are cloned from the fixture's first contact row, so the real adapter reads them exactly as
 * it reads the saved page; `assertAdapterReadsAll` proves that in jsdom before any browser starts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHtml } from '../../scripts/bench/parse-html.mjs';
import { salesforceLightning } from '../../src/content/adapters/salesforce-lightning';
import { toId18 } from '../../src/domain/salesforce-id';
import { FIXTURES, LIGHTNING } from '../e2e/helpers';
import { FIRST, LAST } from './pipeline';

const FIXTURE_HTML = readFileSync(path.join(FIXTURES, 'salesforce-lightning-opportunity.html'), 'utf8');
const FIXTURE_URL = new URL(LIGHTNING.url);
const FIXTURE_OPPORTUNITY = FIXTURE_URL.pathname.split('/')[4]!;
const CONTACT_ROLES_LINK = 'a[href*="/related/OpportunityContactRoles/view"]';
const ROW = 'tr[data-row-key-value]';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function base62(n: number, width: number): string {
  let out = '';
  for (let rest = n; out.length < width; rest = Math.floor(rest / 62)) out = BASE62[rest % 62] + out;
  return out;
}

/** A valid 18-character Salesforce id: prefix + serial, checksum computed as Salesforce does. */
function salesforceId(prefix15: string, serial: number): string {
  return toId18(prefix15 + base62(serial, 15 - prefix15.length))!;
}

/** Opportunity ids of their own, far from the fixture's, so benchmark deals never meet the e2e tests'. */
export const benchOpportunityId = (serial: number) => salesforceId('0068V00000Bn', serial);
export const contactKey = (serial: number) => `salesforce:${salesforceId('0038V00001Bn', serial)}`;
export const opportunityUrl = (opportunityId: string) => `${FIXTURE_URL.origin}/lightning/r/Opportunity/${opportunityId}/view`;

const ROWS_MARKER = '<!--bench:rows-->';
const COUNT_MARKER = '(bench:count)';
const ROW_COUNT_MARKER = 'bench:rowcount';

/**
 * The fixture parsed once into a string template: its Contact Roles rows replaced by a marker, its
 * count by another. Pages are then made by string replacement: parsing and serializing a
 * 200-row page in jsdom for every variant would cost seconds per page.
 */
const TEMPLATE = (() => {
  const dom = parseHtml(FIXTURE_HTML);
  const active = dom.document.querySelector('.oneContent.active');
  const card = active?.querySelector(CONTACT_ROLES_LINK)?.closest('article');
  const row = card?.querySelector(ROW);
  const link = row?.querySelector('th a[data-recordid]');
  const count = [...(card?.querySelectorAll('.slds-card__header-title span[title]') ?? [])].find((span) => /^\(\d+\+?\)$/.test(span.getAttribute('title') ?? ''));
  const contactId = link?.getAttribute('data-recordid');
  const name = link?.textContent?.trim();
  const email = row?.querySelector('a[href^="mailto:"]')?.textContent;
  const rowKey = row?.getAttribute('data-row-key-value');
  if (!card || !row?.parentElement || !count || !contactId || !name || !email || !rowKey) {
    throw new Error('the Lightning fixture no longer has a Contact Roles card with a count and rows (contact link, name, email, row key)');
  }
  const rowHtml = row.outerHTML;
  row.parentElement.innerHTML = ROWS_MARKER;
  count.setAttribute('title', COUNT_MARKER);
  count.textContent = COUNT_MARKER;
  card.querySelector('table[aria-rowcount]')?.setAttribute('aria-rowcount', ROW_COUNT_MARKER);
  return { page: dom.serialize(), row: { html: rowHtml, contactId, name, email, rowKey } };
})();

/**
 * The markup of `count` Contact Roles rows for contacts `first`, `first + 1`, …: what Lightning's
 * datatable renders, so the page scripts of the latency and churn figures append real rows.
 */
export function contactRowsHtml(first: number, count: number): string {
  const template = TEMPLATE.row;
  let html = '';
  for (let serial = first; serial < first + count; serial++) {
    const name = `${FIRST[serial % FIRST.length]} ${LAST[(serial * 7 + Math.floor(serial / FIRST.length)) % LAST.length]}`;
    html += template.html
      .replaceAll(template.contactId, contactKey(serial).replace('salesforce:', ''))
      .replaceAll(template.email, `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${serial}@ashgrovetransit.example`)
      .replaceAll(template.name, name)
      .replaceAll(template.rowKey, salesforceId('00K8V00000Bn', serial))
      .replace(/data-row-number="\d+"/, `data-row-number="${serial - first + 1}"`)
      .replace(/aria-rowindex="\d+"/, `aria-rowindex="${serial - first + 2}"`);
  }
  return html;
}

export interface GeneratedPage {
  opportunityId: string;
  url: string;
  /** The contact keys of the rows, in page order. */
  contactKeys: string[];
  html: string;
}

/**
 * The fixture as opportunity `opportunityId` with `contacts` Contact Roles rows (contacts
 * `firstContact` …), the card's count "(n)" to match. The hidden cached page host of another
 * opportunity stays, as Lightning keeps it.
 */
export function lightningPage({ opportunityId, contacts, firstContact = 0 }: { opportunityId: string; contacts: number; firstContact?: number }): GeneratedPage {
  const html = TEMPLATE.page
    // A function, not a string: `$` in the markup must not be read as a replacement pattern.
    .replace(ROWS_MARKER, () => contactRowsHtml(firstContact, contacts))
    .replaceAll(COUNT_MARKER, `(${contacts})`)
    .replace(ROW_COUNT_MARKER, String(contacts + 1))
    .replaceAll(FIXTURE_OPPORTUNITY, opportunityId)
    .replaceAll(FIXTURE_OPPORTUNITY.slice(0, 15), opportunityId.slice(0, 15));
  const contactKeys = Array.from({ length: contacts }, (_, i) => contactKey(firstContact + i));
  return { opportunityId, url: opportunityUrl(opportunityId), contactKeys, html };
}

/**
 * The page's active page host, as a function of an opportunity id: what Lightning renders when the
 * rep navigates in-app to another opportunity. The host is cut out of the page once.
 */
export function pageHostRenderer(page: GeneratedPage): (opportunityId: string) => string {
  const host = parseHtml(page.html).document.querySelector('.oneContent.active')?.outerHTML;
  if (!host) throw new Error('generated page has no active page host');
  return (opportunityId) => host.replaceAll(page.opportunityId, opportunityId).replaceAll(page.opportunityId.slice(0, 15), opportunityId.slice(0, 15));
}

/** Throws unless the real Lightning adapter reads every row of the page, in order, each with its anchor. */
export function assertAdapterReadsAll(page: GeneratedPage): void {
  const { document } = parseHtml(page.html, page.url);
  const result = salesforceLightning.read(document, new URL(page.url));
  if (result.kind !== 'read') throw new Error(`adapter did not read the generated page ${page.url}: ${result.kind}`);
  const keys = result.read.contacts.map((c) => c.key);
  if (keys.join() !== page.contactKeys.join() || result.anchors.length !== page.contactKeys.length || !result.read.complete) {
    throw new Error(`adapter read ${keys.length} of ${page.contactKeys.length} contacts (complete: ${result.read.complete}) on ${page.url}`);
  }
}
