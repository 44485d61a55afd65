/** The popup's non-deal screens: each says plainly what is going on and what the rep can do. */
import type { Unreadable } from '../../messaging/protocol';

export function Loading() {
  return (
    <p class="state state--loading" role="status" aria-busy="true">
      Loading this tab's opportunity…
    </p>
  );
}

/** The request to the background failed: nothing was changed, and the rep can simply retry. */
export function LoadError({ message }: { message: string }) {
  return (
    <section class="state state--error" role="alert">
      <h1 class="state__title">Coach Network couldn't load this tab.</h1>
      <p>Nothing was changed. Close the popup and open it again to retry.</p>
      <p class="state__detail">{message}</p>
    </section>
  );
}

/** Same words as the page's quiet note, so the rep recognises the situation in both places. */
export function UnreadableNote({ unreadable }: { unreadable: Unreadable }) {
  return (
    <section class="state state--unreadable" role="status">
      <h1 class="state__title">Couldn't read the contacts on this page.</h1>
      <p class="state__detail">{unreadable.detail}</p>
    </section>
  );
}

export function NotOnOpportunity() {
  return (
    <section class="state state--none">
      <h1 class="state__title">This tab isn't a CRM opportunity.</h1>
      <p>Open a Salesforce opportunity to see its contacts and tag them against the three Coach criteria.</p>
    </section>
  );
}

export function NoContacts() {
  return <p class="state state--empty">No contact roles on this opportunity yet.</p>;
}
