/**
 * The saved Lightning pages as documents at their simulated address, and the expectations written
 * beside them (tests/fixtures/expected.json).
 */
import { expectedEntry, loadFixture, variantsIn, type LoadedPage } from '../fixture-loader';

export type { LoadedPage } from '../fixture-loader';

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

export function expectedFor(name: BaseFixture): ExpectedPage {
  return expectedEntry<ExpectedPage>(name);
}

export function loadBase(name: BaseFixture): LoadedPage {
  return loadFixture(name, expectedFor(name).url);
}

export const VARIANT_FIXTURES = variantsIn('lightning');

/** A variant of tests/fixtures/lightning/, at the "Simulated URL" its header comment names. */
export function loadVariant(name: string, urlOverride?: string): LoadedPage {
  return loadFixture(`lightning/${name}`, urlOverride);
}

/** Every Lightning fixture, base pages and variants, for tests that sweep them all. */
export function loadAllLightning(): Array<{ name: string } & LoadedPage> {
  return [
    ...BASE_FIXTURES.map((name) => ({ name, ...loadBase(name) })),
    ...VARIANT_FIXTURES.map((name) => ({ name: `lightning/${name}`, ...loadVariant(name) })),
  ];
}
