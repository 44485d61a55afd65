/**
 * HubSpot deal record: DOM → what the rep sees of one deal (crm-pages.md §3). Pure reading, cheap
 * enough to run on every settled DOM change. Contacts come from the right sidebar's contact
 * chicklets only; the middle-pane association table lists the same people again and serves only
 * as the buying-role fallback. The timeline, the hidden Activities tab and the record preview
 * panel are never read.
 */
import { CONTACTS_PER_READ_MAX, PAGE_TEXT_MAX, PAGE_URL_MAX, type PageOpportunity } from '../../../domain/page-read';
import { recordKey, type RecordKey } from '../../../domain/records';
import type { AdapterRead, ReadContact } from '../types';
import { COMPANY_OBJECT, CONTACT_OBJECT, DEAL_OBJECT, hubspotRecordId, locateDeal, recordOfHref, type DealLocation } from './detect';
import { queryAllOutsidePreview, queryOutsidePreview, textOf } from './dom';
import {
  AMOUNT,
  ASSOCIATION_LABELS,
  BUYING_ROLE_HEADER,
  CARD_HEADING,
  CARD_WRAPPER,
  CLOSE_DATE,
  COMPANY_TITLE_LINK,
  CONTACT_CHICKLET,
  CONTACT_EMAIL,
  CONTACT_JOB_TITLE,
  CONTACT_LINK,
  CONTACT_PHONE,
  CONTACT_TITLE_LINK,
  CONTACTS_CARD,
  CONTACTS_TABLE_CARD,
  DEAL_HIGHLIGHT,
  DEAL_LINK,
  HIGHLIGHT_TITLE,
  RIGHT_SIDEBAR,
  STAGE_SELECT,
  TABLE_HEADER,
  TABLE_ROW,
} from './selectors';
import { NOT_OPPORTUNITY, pending, unreadable } from '../results';


/** `chiclet-0-1-<contactId>`. */
const CHICKLET_ID = /^chiclet-0-1-(\d{1,20})$/;
/** "Contacts (4)" in any language: the last number in parentheses. */
const CARD_COUNT = /\((\d+)\)\s*$/;
/** HubSpot's placeholder for an empty table cell. */
const EMPTY_CELL = '--';



// ── The deal ─────────────────────────────────────────────────────────────────────────────────

function companyOf(sidebar: Element | null): PageOpportunity['account'] {
  const link = sidebar ? queryOutsidePreview(sidebar, COMPANY_TITLE_LINK) : null;
  const name = textOf(link);
  if (!link || name === null) return null;
  const record = recordOfHref(link.getAttribute('href'));
  return { id: record?.objectType === COMPANY_OBJECT ? record.id : null, name };
}

function readDeal(highlight: Element, sidebar: Element | null, key: RecordKey, url: URL): PageOpportunity | null {
  const name = textOf(highlight.querySelector(HIGHLIGHT_TITLE));
  if (name === null) return null;
  return {
    key,
    crm: 'hubspot',
    name,
    stage: textOf(highlight.querySelector(STAGE_SELECT)),
    amount: textOf(highlight.querySelector(AMOUNT)),
    closeDate: textOf(highlight.querySelector(CLOSE_DATE)),
    account: companyOf(sidebar),
    url: url.href.slice(0, PAGE_URL_MAX),
  };
}

// ── The contacts card ────────────────────────────────────────────────────────────────────────

/** The contacts card of the right sidebar: by its wrapper name, else the card around a contact name link. */
function findContactsCard(sidebar: Element): Element | null {
  const card = queryOutsidePreview(sidebar, CONTACTS_CARD);
  if (card) return card;
  return queryOutsidePreview(sidebar, CONTACT_TITLE_LINK)?.closest(CARD_WRAPPER) ?? null;
}

function countOf(card: Element): number | null {
  const match = CARD_COUNT.exec(textOf(card.querySelector(CARD_HEADING)) ?? '');
  return match?.[1] ? Number(match[1]) : null;
}

/** True when the card names a deal other than this one: the SPA has not re-rendered it yet. */
function showsAnotherDeal(card: Element, dealId: string): boolean {
  return Array.from(card.querySelectorAll(DEAL_LINK)).some((link) => {
    const record = recordOfHref(link.getAttribute('href'));
    return record?.objectType === DEAL_OBJECT && record.id !== dealId;
  });
}

/** The outermost chicklets of the card, in page order. */
function chickletsOf(card: Element): Element[] {
  const all = Array.from(card.querySelectorAll(CONTACT_CHICKLET));
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
}

function contactIdOf(chicklet: Element, link: Element | null): string | null {
  const fromTestId = CHICKLET_ID.exec(chicklet.getAttribute('data-test-id') ?? '')?.[1];
  if (fromTestId) return fromTestId;
  const record = recordOfHref(link?.getAttribute('href') ?? null);
  return record?.objectType === CONTACT_OBJECT ? record.id : null;
}

