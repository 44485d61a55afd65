import { describe, expect, it } from 'vitest';
import {
  isOpportunityPage,
  locateOpportunity,
  opportunityIdFrom,
} from '../../../../src/content/adapters/salesforce-lightning/detect';
import { BASE_FIXTURES, expectedFor } from './fixtures';

const OPP = '0068V00000kQ3wZQAS';
const OPP15 = '0068V00000kQ3wZ';
const WS = `ws=%2Flightning%2Fr%2FOpportunity%2F${OPP}%2Fview`;

/**
 * Addresses that must be read as an opportunity, with the 18-character id they name. Host forms
 * from crm-pages.md §1.1 (production, sandboxes with and without enhanced domains, the partitions,
 * old Developer Edition, Lightning served on my.salesforce.com); paths from §1.2.
 */
const MUST_MATCH: ReadonlyArray<[url: string, id: string, via: 'path' | 'workspace']> = [
  [`https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/${OPP}/view`, OPP, 'path'],
  [`https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/${OPP}/view?0.source=alohaHeader`, OPP, 'path'],
  [`https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/${OPP}/view/`, OPP, 'path'],
  [`https://halyardsoftware.lightning.force.com/lightning/r/${OPP}/view`, OPP, 'path'],
  [`https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/${OPP15}/view`, OPP, 'path'],
  [`https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/${OPP}/related/OpportunityContactRoles/view`, OPP, 'path'],
  [`https://halyardsoftware.lightning.force.com/lightning/r/${OPP}/related/OpportunityContactRoles/view`, OPP, 'path'],
  [`https://cwc--uat.lightning.force.com/lightning/r/Opportunity/${OPP}/view`, OPP, 'path'],
  [`https://cwc--uatsfdc.sandbox.lightning.force.com/lightning/r/Opportunity/${OPP}/view`, OPP, 'path'],
  [`https://halyard.develop.lightning.force.com/lightning/r/Opportunity/${OPP}/view`, OPP, 'path'],
  [`https://halyard-dev-ed.lightning.force.com/lightning/r/Opportunity/${OPP}/view`, OPP, 'path'],
  [`https://speed-ruby-1234.scratch.lightning.force.com/lightning/r/Opportunity/${OPP}/view`, OPP, 'path'],
  [`https://halyardsoftware.my.salesforce.com/lightning/r/Opportunity/${OPP}/view`, OPP, 'path'],
  [`https://halyardsoftware--uat.sandbox.my.salesforce.com/lightning/r/Opportunity/${OPP}/view`, OPP, 'path'],
  [`https://HalyardSoftware.Lightning.Force.com/lightning/r/Opportunity/${OPP}/view`, OPP, 'path'],
  // Console: the opportunity is the workspace, the focused subtab is another record (§1.2).
  [`https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/${OPP}/view?${WS}`, OPP, 'path'],
  [`https://halyardsoftware.lightning.force.com/lightning/r/Task/00T8V00001aQp3xUAC/view?${WS}`, OPP, 'workspace'],
  [`https://halyardsoftware.lightning.force.com/lightning/r/Contact/0038V00001cWq2AQAS/view?${WS}`, OPP, 'workspace'],
];

