/**
 * Salesforce Lightning: DOM → what the rep sees of one opportunity (crm-pages.md §1.9). Pure
 * reading, cheap enough to run on every settled DOM change: every query is scoped to the active
 * view, and nothing forces layout.
 */
import { recordKey, type RecordKey } from '../../../domain/network';
import type { AdapterRead } from '../types';
import {
  findContactRolesCards,
  findContactRolesPage,
  readContactList,
  type ContactList,
  type ListCount,
  type ReadContact,
} from './contact-roles';
import { locateOpportunity } from './detect';
import { readOpportunity } from './opportunity';
import { ACTIVE_PAGE_HOST, CONSOLE_ACTIVE_WORKSPACE, HIGHLIGHTS_PANEL, PROGRESSIVE_CONTAINER_BUSY } from './selectors';

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

function pending(opportunityKey: RecordKey, reason: string, noticeAnchor: Element | null = null): AdapterRead {
  return { kind: 'pending', opportunityKey, reason, noticeAnchor };
}

/** Several cards (an admin may place the list twice) act as one list; the biggest count decides. */
function combinedCount(lists: readonly ContactList[]): ListCount | null {
  let best: ListCount | null = null;
  for (const { count } of lists) {
    if (count && (!best || count.n > best.n || (count.n === best.n && count.more))) best = count;
  }
  return best;
}

function isComplete(count: ListCount | null, read: number, rows: number, empty: boolean): boolean {
  if (count) return !count.more && read >= count.n;
  // No count shown: only an explicit empty state proves there is nothing more.
  return rows === 0 && empty;
}

export function read(doc: Document, url: URL): AdapterRead {
  const location = locateOpportunity(url);
  if (!location) return { kind: 'not-opportunity' };
  const opportunityKey = recordKey('salesforce', location.id);

  const root = activeRoot(doc);
  if (!root) return pending(opportunityKey, 'The Lightning page has not rendered yet.');

  const found = location.isContactRolesList
    ? [findContactRolesPage(root)].filter((list): list is ContactList => list !== null)
    : findContactRolesCards(root, location.id);

  // Console: a subtab of the opportunity's workspace is focused (the id is only in `ws`). The
  // view shows another record, unless it happens to hold this opportunity's list.
  if (location.via === 'workspace' && found.length === 0) return { kind: 'not-opportunity' };

  const rendered = found.length > 0 || root.querySelector(HIGHLIGHTS_PANEL) !== null;
  const opportunity = readOpportunity(root, doc, url, location);
  if (!opportunity) {
    return rendered
      ? {
          kind: 'unreadable',
          code: 'no-opportunity',
          detail: "The opportunity's name could not be found on this Salesforce page.",
          opportunityKey,
          noticeAnchor: null,
        }
      : pending(opportunityKey, 'The opportunity header has not rendered yet.');
  }

  if (found.length === 0) {
    // Related lists render lazily (below the fold, in a tab not opened yet): never conclude
    // "no contact roles" from one scan. The content script times a pending page out.
    const busy = root.querySelector(PROGRESSIVE_CONTAINER_BUSY) !== null;
    return pending(opportunityKey, busy ? 'Related lists are still loading.' : 'No Contact Roles list is rendered yet.');
  }
  const ready = found.filter((list) => !list.busy);
  const first = found[0] ?? null;
  if (ready.length === 0) return pending(opportunityKey, 'The Contact Roles list is still loading.', first?.container);

  const entries: ReadContact[] = [];
  let rows = 0;
  for (const list of ready) {
    const listRead = readContactList(list);
    rows += listRead.rowCount;
    for (const entry of listRead.entries) {
      if (!entries.some((e) => e.contact.key === entry.contact.key)) entries.push(entry);
    }
  }
  const contacts = entries.map((e) => e.contact);
  const count = combinedCount(ready);
  if (contacts.length === 0 && ((count?.n ?? 0) > 0 || rows > 0)) {
    return {
      kind: 'unreadable',
      code: 'contacts-unreadable',
      detail: 'The Contact Roles list shows entries, but no contact could be identified in them.',
      opportunityKey,
      noticeAnchor: ready[0]?.container ?? null,
    };
  }

  return {
    kind: 'read',
    read: {
      opportunity: { key: opportunityKey, crm: 'salesforce', ...opportunity },
      contacts,
      complete: isComplete(count, contacts.length, rows, ready.some((list) => list.empty)),
    },
    anchors: entries.map((e) => e.anchor),
  };
}
