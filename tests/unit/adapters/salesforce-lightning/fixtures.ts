/**
 * Loads the saved Lightning pages as documents at their simulated address, and the expectations
 * written beside them (tests/fixtures/expected.json).
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
const VARIANTS = `${FIXTURES}lightning/`;

export interface ExpectedAccount {
  id: string | null;
  name: string;
}
export interface ExpectedContact {
  id: string;
  id15: string;
  name: string;
  title: string | null;
  role: string | null;
  email: string | null;
  phone: string | null;
  account: ExpectedAccount | null;
}
export interface ExpectedPage {
  url: string;
  document_title: string;
  opportunity: {
    id: string;
    id15: string;
    name: string;
    stage: string | null;
    amount: string | null;
    close_date: string | null;
    account: ExpectedAccount | null;
  };
  contacts: ExpectedContact[];
  contacts_complete: boolean;
  internal_team: Array<{ id: string; id15: string; name: string }>;
  must_ignore: string[];
}

export const BASE_FIXTURES = ['salesforce-lightning-opportunity.html', 'salesforce-lightning-opportunity-after.html'] as const;
export type BaseFixture = (typeof BASE_FIXTURES)[number];

const expectedJson = JSON.parse(readFileSync(`${FIXTURES}expected.json`, 'utf8')) as {
  fixtures: Record<string, ExpectedPage>;
};

export function expectedFor(name: BaseFixture): ExpectedPage {
  const page = expectedJson.fixtures[name];
  if (!page) throw new Error(`expected.json has no entry for ${name}`);
  return page;
}

export interface LoadedPage {
  doc: Document;
  url: URL;
}

export function loadBase(name: BaseFixture): LoadedPage {
  const { url } = expectedFor(name);
  return { doc: new JSDOM(readFileSync(`${FIXTURES}${name}`, 'utf8'), { url }).window.document, url: new URL(url) };
}

export const VARIANT_FIXTURES = readdirSync(VARIANTS)
  .filter((file) => file.endsWith('.html'))
  .sort();

/** A variant of tests/fixtures/lightning/, at the "Simulated URL" its header comment names. */
export function loadVariant(name: string, urlOverride?: string): LoadedPage {
  const html = readFileSync(`${VARIANTS}${name}`, 'utf8');
  const simulated = /Simulated URL:\s*(\S+)/.exec(html)?.[1];
  if (!simulated) throw new Error(`${name} does not name its simulated URL`);
  const url = urlOverride ?? simulated;
  return { doc: new JSDOM(html, { url }).window.document, url: new URL(url) };
}

/** Every Lightning fixture, base pages and variants, for tests that sweep them all. */
export function loadAllLightning(): Array<{ name: string } & LoadedPage> {
  return [
    ...BASE_FIXTURES.map((name) => ({ name, ...loadBase(name) })),
    ...VARIANT_FIXTURES.map((name) => ({ name: `lightning/${name}`, ...loadVariant(name) })),
  ];
}
