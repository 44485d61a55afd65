/**
 * The same saved pages served from a host the rep added (an on-premise Dynamics, a Salesforce org
 * on its own domain): read exactly as on the SaaS host, judged on path and query alone, and only by
 * the CRM the rep declared for the host.
 */
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../src/content/adapters/registry';
import type { AdapterRead } from '../../../src/content/adapters/types';
import { locateOpportunity as locateDynamics } from '../../../src/content/adapters/dynamics/detect';
import { locateOpportunity as locateLightning } from '../../../src/content/adapters/salesforce-lightning/detect';
import { opportunityIdFrom as classicOpportunityId } from '../../../src/content/adapters/salesforce-classic/detect';
import { loadBase as loadDynamics } from './dynamics/fixtures';
import { loadBase as loadClassic } from './salesforce-classic/fixtures';
import { loadBase as loadLightning } from './salesforce-lightning/fixtures';

const contactKeys = (result: AdapterRead | undefined) => (result?.kind === 'read' ? result.read.contacts.map((c) => c.key) : result?.kind);

/** The page's address with its host (and, for on-premise Dynamics, an org path) replaced. */
function moved(url: URL, host: string, pathPrefix = ''): URL {
  return new URL(`https://${host}${pathPrefix}${url.pathname}${url.search}${url.hash}`);
}

describe('Dynamics 365 on premises', () => {
  const { doc, url } = loadDynamics();
  const onSaas = adapterFor(url)!.read(doc, url);

  it.each([
    ['a shared server, org in the path', moved(url, 'crm.contoso.com', '/Brightmoor')],
    ['an IFD host, org in the first label', moved(url, 'brightmoor.contoso.com')],
  ])('%s reads the same contacts under the same keys', (_name, address) => {
    const adapter = adapterFor(address, 'dynamics');
    expect(adapter?.crm).toBe('dynamics');
    expect(contactKeys(adapter!.read(doc, address))).toEqual(contactKeys(onSaas));
    expect(locateDynamics(address, 'custom')?.org).toBe('brightmoor');
  });

  it('other pages of the server are not opportunities', () => {
    for (const path of ['/Brightmoor/main.aspx?pagetype=entitylist&etn=opportunity', '/Brightmoor/tools/main.aspx', '/a/b/main.aspx?pagetype=entityrecord&etn=opportunity&id=1b0d9a5e-8f7c-4d3b-9a61-2c4e5f6a7b8c']) {
      expect(adapterFor(new URL(`https://crm.contoso.com${path}`), 'dynamics')).toBeUndefined();
    }
  });

  it('a host the rep declared as Salesforce is never read as Dynamics', () => {
    expect(adapterFor(moved(url, 'crm.contoso.com', '/Brightmoor'), 'salesforce')).toBeUndefined();
  });

  it('the SaaS check still holds without a declaration: an unknown host is nothing', () => {
    const address = moved(url, 'crm.contoso.com', '/Brightmoor');
    expect(adapterFor(address)).toBeUndefined();
    expect(locateDynamics(address)).toBeNull();
  });

  it('plain http is refused even on an added host', () => {
    const address = moved(url, 'crm.contoso.com', '/Brightmoor');
    address.protocol = 'http:';
    expect(adapterFor(address, 'dynamics')).toBeUndefined();
  });
});

describe('Salesforce on its own domain', () => {
  it('Lightning record pages read as on lightning.force.com', () => {
    const { doc, url } = loadLightning('salesforce-lightning-opportunity.html');
    const address = moved(url, 'sales.fabrikam.com');
    expect(locateLightning(address)).toBeNull();
    expect(locateLightning(address, 'custom')?.id).toBe(locateLightning(url)?.id);
    expect(contactKeys(adapterFor(address, 'salesforce')?.read(doc, address))).toEqual(contactKeys(adapterFor(url)!.read(doc, url)));
  });

  it('Classic detail pages read as on my.salesforce.com', () => {
    const { doc, url } = loadClassic();
    const address = moved(url, 'sales.fabrikam.com');
    expect(classicOpportunityId(address)).toBeNull();
    expect(classicOpportunityId(address, 'custom')).toBe(classicOpportunityId(url));
    expect(contactKeys(adapterFor(address, 'salesforce')?.read(doc, address))).toEqual(contactKeys(adapterFor(url)!.read(doc, url)));
  });

  it('a host the rep declared as Dynamics is never read as Salesforce', () => {
    const { url } = loadLightning('salesforce-lightning-opportunity.html');
    expect(adapterFor(moved(url, 'sales.fabrikam.com'), 'dynamics')).toBeUndefined();
  });
});
