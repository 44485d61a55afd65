/**
 * Loads the saved Dynamics 365 opportunity form (and its variants under tests/fixtures/dynamics/) as documents
 * at their simulated address, and the expectations written beside it (tests/fixtures/expected.json).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** jsdom ships no type declarations and @types/jsdom is not installed: type the one constructor we use. */
type JsdomConstructor = new (html: string, options: { url: string }) => { window: { document: Document } };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomConstructor };

// A path, not a URL object: under the jsdom environment the global URL is jsdom's, which node:fs rejects.
const FIXTURES = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../../fixtures')}/`;
const VARIANTS = `${FIXTURES}dynamics/`;
export const BASE_FIXTURE = 'dynamics-opportunity.html';

export interface ExpectedAccount {
  id: string | null;
  name: string;
}
export interface ExpectedContact {
  id: string;
  name: string;
  title: string | null;
  role: string | null;
  email: string | null;
  phone: string | null;
  account: ExpectedAccount | null;
  connection_id: string;
}
export interface ExpectedDeal {
  url: string;
  opportunity: {
    id: string;
    name: string;
    stage: string | null;
    amount: string | null;
    close_date: string | null;
    account: ExpectedAccount | null;
  };
  contacts: ExpectedContact[];
  contacts_total_count: number;
  contacts_complete: boolean;
  must_ignore: string[];
}

export function expectedDeal(): ExpectedDeal {
  const json = JSON.parse(readFileSync(`${FIXTURES}expected.json`, 'utf8')) as { fixtures: Record<string, ExpectedDeal> };
  const page = json.fixtures[BASE_FIXTURE];
  if (!page) throw new Error(`expected.json has no entry for ${BASE_FIXTURE}`);
  return page;
}

export interface LoadedPage {
  doc: Document;
  url: URL;
}

export function loadBase(): LoadedPage {
  const { url } = expectedDeal();
  return { doc: new JSDOM(readFileSync(`${FIXTURES}${BASE_FIXTURE}`, 'utf8'), { url }).window.document, url: new URL(url) };
}

export const VARIANT_FIXTURES = readdirSync(VARIANTS)
  .filter((file) => file.endsWith('.html'))
  .sort();

/** A variant of tests/fixtures/dynamics/, at the "Simulated URL" its header comment names. */
export function loadVariant(name: string): LoadedPage {
  const html = readFileSync(`${VARIANTS}${name}`, 'utf8');
  const url = /Simulated URL:\s*(\S+)/.exec(html)?.[1];
  if (!url) throw new Error(`${name} does not name its simulated URL`);
  return { doc: new JSDOM(html, { url }).window.document, url: new URL(url) };
}

export function loadAllDynamics(): Array<{ name: string } & LoadedPage> {
  return [{ name: BASE_FIXTURE, ...loadBase() }, ...VARIANT_FIXTURES.map((name) => ({ name: `dynamics/${name}`, ...loadVariant(name) }))];
}
