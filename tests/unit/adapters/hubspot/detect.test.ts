import { describe, expect, it } from 'vitest';
import { isOpportunityPage, locateDeal } from '../../../../src/content/adapters/hubspot/detect';
import { expectedDeal } from './fixtures';

const PORTAL = '26047118';
const DEAL = '31790455612';

/** Deal record addresses (crm-pages.md §3), with the portal and deal they name. */
const MUST_MATCH: ReadonlyArray<[url: string, portalId: string, dealId: string]> = [
  [`https://app.hubspot.com/contacts/${PORTAL}/record/0-3/${DEAL}`, PORTAL, DEAL],
  [`https://app.hubspot.com/contacts/${PORTAL}/record/0-3/${DEAL}/`, PORTAL, DEAL],
  [`https://app.hubspot.com/contacts/${PORTAL}/record/0-3/${DEAL}?interaction=note`, PORTAL, DEAL],
  [`https://app.hubspot.com/contacts/${PORTAL}/record/0-3/${DEAL}#activity`, PORTAL, DEAL],
  [`https://app-eu1.hubspot.com/contacts/${PORTAL}/record/0-3/${DEAL}`, PORTAL, DEAL],
  [`https://app-na2.hubspot.com/contacts/${PORTAL}/record/0-3/${DEAL}`, PORTAL, DEAL],
  [`https://APP-EU1.HubSpot.com/contacts/${PORTAL}/record/0-3/${DEAL}`, PORTAL, DEAL],
  [`https://app.hubspot.com/contacts/${PORTAL}/deal/${DEAL}`, PORTAL, DEAL],
  [`https://app-eu1.hubspot.com/contacts/${PORTAL}/deal/${DEAL}/`, PORTAL, DEAL],
  [`https://app.hubspot.com/contacts/123/record/0-3/4`, '123', '4'],
];

/** Addresses that must not be read as a deal. */
const MUST_NOT_MATCH: readonly string[] = [
  `https://app.hubspot.com/contacts/${PORTAL}/record/0-1/104051120341`, // contact record
  `https://app.hubspot.com/contacts/${PORTAL}/record/0-2/10412233508`, // company record
  `https://app.hubspot.com/contacts/${PORTAL}/record/0-5/${DEAL}`, // ticket record
  `https://app.hubspot.com/contacts/${PORTAL}/contact/104051120341`, // older contact URL
  `https://app.hubspot.com/contacts/${PORTAL}/objects/0-3/views/all/list`, // deals index
  `https://app.hubspot.com/contacts/${PORTAL}/deals/list/view/all/`, // older deals index
  `https://app.hubspot.com/contacts/${PORTAL}/record/0-3/${DEAL}/associations/0-1`, // "View all" sub-page
  `https://app.hubspot.com/contacts/${PORTAL}/record/0-3/`,
  `https://app.hubspot.com/contacts/${PORTAL}/record/0-3/abc`,
  `https://app.hubspot.com/reports/${PORTAL}/record/0-3/${DEAL}`,
  `https://app.hubspot.com.evil.example/contacts/${PORTAL}/record/0-3/${DEAL}`,
  `https://evil-app.hubspot.com/contacts/${PORTAL}/record/0-3/${DEAL}`,
  `https://app.hubspot.co/contacts/${PORTAL}/record/0-3/${DEAL}`,
  `https://hubspot.com/contacts/${PORTAL}/record/0-3/${DEAL}`,
  `https://www.hubspot.com/contacts/${PORTAL}/record/0-3/${DEAL}`,
  `https://app.hubspotqa.com/contacts/${PORTAL}/record/0-3/${DEAL}`,
  `http://app.hubspot.com/contacts/${PORTAL}/record/0-3/${DEAL}`,
  `https://evil.example/contacts/${PORTAL}/record/0-3/${DEAL}?u=https://app.hubspot.com`,
];

describe('HubSpot deal detection', () => {
  it.each(MUST_MATCH)('%s is a deal page', (url, portalId, dealId) => {
    expect(isOpportunityPage(new URL(url))).toBe(true);
    expect(locateDeal(new URL(url))).toEqual({ portalId, dealId });
  });

  it.each(MUST_NOT_MATCH)('%s is not a deal page', (url) => {
    expect(isOpportunityPage(new URL(url))).toBe(false);
    expect(locateDeal(new URL(url))).toBeNull();
  });

  it('recognises the fixture address', () => {
    const { url, opportunity } = expectedDeal();
    expect(locateDeal(new URL(url))).toEqual({ portalId: opportunity.portal_id, dealId: opportunity.id });
  });
});
