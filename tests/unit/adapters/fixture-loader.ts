/**
 * Loads a saved page of tests/fixtures/ as a jsdom document at the address it simulates: every
 * fixture names it in its header comment ("Simulated URL: …"), so a page is read exactly where a
 * rep would meet it. Shared by the adapters' fixture helpers and the couldn't-read table.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** jsdom ships no type declarations and @types/jsdom is not installed: type the one constructor we use. */
type JsdomConstructor = new (html: string, options: { url: string }) => { window: { document: Document } };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomConstructor };

// A path, not a URL object: under the jsdom environment the global URL is jsdom's, which node:fs rejects.
export const FIXTURES_DIR = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures')}/`;

export interface LoadedPage {
  doc: Document;
  url: URL;
}

/** The markup of a fixture, by its path under tests/fixtures/ (`hubspot/loading.html`). */
export function fixtureHtml(path: string): string {
  return readFileSync(`${FIXTURES_DIR}${path}`, 'utf8');
}

/** The address a fixture's header comment says it was saved from. */
export function simulatedUrl(html: string, path: string): string {
  const url = /Simulated URL:\s*(\S+)/.exec(html)?.[1];
  if (!url) throw new Error(`${path} does not name its simulated URL`);
  return url;
}

/** A fixture as a document at its simulated address, or at `urlOverride` (the same page elsewhere). */
export function loadFixture(path: string, urlOverride?: string): LoadedPage {
  const html = fixtureHtml(path);
  const url = urlOverride ?? simulatedUrl(html, path);
  return { doc: new JSDOM(html, { url }).window.document, url: new URL(url) };
}

/** The variant pages of one CRM's folder (`lightning/`, `hubspot/` …), sorted by name. */
export function variantsIn(folder: string): string[] {
  return readdirSync(`${FIXTURES_DIR}${folder}`)
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** tests/fixtures/expected.json's entry for a base fixture, in the caller's vocabulary. */
export function expectedEntry<T>(name: string): T {
  const json = JSON.parse(fixtureHtml('expected.json')) as { fixtures: Record<string, T> };
  const entry = json.fixtures[name];
  if (!entry) throw new Error(`expected.json has no entry for ${name}`);
  return entry;
}