function emailOf(chicklet: Element): string | null {
  const link = chicklet.querySelector(CONTACT_EMAIL);
  if (!link) return null;
  const fromHref = (link.getAttribute('href') ?? '').replace(/^mailto:/i, '').trim().slice(0, PAGE_TEXT_MAX);
  return textOf(link) ?? (fromHref === '' ? null : fromHref);
}

/** The association label chips of a chicklet, joined; null when it has none. */
function associationLabelsOf(labels: Element | null): string | null {
  if (!labels) return null;
  const chips = Array.from(labels.children).map(textOf).filter((t): t is string => t !== null);
  return chips.length > 0 ? chips.join(', ').slice(0, PAGE_TEXT_MAX) : textOf(labels);
}

/** contact id → the BUYING ROLE cell of the middle-pane contacts table, when the column is shown. */
function buyingRoles(doc: Document): Map<string, string> {
  const roles = new Map<string, string>();
  const table = queryOutsidePreview(doc, CONTACTS_TABLE_CARD);
  if (!table) return roles;
  const headers = Array.from(table.querySelectorAll(TABLE_HEADER));
  const column = headers.findIndex((th) => th.matches(BUYING_ROLE_HEADER));
  if (column < 0) return roles;
  for (const row of Array.from(table.querySelectorAll(TABLE_ROW))) {
    const record = recordOfHref(row.querySelector(CONTACT_LINK)?.getAttribute('href') ?? null);
    const role = textOf(row.children.item(column));
    if (record && role !== null && role !== EMPTY_CELL && !roles.has(record.id)) roles.set(record.id, role);
  }
  return roles;
}


function readChicklets(chicklets: readonly Element[], doc: Document, portalId: string): ReadContact[] {
  // Association labels are the deal-specific roles. When the card shows them at all, a contact
  // without a chip has no role on this deal; only a card without any falls back to buying roles.
  const labelsShown = chicklets.some((c) => c.querySelector(ASSOCIATION_LABELS) !== null);
  const fallbackRoles = labelsShown ? new Map<string, string>() : buyingRoles(doc);
  const entries: ReadContact[] = [];
  for (const chicklet of chicklets) {
    const link = chicklet.querySelector(CONTACT_TITLE_LINK);
    const id = contactIdOf(chicklet, link);
    const name = textOf(link);
    if (!link || !id || name === null) continue;
    const key = recordKey('hubspot', hubspotRecordId(portalId, id));
    if (entries.some((e) => e.contact.key === key)) continue;
    if (entries.length === CONTACTS_PER_READ_MAX) break;
    entries.push({
      anchor: { key, element: link },
      contact: {
        key,
        name,
        title: textOf(chicklet.querySelector(CONTACT_JOB_TITLE)),
        crmRole: labelsShown ? associationLabelsOf(chicklet.querySelector(ASSOCIATION_LABELS)) : (fallbackRoles.get(id) ?? null),
        email: emailOf(chicklet),
        phone: textOf(chicklet.querySelector(CONTACT_PHONE)),
        account: null,
        department: null,
      },
    });
  }
  return entries;
}

// ── The read ─────────────────────────────────────────────────────────────────────────────────

function readContacts(doc: Document, deal: DealLocation, opportunity: PageOpportunity, highlight: Element, sidebar: Element | null): AdapterRead {
  const key = opportunity.key;
  if (!sidebar) return pending(key, 'list-loading');
  const card = findContactsCard(sidebar);
  if (!card) return pending(key, 'no-contact-roles-list');
  if (showsAnotherDeal(card, deal.dealId)) return pending(key, 'list-loading', card);

  const chicklets = chickletsOf(card);
  const entries = readChicklets(chicklets, doc, deal.portalId);
  const count = countOf(card);
  if (entries.length === 0 && chicklets.length > 0) {
    return unreadable(key, 'contacts-unreadable', 'rows-without-ids', card);
  }
  if (entries.length === 0 && (count ?? 0) > 0) {
    // The count can render a moment before the chicklets: wait before calling it unreadable.
    return pending(key, 'rows-without-ids', card, 'contacts-unreadable');
  }
  return {
    kind: 'read',
    read: {
      opportunity,
      contacts: entries.map((e) => e.contact),
      complete: count !== null && count === entries.length,
    },
    anchors: entries.map((e) => e.anchor),
    strip: { anchor: highlight, position: 'after' },
  };
}

export function read(doc: Document, url: URL): AdapterRead {
  const deal = locateDeal(url);
  if (!deal) return NOT_OPPORTUNITY;
  const key = recordKey('hubspot', hubspotRecordId(deal.portalId, deal.dealId));

  const highlight = queryOutsidePreview(doc, DEAL_HIGHLIGHT);
  const sidebar = queryAllOutsidePreview(doc, RIGHT_SIDEBAR)[0] ?? null;
  if (!highlight) return pending(key, 'header-not-rendered');
  const opportunity = readDeal(highlight, sidebar, key, url);
  if (!opportunity) return unreadable(key, 'no-opportunity', 'name-missing', null);
  return readContacts(doc, deal, opportunity, highlight, sidebar);
}
