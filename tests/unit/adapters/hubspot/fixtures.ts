/**
 * The saved HubSpot deal page (and its variants under tests/fixtures/hubspot/) as documents at
 * their simulated address, and the expectations written beside it (tests/fixtures/expected.json).
 */
import { expectedEntry, loadFixture, variantsIn, type LoadedPage } from '../fixture-loader';

export type { LoadedPage } from '../fixture-loader';

export const BASE_FIXTURE = 'hubspot-deal.html';

export interface ExpectedAccount {
  id: string | null;
  name: string;
}
export interface ExpectedContact {
  id: string;
  name: string;
  title: string | null;
  role: string | null;
  buying_role: string | null;
  email: string | null;
  phone: string | null;
  account: ExpectedAccount | null;
}
export interface ExpectedDeal {
  url: string;
  opportunity: {
    id: string;
    portal_id: string;
    name: string;
    stage: string | null;
    amount: string | null;
    close_date: string | null;
    account: ExpectedAccount | null;
  };
  contacts: ExpectedContact[];
  contacts_complete: boolean;
  must_ignore: string[];
}

export function expectedDeal(): ExpectedDeal {
  return expectedEntry<ExpectedDeal>(BASE_FIXTURE);
}

export function loadBase(): LoadedPage {
  return loadFixture(BASE_FIXTURE, expectedDeal().url);
}

export const VARIANT_FIXTURES = variantsIn('hubspot');

/** A variant of tests/fixtures/hubspot/, at the "Simulated URL" its header comment names. */
export function loadVariant(name: string): LoadedPage {
  return loadFixture(`hubspot/${name}`);
}

export function loadAllHubspot(): Array<{ name: string } & LoadedPage> {
  return [{ name: BASE_FIXTURE, ...loadBase() }, ...VARIANT_FIXTURES.map((name) => ({ name: `hubspot/${name}`, ...loadVariant(name) }))];
}
