/**
 * The saved Dynamics 365 opportunity form (and its variants under tests/fixtures/dynamics/) as
 * documents at their simulated address, and the expectations written beside it
 * (tests/fixtures/expected.json).
 */
import { expectedEntry, loadFixture, variantsIn, type LoadedPage } from '../fixture-loader';

export type { LoadedPage } from '../fixture-loader';

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
  return expectedEntry<ExpectedDeal>(BASE_FIXTURE);
}

export function loadBase(): LoadedPage {
  return loadFixture(BASE_FIXTURE, expectedDeal().url);
}

export const VARIANT_FIXTURES = variantsIn('dynamics');

/** A variant of tests/fixtures/dynamics/, at the "Simulated URL" its header comment names. */
export function loadVariant(name: string): LoadedPage {
  return loadFixture(`dynamics/${name}`);
}

export function loadAllDynamics(): Array<{ name: string } & LoadedPage> {
  return [{ name: BASE_FIXTURE, ...loadBase() }, ...VARIANT_FIXTURES.map((name) => ({ name: `dynamics/${name}`, ...loadVariant(name) }))];
}
