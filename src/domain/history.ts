/**
 * Page reads over time → coach changes. Each read is kept as a compact snapshot; consecutive
 * identical reads collapse into one and the history is bounded, so storage cannot grow without
 * limit. Only complete reads are compared: a contact a lazy list has not rendered yet is not gone.
 */
import type { CoachStatus } from './criteria';
import { CHANGES_LIMIT, HISTORY_LIMIT, type CoachChange, type ReadSnapshot } from './network';
import type { PageRead } from './page-read';
import { emailDomainOf } from './people';
import type { RecordKey } from './records';


/** DNS caps a domain at 253 characters: anything longer the page showed is no domain (not shown). */
const EMAIL_DOMAIN_MAX = 253;
/** readSnapshotSchema's bound of an account id; an account shown by name only is compared by its start. */
const ACCOUNT_ID_MAX = 120;

export function snapshotOf(read: PageRead): ReadSnapshot {
  return {
    readAt: read.readAt,
    complete: read.complete,
    // Page texts may be PAGE_TEXT_MAX long but the snapshot's fields are bounded tighter: a longer
    // value made the merged deal fail dealSchema, so the store refused every read showing it.
    contacts: read.contacts.map((c) => {
      const domain = emailDomainOf(c.email);
      return {
        key: c.key,
        title: c.title,
        emailDomain: domain !== null && domain.length <= EMAIL_DOMAIN_MAX ? domain : null,
        accountId: c.account ? (c.account.id ?? c.account.name.slice(0, ACCOUNT_ID_MAX)) : null,
      };
    }),
  };
}

const sameContent = (a: ReadSnapshot, b: ReadSnapshot) =>
  a.complete === b.complete && JSON.stringify(a.contacts) === JSON.stringify(b.contacts);

/**
 * Appends a snapshot: an unchanged read only moves the last one's time; past the limit the oldest
 * go first, but the latest complete read always stays (change detection compares against it).
 */
export function appendSnapshot(history: readonly ReadSnapshot[], snapshot: ReadSnapshot): ReadSnapshot[] {
  const last = history[history.length - 1];
  const next = last && sameContent(last, snapshot) ? [...history.slice(0, -1), snapshot] : [...history, snapshot];
  if (next.length <= HISTORY_LIMIT) return next;
  const keep = latestComplete(next.slice(0, next.length - HISTORY_LIMIT + 1));
  const tail = next.slice(next.length - HISTORY_LIMIT + 1);
  return keep && !tail.some((s) => s.complete) ? [keep, ...tail] : next.slice(next.length - HISTORY_LIMIT);
}

export function latestComplete(history: readonly ReadSnapshot[]): ReadSnapshot | undefined {
  for (let i = history.length - 1; i >= 0; i--) if (history[i]!.complete) return history[i];
  return undefined;
}

/**
 * What changed for the coaches and developing contacts between two complete reads: who left the
 * list, whose title, email domain or account changed. A value the page did not show (null) is not
 * a change: the column may simply be hidden.
 */
export function detectChanges(
  previous: ReadSnapshot,
  current: ReadSnapshot,
  statusOf: (key: RecordKey) => CoachStatus | undefined,
): CoachChange[] {
  const now = new Map(current.contacts.map((c) => [c.key, c]));
  const changes: CoachChange[] = [];
  for (const before of previous.contacts) {
    const status = statusOf(before.key);
    if (status !== 'coach' && status !== 'developing') continue;
    const base = { contact: before.key, statusBefore: status, detectedAt: current.readAt } as const;
    const after = now.get(before.key);
    if (!after) {
      changes.push({ ...base, kind: 'left', from: null, to: null });
      continue;
    }
    const fields = [
      ['title', before.title, after.title],
      ['email-domain', before.emailDomain, after.emailDomain],
      ['account', before.accountId, after.accountId],
    ] as const;
    for (const [kind, from, to] of fields) {
      if (from !== null && to !== null && from !== to) changes.push({ ...base, kind, from, to });
    }
  }
  return changes;
}

/**
 * Adds new changes, bounded, skipping one already recorded from the same read (same contact, kind,
 * new value and time: the read merged twice, or a contact listed twice). The same change happening
 * again later is recorded again: a coach who was reassessed, came back and left a second time must
 * raise coach-changed again (matching on contact, kind and new value alone silently dropped it).
 */
export function appendChanges(existing: readonly CoachChange[], found: readonly CoachChange[]): CoachChange[] {
  const same = (a: CoachChange, b: CoachChange) => a.contact === b.contact && a.kind === b.kind && a.to === b.to && a.detectedAt === b.detectedAt;
  const fresh: CoachChange[] = [];
  for (const change of found) if (![...existing, ...fresh].some((e) => same(e, change))) fresh.push(change);
  return [...existing, ...fresh].slice(-CHANGES_LIMIT);
}
