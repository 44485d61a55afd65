/**
 * Salesforce Classic: DOM → what the rep sees of one opportunity (crm-pages.md §2). Classic pages
 * are full page loads (no SPA, no cached views), so the page the content script sees is the page
 * the rep sees. Only the title block, the detail block's inline-edit cells and the Contact Roles
 * list are read: never the Recent Items sidebar, activities, histories or owner links.
 */
import { CONTACTS_PER_READ_MAX, PAGE_TEXT_MAX, PAGE_URL_MAX, type PageOpportunity } from '../../../domain/page-read';
import { recordKey, type RecordKey } from '../../../domain/records';
import { KEY_PREFIX } from '../../../domain/salesforce-id';
import type { AdapterRead, HostScope } from '../types';
import { readContactList, textOf } from './contact-roles';
import { opportunityIdFrom, recordIdOfHref } from './detect';
import {
  ACCOUNT_LINK,
  CLASSIC_BODY,
  CONTACT_ROLES_HOVER_COUNT,
  CONTACT_ROLES_LIST,
  DETAIL_ACCOUNT,
  DETAIL_AMOUNT,
  DETAIL_CLOSE_DATE,
  DETAIL_STAGE,
  PAGE_DESCRIPTION,
  PAGE_TITLE_BLOCK,
} from './selectors';
import { NOT_OPPORTUNITY, unreadable } from '../results';


/** "Opportunity: <name> ~ Salesforce - Unlimited Edition" → "<name>" (the prefix is localized). */
export function nameFromDocumentTitle(title: string): string | null {
  const withoutSuffix = title.replace(/\s+~\s+[^~]*$/, '');
  const colon = withoutSuffix.indexOf(': ');
  const name = (colon >= 0 ? withoutSuffix.slice(colon + 2) : '').replace(/\s+/g, ' ').trim();
  return name === '' ? null : name.slice(0, PAGE_TEXT_MAX);
}

function accountOf(cell: Element | null): PageOpportunity['account'] {
  const name = textOf(cell);
  if (!cell || name === null) return null;
  const link = cell.querySelector(ACCOUNT_LINK);
  const id = recordIdOfHref(link?.getAttribute('href') ?? null);
  return { id: id?.startsWith(KEY_PREFIX.account) ? id : null, name: textOf(link) ?? name };
}

function pageUrl(url: URL): string {
  return url.href.length <= PAGE_URL_MAX ? url.href : `${url.origin}${url.pathname}`;
}

function readOpportunity(doc: Document, url: URL, key: RecordKey): PageOpportunity | null {
  const titleBlock = doc.querySelector(PAGE_TITLE_BLOCK);
  const name = textOf(titleBlock?.querySelector(PAGE_DESCRIPTION)) ?? nameFromDocumentTitle(doc.title);
  if (name === null) return null;
  return {
    key,
    crm: 'salesforce',
    name,
    stage: textOf(doc.querySelector(DETAIL_STAGE)),
    amount: textOf(doc.querySelector(DETAIL_AMOUNT)),
    closeDate: textOf(doc.querySelector(DETAIL_CLOSE_DATE)),
    account: accountOf(doc.querySelector(DETAIL_ACCOUNT)),
    url: pageUrl(url),
  };
}

/** "[4]" of the list's hover link; null when the page shows no count. */
function hoverCount(doc: Document): number | null {
  const match = /(\d+)/.exec((textOf(doc.querySelector(CONTACT_ROLES_HOVER_COUNT)) ?? '').replace(/[.,\s]/g, ''));
  return match?.[1] ? Number(match[1]) : null;
}

export function read(doc: Document, url: URL, scope: HostScope = 'saas'): AdapterRead {
  const id = opportunityIdFrom(url, scope);
  if (!id) return NOT_OPPORTUNITY;
  // A full page load: a body without `sfdcBody` is not Classic (a Lightning redirect, Setup, an error page).
  if (!doc.body) return NOT_OPPORTUNITY;
  if (!doc.body.matches(CLASSIC_BODY)) return NOT_OPPORTUNITY;
  const opportunityKey = recordKey('salesforce', id);

  const opportunity = readOpportunity(doc, url, opportunityKey);
  if (!opportunity) {
    return unreadable(opportunityKey, 'no-opportunity', 'name-missing', null);
  }
  const list = doc.querySelector(CONTACT_ROLES_LIST);
  if (!list) {
    // The page has finished loading: the layout does not show the list (or shows it in a frame).
    return unreadable(opportunityKey, 'no-contact-list', 'no-contact-roles-list', null);
  }

  const listRead = readContactList(list, CONTACTS_PER_READ_MAX);
  if (listRead.entries.length === 0 && listRead.rowCount > 0) {
    return unreadable(opportunityKey, 'contacts-unreadable', 'rows-without-ids', list);
  }
  const count = hoverCount(doc);
  const shown = listRead.rowCount > 0 || listRead.empty;
  const complete = shown && !listRead.more && !listRead.capped && (count === null || listRead.rowCount >= count);
  const titleBlock = doc.querySelector(PAGE_TITLE_BLOCK);
  return {
    kind: 'read',
    read: { opportunity, contacts: listRead.entries.map((e) => e.contact), complete },
    anchors: listRead.entries.map((e) => e.anchor),
    strip: titleBlock ? { anchor: titleBlock, position: 'after' } : null,
  };
}
