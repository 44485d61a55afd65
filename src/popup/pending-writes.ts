/**
 * Optimistic tagging. The popup shows the last deal the background confirmed with the rep's
 * unsaved clicks laid over it, so a failed save reverts by simply dropping its write — nothing the
 * background confirmed in the meantime (another click's reply, another tab's change) is lost.
 */
import { coachStatus, type Criterion, type CriterionValue } from '../domain/criteria';
import type { ContactView, DealView } from '../domain/view-schema';
import type { RecordKey } from '../domain/records';

export interface PendingWrite {
  id: number;
  contactKey: RecordKey;
  criterion: Criterion;
  value: CriterionValue;
  /** Present when the rep also wrote evidence; absent leaves the evidence as it is. */
  evidence?: string;
}

/** Applies writes in click order; a contact the confirmed deal no longer lists is left alone. */
export function withPendingWrites(confirmed: DealView, writes: readonly PendingWrite[]): DealView {
  if (writes.length === 0) return confirmed;
  const contacts = confirmed.contacts.map((contact) => {
    const mine = writes.filter((w) => w.contactKey === contact.key);
    return mine.reduce(applyWrite, contact);
  });
  return { ...confirmed, contacts };
}

function applyWrite(contact: ContactView, write: PendingWrite): ContactView {
  const assessment = {
    ...contact.criteria[write.criterion],
    value: write.value,
    ...(write.evidence !== undefined && { evidence: write.evidence }),
  };
  const criteria = { ...contact.criteria, [write.criterion]: assessment };
  // Status is derived, never stored (product.md): recompute it so the badge moves with the click.
  return { ...contact, criteria, status: coachStatus(criteria) };
}
