/**
 * The saved Classic pages as documents at their simulated address, and the expectations written
 * beside them (tests/fixtures/expected.json).
 */
import { expectedEntry, loadFixture, variantsIn, type LoadedPage } from '../fixture-loader';
import type { ExpectedPage } from '../salesforce-lightning/fixtures';

export type { LoadedPage } from '../fixture-loader';

export const BASE_FIXTURE = 'salesforce-classic-opportunity.html';

export function expectedBase(): ExpectedPage {
  return expectedEntry<ExpectedPage>(BASE_FIXTURE);
}

export function loadBase(urlOverride?: string): LoadedPage {
  return loadFixture(BASE_FIXTURE, urlOverride);
}

export const VARIANT_FIXTURES = variantsIn('classic');

/** A variant of tests/fixtures/classic/, at the "Simulated URL" its header comment names. */
export function loadVariant(name: string, urlOverride?: string): LoadedPage {
  return loadFixture(`classic/${name}`, urlOverride);
}

export function loadAllClassic(): Array<{ name: string } & LoadedPage> {
  return [
    { name: BASE_FIXTURE, ...loadBase() },
    ...VARIANT_FIXTURES.map((name) => ({ name: `classic/${name}`, ...loadVariant(name) })),
  ];
}
