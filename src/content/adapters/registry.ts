/** Every CRM adapter the content script knows, in the order they are tried. */
import type { CrmAdapter } from './types';
import { salesforceLightning } from './salesforce-lightning';
import { salesforceClassic } from './salesforce-classic';

export const ADAPTERS: readonly CrmAdapter[] = [salesforceLightning, salesforceClassic];

export function adapterFor(url: URL): CrmAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.isOpportunityPage(url));
}
