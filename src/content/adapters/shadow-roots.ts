/**
 * The shadow root of a page element, open or closed. Lightning mostly renders synthetic shadow,
 * which a content script sees as light DOM (crm-pages.md §1.7), but components that opted into
 * native shadow have real roots, and closed ones hide from `element.shadowRoot`. Content scripts
 * may still enter them: Firefox through `element.openOrClosedShadowRoot`, Chrome through
 * `chrome.dom.openOrClosedShadowRoot`. Both are read-only doors into the page's own DOM, so
 * reading through them keeps adapters pure.
 */

/** The markers our own UI hosts carry (shadow-host.ts): never read our badges as page content. */
const OWN_HOST_ATTRIBUTE = 'data-coach-network';

interface ChromeDom {
  openOrClosedShadowRoot?(element: HTMLElement): ShadowRoot | null;
}

/** Chrome's door, looked up once (absent in Firefox, jsdom and pages). */
const chromeDom = (globalThis as { chrome?: { dom?: ChromeDom } }).chrome?.dom;

/**
 * What each component host was found to host. A component attaches its root when it is
 * constructed, before it renders, so a host seen without one keeps it that way: each is asked once
 * in its lifetime, not on every read (the doors are binding calls, ~1.5 µs).
 */
const known = new WeakMap<Element, ShadowRoot | null>();

/**
 * Only component hosts are asked through the doors: Lightning's native-shadow components (and any
 * web component) are custom elements, and a list's first read meets thousands of plain elements.
 * A closed root that a page script attached to a plain <div> stays unread; an open one is read.
 */
export function shadowRootOf(element: Element): ShadowRoot | null {
  if (!element.localName.includes('-')) {
    // Almost every element of a list has no root at all: only those that do are asked whether they are ours.
    const open = element.shadowRoot;
    return open && !element.hasAttribute(OWN_HOST_ATTRIBUTE) ? open : null;
  }
  const cached = known.get(element);
  if (cached !== undefined) return cached;
  const root = lookUp(element);
  known.set(element, root);
  return root;
}

function lookUp(element: Element): ShadowRoot | null {
  if (element.shadowRoot) return element.shadowRoot;
  const firefox = (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox;
  return (chromeDom?.openOrClosedShadowRoot?.(element as HTMLElement) as ShadowRoot | null | undefined) ?? null;
}
