/** Every CRM adapter the content script knows, in the order they are tried. */
import type { CrmAdapter } from './types';
import { salesforceLightning } from './salesforce-lightning';
import { salesforceClassic } from './salesforce-classic';
import { hubspot } from './hubspot';
import { dynamics } from './dynamics';

export const ADAPTERS: readonly CrmAdapter[] = [salesforceLightning, salesforceClassic, hubspot, dynamics];

export function adapterFor(url: URL): CrmAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.isOpportunityPage(url));
}
