/**
 * Small DOM helpers for reading Lightning markup cheaply: text without layout, queries that can
 * step into shadow roots, record ids from links. They run on every settled DOM change, so they
 * never call innerText (forces layout; jsdom lacks it) and never scan beyond the scope given.
 */
import { PAGE_TEXT_MAX } from '../../../domain/page-read';
import { toId18 } from '../../../domain/salesforce-id';
import { parseRecordPath, type RecordPath } from './detect';
import { ASSISTIVE_TEXT } from './selectors';
import { shadowRootOf } from '../shadow-roots';

/** Shadow roots of the elements under `scope` (not nested ones: queryAllDeep recurses). */
function shadowRootsUnder(scope: ParentNode & Node): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const doc = scope.ownerDocument ?? (scope as Document);
  const walker = doc.createTreeWalker(scope, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const root = shadowRootOf(node as Element);
    if (root) roots.push(root);
  }
  return roots;
}

/**
 * A list being read as plain light DOM: within it a deep query is a plain query. Lightning's
 * synthetic shadow is light DOM to us, and walking a 200-row card for roots costs more than the
 * whole rest of its read, on every page load.
 */
let lightOnly: Node | null = null;

/**
 * Reads `container` as light DOM first, and walks it for (open or closed) shadow roots only when
 * that read is not `enough`: rows a native-shadow component renders inside its root are not
 * there for a plain query, so a list missing rows, or with rows missing their contact, is read
 * again with every deep query entering the roots.
 */
export function readingLightFirst<T>(container: ParentNode & Node, read: () => T, enough: (result: T) => boolean): T {
  const outer = lightOnly;
  lightOnly = container;
  let result: T;
  try {
    result = read();
  } finally {
    lightOnly = outer;
  }
  return enough(result) || shadowRootsUnder(container).length === 0 ? result : read();
}

/** Whether deep queries under `scope` are plain queries at the moment (a light-DOM-first read). */
export function readingLight(scope: Node): boolean {
  return lightOnly?.contains(scope) === true;
}

/**
 * Every element under `scope` matching `selector`, including inside shadow roots, open or closed: the light
 * DOM matches first (tree order), then those of each shadow root. Use it within one related-list
 * card or row, never the whole document: finding the shadow roots visits every element.
 */
export function queryAllDeep(scope: ParentNode & Node, selector: string): Element[] {
  const found = Array.from(scope.querySelectorAll(selector));
  if (readingLight(scope)) return found;
  for (const root of shadowRootsUnder(scope)) found.push(...queryAllDeep(root, selector));
  return found;
}

export function queryDeep(scope: ParentNode & Node, selector: string): Element | null {
  // The first in tree order, light DOM first: without roots to enter, the browser's own first match.
  if (readingLight(scope)) return scope.querySelector(selector);
  return queryAllDeep(scope, selector)[0] ?? null;
}

function appendText(node: Node, parts: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3 /* TEXT_NODE */) parts.push(child.nodeValue ?? '');
    // Screen-reader text ("Sort by:", "Current Stage:", "Show actions for …") is not a value.
    else if (child.nodeType === 1 /* ELEMENT_NODE */ && !(child as Element).matches(ASSISTIVE_TEXT)) {
      appendText(child, parts);
    }
  }
}

/** The element's text as displayed-ish: textContent without assistive text, whitespace collapsed. */
export function textOf(el: Element | null | undefined): string | null {
  if (!el) return null;
  let raw = el.textContent ?? '';
  // A blank cell holds no screen-reader text either: no need to look for it.
  if (raw.trim() === '') return null;
  if (el.querySelector(ASSISTIVE_TEXT)) {
    const parts: string[] = [];
    appendText(el, parts);
    raw = parts.join('');
  }
  const text = raw.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text.slice(0, PAGE_TEXT_MAX) /* bounded in the schemas: a huge cell must not fail the read */;
}

/** The path of an href, relative or absolute; null for `#`, `javascript:` and the like. */
function pathOfHref(href: string | null): string | null {
  if (!href || !href.includes('/lightning/r/')) return null;
  try {
    return new URL(href, 'https://placeholder.invalid').pathname;
  } catch {
    return null;
  }
}

/** The record path a link points at (`/lightning/r/[Object/]<id>/…`), or null. */
export function recordPathOfLink(link: Element): RecordPath | null {
  return parseRecordPath(pathOfHref(link.getAttribute('href')) ?? '');
}

/**
 * The 18-character id of the record a link names: `data-recordid` on LWC and Aura lookups, else
 * the `/lightning/r/…` href.
 */
export function recordIdOfLink(link: Element): string | null {
  const dataId = link.getAttribute('data-recordid');
  if (dataId) return toId18(dataId);
  return recordPathOfLink(link)?.id ?? null;
}
