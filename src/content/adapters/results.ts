/** The AdapterRead results every adapter builds the same way, written once. */
import type { RecordKey } from '../../domain/records';
import type { UnreadableCode, UnreadableReason } from '../../messaging/protocol';
import type { AdapterRead } from './types';

export const NOT_OPPORTUNITY: AdapterRead = { kind: 'not-opportunity' };

/** Not rendered enough to judge; the content script reports `code` if it never settles. */
export function pending(
  opportunityKey: RecordKey,
  reason: UnreadableReason,
  noticeAnchor: Element | null = null,
  code: UnreadableCode = 'no-contact-list',
): AdapterRead {
  return { kind: 'pending', opportunityKey, code, reason, noticeAnchor };
}

export function unreadable(opportunityKey: RecordKey, code: UnreadableCode, reason: UnreadableReason, noticeAnchor: Element | null): AdapterRead {
  return { kind: 'unreadable', code, reason, opportunityKey, noticeAnchor };
}
