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
 * What each element was found to host. A component attaches its root when it is constructed,
 * before it renders, so an element seen without one keeps it that way: every element is asked once
 * in its lifetime, not on every read (the door is a binding call, ~1.5 µs, and a read walks
 * thousands of elements).
 */
const known = new WeakMap<Element, ShadowRoot | null>();

export function shadowRootOf(element: Element): ShadowRoot | null {
  const cached = known.get(element);
  if (cached !== undefined) return cached;
  const root = lookUp(element);
  known.set(element, root);
  return root;
}

function lookUp(element: Element): ShadowRoot | null {
  if (element.hasAttribute(OWN_HOST_ATTRIBUTE)) return null;
  if (element.shadowRoot) return element.shadowRoot;
  const firefox = (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox;
  // chrome.dom takes only HTML elements (an SVG <use> would throw), and it costs a binding call: ask
  // only elements that can host a root. Custom elements always can; of the built-ins, a few.
  if (chromeDom?.openOrClosedShadowRoot && element instanceof HTMLElement && canHostShadow(element)) {
    return chromeDom.openOrClosedShadowRoot(element) ?? null;
  }
  return element.shadowRoot;
}

/** Elements `attachShadow` accepts: custom elements and this list of built-ins (DOM standard). */
const SHADOW_HOST_TAGS = new Set(['ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DIV', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'MAIN', 'NAV', 'P', 'SECTION', 'SPAN']);

function canHostShadow(element: HTMLElement): boolean {
  return element.tagName.includes('-') || SHADOW_HOST_TAGS.has(element.tagName);
}
