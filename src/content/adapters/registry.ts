/** Every CRM adapter the content script knows, in the order they are tried. */
import type { CustomDomainCrm } from '../../domain/crm-domains';
import type { CrmAdapter } from './types';
import { salesforceLightning } from './salesforce-lightning';
import { salesforceClassic } from './salesforce-classic';
import { hubspot } from './hubspot';
import { dynamics } from './dynamics';

export const ADAPTERS: readonly CrmAdapter[] = [salesforceLightning, salesforceClassic, hubspot, dynamics];

/** An adapter that judges a page on a host the rep added by its path and query alone. */
function onCustomHost(adapter: CrmAdapter): CrmAdapter {
  return {
    crm: adapter.crm,
    isOpportunityPage: (url) => adapter.isOpportunityPage(url, 'custom'),
    read: (doc, url) => adapter.read(doc, url, 'custom'),
  };
}

const CUSTOM_HOST_ADAPTERS: readonly CrmAdapter[] = ADAPTERS.map(onCustomHost);

/**
 * The adapter for the page: on the CRMs' own hosts by address; on a host the rep added, only the
 * adapters of the CRM they declared for it (a Dynamics server is never read as Salesforce).
 */
export function adapterFor(url: URL, customCrm: CustomDomainCrm | null = null): CrmAdapter | undefined {
  if (customCrm === null) return ADAPTERS.find((adapter) => adapter.isOpportunityPage(url));
  return CUSTOM_HOST_ADAPTERS.find((adapter) => adapter.crm === customCrm && adapter.isOpportunityPage(url));
}
