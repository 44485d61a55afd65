/**
 * Salesforce Lightning: DOM → what the rep sees of one opportunity (crm-pages.md §1.9). Pure
 * reading, cheap enough to run on every settled DOM change: every query is scoped to the active
 * view, and nothing forces layout.
 */
import { CONTACTS_PER_READ_MAX } from '../../../domain/page-read';
import { recordKey, type RecordKey } from '../../../domain/records';
import type { AdapterRead, HostScope, ReadContact } from '../types';
import {
  findContactRolesCards,
  findContactRolesPage,
  readContactList,
  type ContactList,
  type ListCount,
} from './contact-roles';
import { locateOpportunity, type OpportunityLocation } from './detect';
import { readOpportunity } from './opportunity';
import { readOpportunityTeam } from './team';
import { ACTIVE_PAGE_HOST, CONSOLE_ACTIVE_WORKSPACE, HIGHLIGHTS_PANEL, PROGRESSIVE_CONTAINER_BUSY } from './selectors';
import { NOT_OPPORTUNITY, pending, unreadable } from '../results';

/**
 * The view the user is looking at. Lightning keeps hidden, cached page hosts of earlier records
 * in the DOM (often before the visible one), and console apps keep every workspace tab's pages;
 * inside an inactive workspace a page host is still marked `active`. So: the selected workspace
 * first, then its active page host.
 */
export function activeRoot(doc: Document): Element | null {
  const workspace = doc.querySelector(CONSOLE_ACTIVE_WORKSPACE);
  return (workspace ?? doc).querySelector(ACTIVE_PAGE_HOST);
}




function contactListsIn(root: Element, location: OpportunityLocation): ContactList[] {
  if (!location.isContactRolesList) return findContactRolesCards(root, location.id);
  const page = findContactRolesPage(root);
  return page ? [page] : [];
}

/** Several cards (an admin may place the list twice) act as one list; the biggest count decides. */
function combinedCount(lists: readonly ContactList[]): ListCount | null {
  let best: ListCount | null = null;
  for (const { count } of lists) {
    if (count && (!best || count.n > best.n || (count.n === best.n && count.more))) best = count;
  }
  return best;
}

/** The contacts of every list, in page order, each once (its first row carries the badge). */
function readLists(lists: readonly ContactList[]): { entries: ReadContact[]; rows: number; capped: boolean } {
  const entries: ReadContact[] = [];
  const seen = new Set<RecordKey>();
  let rows = 0;
  for (const list of lists) {
    const listRead = readContactList(list);
    rows += listRead.rowCount;
    for (const entry of listRead.entries) {
      if (seen.has(entry.contact.key)) continue;
      // A page listing more than any deal has is broken or hostile: read a bounded part of it.
      if (entries.length === CONTACTS_PER_READ_MAX) return { entries, rows, capped: true };
      seen.add(entry.contact.key);
      entries.push(entry);
    }
  }
  return { entries, rows, capped: false };
}

function isComplete(count: ListCount | null, read: number, rows: number, empty: boolean): boolean {
  if (count) return !count.more && read >= count.n;
  // No count shown: only an explicit empty state proves there is nothing more.
  return rows === 0 && empty;
}

/** Below the record's highlights header; on the Contact Roles "View All" page, above the list. */
function stripPlace(root: Element, listContainer: Element | null): Extract<AdapterRead, { kind: 'read' }>['strip'] {
  const header = root.querySelector(HIGHLIGHTS_PANEL);
  if (header) return { anchor: header, position: 'after' };
  return listContainer ? { anchor: listContainer, position: 'before' } : null;
}

export function read(doc: Document, url: URL, scope: HostScope = 'saas'): AdapterRead {
  const location = locateOpportunity(url, scope);
  if (!location) return NOT_OPPORTUNITY;
  const opportunityKey = recordKey('salesforce', location.id);

  const root = activeRoot(doc);
  if (!root) return pending(opportunityKey, 'page-not-rendered');
  const lists = contactListsIn(root, location);
  // Console: a subtab of the opportunity's workspace is focused (the id is only in `ws`), so the
  // view shows another record, unless it happens to hold this opportunity's list.
  if (location.via === 'workspace' && lists.length === 0) return NOT_OPPORTUNITY;

  const opportunity = readOpportunity(root, doc, url, location);
  if (!opportunity) {
    const rendered = lists.length > 0 || root.querySelector(HIGHLIGHTS_PANEL) !== null;
    return rendered
      ? unreadable(opportunityKey, 'no-opportunity', 'name-missing', null)
      : pending(opportunityKey, 'header-not-rendered');
  }

  if (lists.length === 0) {
    // Related lists render lazily (below the fold, in a tab not opened yet): never conclude
    // "no contact roles" from one scan. The content script times a pending page out.
    const busy = root.querySelector(PROGRESSIVE_CONTAINER_BUSY) !== null;
    return pending(opportunityKey, busy ? 'related-lists-loading' : 'no-contact-roles-list');
  }
  const ready = lists.filter((list) => !list.busy);
  if (ready.length === 0) {
    return pending(opportunityKey, 'list-loading', lists[0]?.container ?? null);
  }

  const { entries, rows, capped } = readLists(ready);
  const count = combinedCount(ready);
  if (entries.length === 0 && rows > 0) {
    return unreadable(opportunityKey, 'contacts-unreadable', 'rows-without-ids', ready[0]?.container ?? null);
  }
  if (entries.length === 0 && (count?.n ?? 0) > 0) {
    // The header's count can render a moment before its rows: wait before calling it unreadable.
    return pending(opportunityKey, 'rows-without-ids', ready[0]?.container ?? null, 'contacts-unreadable');
  }
  return {
    kind: 'read',
    read: {
      opportunity: { key: opportunityKey, crm: 'salesforce', ...opportunity },
      contacts: entries.map((e) => e.contact),
      complete: !capped && isComplete(count, entries.length, rows, ready.some((list) => list.empty)),
      team: readOpportunityTeam(root, location.id),
    },
    anchors: entries.map((e) => e.anchor),
    strip: stripPlace(root, ready[0]?.container ?? null),
  };
}
