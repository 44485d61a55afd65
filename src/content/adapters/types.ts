/**
 * The one interface every CRM adapter implements. An adapter is pure reading: it never touches
 * the extension APIs or renders anything; the content script orchestrates.
 */
import type { CrmId, RecordKey } from '../../domain/records';
import type { PageContact, PageRead } from '../../domain/page-read';
import type { UnreadableCode, UnreadableReason } from '../../messaging/protocol';

/** The element beside which a contact's single badge belongs (the badge goes right after it). */
export interface ContactAnchor {
  key: RecordKey;
  element: Element;
}

/** A contact as read from the page, with the element its badge goes after (the contact-name link). */
export interface ReadContact {
  contact: PageContact;
  anchor: ContactAnchor;
}

export type AdapterRead =
  /** Not an opportunity page of this CRM (or not the active view of one). */
  | { kind: 'not-opportunity' }
  /**
   * An opportunity page still rendering (lazy list, progressive container busy): nothing to
   * conclude yet. The content script turns a pending page that never settles into `unreadable`.
   */
  | {
      kind: 'pending';
      opportunityKey: RecordKey;
      /** What to report if the page never settles, and why. */
      code: UnreadableCode;
      reason: UnreadableReason;
      noticeAnchor: Element | null;
    }
  | {
      kind: 'read';
      read: Omit<PageRead, 'readAt'>;
      anchors: ContactAnchor[];
      /** Where the deal's summary strip goes: right after the record header, or before the list. */
      strip: { anchor: Element; position: 'after' | 'before' } | null;
    }
  | {
      kind: 'unreadable';
      code: UnreadableCode;
      reason: UnreadableReason;
      opportunityKey: RecordKey | null;
      /** Where the "couldn't read" note belongs (e.g. the contact list's card); null: page corner. */
      noticeAnchor: Element | null;
    };

/**
 * Where the page is served from: one of the CRM's own SaaS hosts (checked by the adapter), or a host
 * the rep added for this CRM in the options (checked by the background against the settings, so
 * the adapter only judges the path and query).
 */
export type HostScope = 'saas' | 'custom';

export interface CrmAdapter {
  crm: CrmId;
  /** Pure: does this address belong to this CRM's opportunity pages? */
  isOpportunityPage(url: URL, scope?: HostScope): boolean;
  /** Reads the opportunity on screen. Must stay cheap: it runs on every settled DOM change. */
  read(doc: Document, url: URL, scope?: HostScope): AdapterRead;
}
