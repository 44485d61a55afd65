/**
 * Every text the rep reads goes through here, so it follows the browser's language (catalogs in
 * src/i18n/<locale>/, built into _locales by build.mjs). A missing message shows its key: visible
 * in review and caught by the catalog tests, never a blank.
 *
 * A content script's first `getMessage` loads the extension's whole catalog into the CRM page
 * with a synchronous call to the browser (measured 4–6 ms of the page's main thread), so the
 * page takes its texts from the worker instead (`markedMessages` there, `useMarkedMessages`
 * here): the same catalog, worded once with markers where the substitutions go. Any key not
 * among them is still asked of the browser.
 */
import { browser } from './browser';

/** Private-use characters stand where substitutions go: no catalog text holds them. */
const MARKER_BASE = 0xe000;
const MARKER_SPLIT = /([\ue000-\ue008])/;
const markers = (count: number) => Array.from({ length: count }, (_, i) => String.fromCharCode(MARKER_BASE + i));
/** `$1` … `$9`: as many as a catalog message may hold. The browser leaves out those a message doesn't use. */
const ALL_MARKERS = markers(9);

/** A message split at its markers: the texts at even indices, markers at odd ones. */
type MarkedParts = readonly string[];
const marked = new Map<string, MarkedParts>();

function fill(parts: MarkedParts, substitutions: ReadonlyArray<string | number>): string {
  let worded = '';
  for (let i = 0; i < parts.length; i++) worded += i % 2 === 0 ? parts[i] : String(substitutions[parts[i]!.charCodeAt(0) - MARKER_BASE] ?? '');
  return worded;
}

export function t(key: string, ...substitutions: Array<string | number>): string {
  const parts = marked.get(key);
  if (parts) return fill(parts, substitutions);
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

/**
 * A message worded many times over with different substitutions (a label per badge): the
 * catalog is asked once, with markers for the `count` substitutions, and each wording only
 * fills them in. Same text as `t(key, ...substitutions)`.
 */
export function messageTemplate(key: string, count: number): (...substitutions: Array<string | number>) => string {
  const parts = marked.get(key) ?? browser.i18n.getMessage(key, markers(count)).split(MARKER_SPLIT);
  if (parts.length === 1 && parts[0] === '') return () => key;
  return (...substitutions) => fill(parts, substitutions);
}

/** The worker's side: each key's message with markers where its substitutions go (keys missing from the catalog are left out). */
export function markedMessages(keys: readonly string[]): Array<{ key: string; text: string }> {
  const texts: Array<{ key: string; text: string }> = [];
  for (const key of keys) {
    const text = browser.i18n.getMessage(key, ALL_MARKERS);
    if (text) texts.push({ key, text });
  }
  return texts;
}

/** The page's side: texts worded by `markedMessages` serve `t` and `messageTemplate` from now on. */
export function useMarkedMessages(texts: ReadonlyArray<{ key: string; text: string }>): void {
  for (const { key, text } of texts) marked.set(key, text.split(MARKER_SPLIT));
}
