/**
 * Loads the saved Classic pages as documents at their simulated address, and the expectations
 * written beside them (tests/fixtures/expected.json).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExpectedPage } from '../salesforce-lightning/fixtures';

/** jsdom ships no type declarations and @types/jsdom is not installed: type the one constructor we use. */
type JsdomConstructor = new (html: string, options: { url: string }) => { window: { document: Document } };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomConstructor };

// A path, not a URL object: under the jsdom environment the global URL is jsdom's, which node:fs rejects.
const FIXTURES = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../../fixtures')}/`;
const VARIANTS = `${FIXTURES}classic/`;
export const BASE_FIXTURE = 'salesforce-classic-opportunity.html';

const expectedJson = JSON.parse(readFileSync(`${FIXTURES}expected.json`, 'utf8')) as {
  fixtures: Record<string, ExpectedPage>;
};

export function expectedBase(): ExpectedPage {
  const page = expectedJson.fixtures[BASE_FIXTURE];
  if (!page) throw new Error(`expected.json has no entry for ${BASE_FIXTURE}`);
  return page;
}

export interface LoadedPage {
  doc: Document;
  url: URL;
}

function load(html: string, name: string, urlOverride?: string): LoadedPage {
  const simulated = /Simulated URL:\s*(\S+)/.exec(html)?.[1];
  if (!simulated) throw new Error(`${name} does not name its simulated URL`);
  const url = urlOverride ?? simulated;
  return { doc: new JSDOM(html, { url }).window.document, url: new URL(url) };
}

export function loadBase(urlOverride?: string): LoadedPage {
  return load(readFileSync(`${FIXTURES}${BASE_FIXTURE}`, 'utf8'), BASE_FIXTURE, urlOverride);
}

export const VARIANT_FIXTURES = readdirSync(VARIANTS)
  .filter((file) => file.endsWith('.html'))
  .sort();

/** A variant of tests/fixtures/classic/, at the "Simulated URL" its header comment names. */
export function loadVariant(name: string, urlOverride?: string): LoadedPage {
  return load(readFileSync(`${VARIANTS}${name}`, 'utf8'), name, urlOverride);
}

export function loadAllClassic(): Array<{ name: string } & LoadedPage> {
  return [
    { name: BASE_FIXTURE, ...loadBase() },
    ...VARIANT_FIXTURES.map((name) => ({ name: `classic/${name}`, ...loadVariant(name) })),
  ];
}
