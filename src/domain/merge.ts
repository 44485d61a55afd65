/**
 * Merges a page read into the stored deal: page facts refresh, the rep's judgment is kept, the
 * read joins the history, and coaches who left or changed are recorded.
 */
import { coachStatus, unassessedCriteria } from './criteria';
import { appendChanges, appendSnapshot, detectChanges, latestComplete, snapshotOf } from './history';
import { DEAL_FORMAT_VERSION, noAccess, type ContactRecord, type Deal } from './network';
import type { PageOpportunity, PageRead } from './page-read';
import type { RecordKey } from './records';

function newContact(page: ContactRecord['page'], at: string): ContactRecord {
  return {
    page,
    criteria: unassessedCriteria(),
    influenceRoleOverride: null,
    sponsor: false,
    personalWin: '',
    organizationResult: '',
    access: noAccess(),
    firstSeenAt: at,
    lastSeenAt: at,
  };
}

export function emptyDeal(read: PageRead): Deal {
  return {
    format: DEAL_FORMAT_VERSION,
    opportunity: read.opportunity,
    contacts: {},
    currentContacts: [],
    lastReadAt: read.readAt,
    internalCoaches: [],
    intelligence: [],
    valueGiven: [],
    checklist: {},
    history: [],
    changes: [],
    team: [],
  };
}

export function mergePageRead(existing: Deal | undefined, read: PageRead): Deal {
  const deal = existing ?? emptyDeal(read);
  const contacts: Record<RecordKey, ContactRecord> = { ...deal.contacts };
  for (const page of read.contacts) {
    const previous = contacts[page.key];
    contacts[page.key] = previous ? { ...previous, page, lastSeenAt: read.readAt } : newContact(page, read.readAt);
  }
  const readKeys = [...new Set(read.contacts.map((c) => c.key))];
  // A partial read (truncated card, lazy list) cannot tell who left: keep the earlier list's order
  // for contacts not shown this time.
  const currentContacts = read.complete ? readKeys : [...readKeys, ...deal.currentContacts.filter((k) => !readKeys.includes(k))];

  const snapshot = snapshotOf(read);
  const previousComplete = read.complete ? latestComplete(deal.history) : undefined;
  // Statuses as they stood before this read: who was a coach when they left matters.
  const statusOf = (key: RecordKey) => {
    const record = deal.contacts[key];
    return record ? coachStatus(record.criteria) : undefined;
  };
  const changes = previousComplete ? appendChanges(deal.changes, detectChanges(previousComplete, snapshot, statusOf)) : deal.changes;

  return {
    ...deal,
    opportunity: mergeOpportunity(existing?.opportunity, read.opportunity),
    contacts,
    currentContacts,
    lastReadAt: read.readAt,
    history: appendSnapshot(deal.history, snapshot),
    changes,
    // A page that does not list the team (another view, another CRM) keeps the last one read.
    team: read.team ?? deal.team,
  };
}

/**
 * Some views show less of the opportunity (the Contact Roles "View All" page has no stage or
 * amount): a field the page did not show keeps its last known value.
 */
export function mergeOpportunity(previous: PageOpportunity | undefined, read: PageOpportunity): PageOpportunity {
  if (!previous) return read;
  return {
    ...read,
    stage: read.stage ?? previous.stage,
    amount: read.amount ?? previous.amount,
    closeDate: read.closeDate ?? previous.closeDate,
    account: read.account ?? previous.account,
  };
}