/** Addresses that must not be read as an opportunity, and why. */
const MUST_NOT_MATCH: ReadonlyArray<[url: string, why: string]> = [
  [`https://evil-lightning.force.com.example.com/lightning/r/Opportunity/${OPP}/view`, 'look-alike host'],
  [`https://lightning.force.com.attacker.test/lightning/r/Opportunity/${OPP}/view`, 'Salesforce name as a subdomain'],
  [`https://halyardsoftware.lightning.force.com.evil.test/lightning/r/Opportunity/${OPP}/view`, 'org host as a subdomain'],
  [`https://evillightning.force.com/lightning/r/Opportunity/${OPP}/view`, 'suffix without the dot'],
  [`https://lightning.force.com/lightning/r/Opportunity/${OPP}/view`, 'no My Domain label'],
  [`https://www.salesforce.com/lightning/r/Opportunity/${OPP}/view`, 'marketing site'],
  [`https://halyardsoftware.my.site.com/lightning/r/Opportunity/${OPP}/view`, 'Experience Cloud site'],
  [`https://halyardsoftware--c.vf.force.com/lightning/r/Opportunity/${OPP}/view`, 'Visualforce host'],
  [`http://halyardsoftware.lightning.force.com/lightning/r/Opportunity/${OPP}/view`, 'not https'],
  ['https://halyardsoftware.lightning.force.com/lightning/r/Account/0018V00000tRm4FQAS/view', 'Account page'],
  ['https://halyardsoftware.lightning.force.com/lightning/r/Contact/0038V00001cWq2AQAS/view', 'Contact page'],
  ['https://halyardsoftware.lightning.force.com/lightning/r/0038V00001cWq2AQAS/view', 'object-less Contact page'],
  [`https://halyardsoftware.lightning.force.com/lightning/r/Account/${OPP}/view`, 'object and id disagree'],
  ['https://halyardsoftware.lightning.force.com/lightning/o/Opportunity/home', 'object home'],
  ['https://halyardsoftware.lightning.force.com/lightning/o/Opportunity/list?filterName=Recent', 'list view'],
  ['https://halyardsoftware.lightning.force.com/lightning/o/Opportunity/new', 'new-record page'],
  ['https://halyardsoftware.lightning.force.com/lightning/page/home', 'home page'],
  [`https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/${OPP}/related/OpportunityTeamMembers/view`, 'another related list'],
  [`https://halyardsoftware.lightning.force.com/lightning/r/${OPP}/related/OpportunityHistories/view`, 'another related list, object-less'],
  [`https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/${OPP}/edit`, 'edit page'],
  ['https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/0068V00000kQ3wZ999/view', 'invalid checksum'],
  ['https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/0068V00000kQ3w/view', '14-character id'],
  [`https://halyardsoftware.lightning.force.com/one/one.app#/sObject/${OPP}/view`, 'legacy one.app hash URL'],
  [`https://halyardsoftware.lightning.force.com/prefix/lightning/r/Opportunity/${OPP}/view`, 'path not at the root'],
  [`https://halyardsoftware.my.salesforce.com/${OPP15}`, 'Salesforce Classic'],
  [
    'https://halyardsoftware.lightning.force.com/lightning/r/Task/00T8V00001aQp3xUAC/view?ws=%2Flightning%2Fr%2FAccount%2F0018V00000tRm4FQAS%2Fview',
    'console workspace of an Account',
  ],
  [`https://example.com/lightning/r/Opportunity/${OPP}/view?${WS}`, 'ws parameter on a foreign host'],
];

describe('Lightning opportunity pages', () => {
  it.each(MUST_MATCH)('%s → %s (%s)', (url, id, via) => {
    expect(isOpportunityPage(new URL(url))).toBe(true);
    expect(opportunityIdFrom(new URL(url))).toBe(id);
    expect(locateOpportunity(new URL(url))?.via).toBe(via);
  });

  it.each(MUST_NOT_MATCH)('%s is not one (%s)', (url) => {
    expect(isOpportunityPage(new URL(url))).toBe(false);
    expect(opportunityIdFrom(new URL(url))).toBeNull();
  });

  it('flags the full Contact Roles page, where the whole list is shown', () => {
    const list = (path: string) => locateOpportunity(new URL(`https://halyardsoftware.lightning.force.com${path}`));
    expect(list(`/lightning/r/Opportunity/${OPP}/related/OpportunityContactRoles/view`)?.isContactRolesList).toBe(true);
    expect(list(`/lightning/r/${OPP}/related/OpportunityContactRoles/view`)?.isContactRolesList).toBe(true);
    expect(list(`/lightning/r/Opportunity/${OPP}/view`)?.isContactRolesList).toBe(false);
  });

  it.each(BASE_FIXTURES)('reads the opportunity id of %s from its address', (name) => {
    const expected = expectedFor(name);
    expect(opportunityIdFrom(new URL(expected.url))).toBe(expected.opportunity.id);
  });
});
