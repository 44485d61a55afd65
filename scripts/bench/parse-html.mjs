// jsdom behind a typed door for the benchmark's TypeScript (the project carries no @types/jsdom):
// the generated Lightning pages are cut from the saved fixture and read by the real adapter here.
import { JSDOM } from 'jsdom';

/**
 * @param {string} html
 * @param {string} [url] the document's address (the adapter reads location-dependent parts from it)
 */
export function parseHtml(html, url) {
  const dom = new JSDOM(html, url ? { url } : {});
  return { document: dom.window.document, serialize: () => dom.serialize() };
}
