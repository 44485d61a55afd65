import { describe, expect, it } from 'vitest';
import { salesforceClassic } from '../../../../src/content/adapters/salesforce-classic';
import { opportunityIdFrom, recordIdOfHref } from '../../../../src/content/adapters/salesforce-classic/detect';

const OPP = '006Tx00000Dk8QmIAJ';
const OPP15 = '006Tx00000Dk8Qm';

/** Classic detail pages (crm-pages.md §2) on the hosts the manifest injects into, with the 18-character id. */
const MUST_MATCH: ReadonlyArray<[url: string, id: string]> = [
  [`https://corbelinstruments.my.salesforce.com/${OPP15}`, OPP],
  [`https://corbelinstruments.my.salesforce.com/${OPP}`, OPP],
  [`https://corbelinstruments.my.salesforce.com/${OPP15}/`, OPP],
  [`https://corbelinstruments.my.salesforce.com/${OPP15}?nooverride=1`, OPP],
  [`https://corbelinstruments.my.salesforce.com/${OPP15}#006Tx00000Dk8Qm_RelatedContactRoleList_target`, OPP],
  [`https://corbelinstruments--uat.sandbox.my.salesforce.com/${OPP15}`, OPP],
  [`https://CorbelInstruments.My.Salesforce.com/${OPP15}`, OPP],
  // An 18-character id whose case was lost still names the same opportunity (its checksum restores it).
  [`https://corbelinstruments.my.salesforce.com/${OPP.toLowerCase().replace(/iaj$/, 'IAJ')}`, OPP],
];

const MUST_NOT_MATCH: ReadonlyArray<[url: string, why: string]> = [
  ['https://corbelinstruments.my.salesforce.com/006/o', 'Opportunities tab home'],
  ['https://corbelinstruments.my.salesforce.com/006/e', 'new opportunity'],
  [`https://corbelinstruments.my.salesforce.com/${OPP15}/e?retURL=%2F${OPP15}`, 'edit page'],
  ['https://corbelinstruments.my.salesforce.com/003Tx00000Rm4Ka', 'Contact page'],
  ['https://corbelinstruments.my.salesforce.com/001Tx00000Gh2Wr', 'Account page'],
  ['https://corbelinstruments.my.salesforce.com/home/home.jsp', 'home page'],
  [`https://corbelinstruments.my.salesforce.com/lightning/r/Opportunity/${OPP}/view`, 'Lightning (its own adapter)'],
  [`https://corbelinstruments.lightning.force.com/lightning/r/Opportunity/${OPP}/view`, 'Lightning host'],
  [`https://corbelinstruments.lightning.force.com/${OPP15}`, 'Lightning host, Classic path'],
  [`https://na1.salesforce.com/${OPP15}`, 'legacy instance host: not in the manifest'],
  [`https://my.salesforce.com/${OPP15}`, 'no My Domain label'],
  [`https://corbelinstruments.my.salesforce.com.evil.test/${OPP15}`, 'org host as a subdomain'],
  [`https://evilmy.salesforce.com/${OPP15}`, 'suffix without the dot'],
  [`https://corbelinstruments.my.site.com/${OPP15}`, 'Experience Cloud site'],
  [`https://corbelinstruments--c.vf.force.com/${OPP15}`, 'Visualforce host'],
  [`http://corbelinstruments.my.salesforce.com/${OPP15}`, 'not https'],
  ['https://corbelinstruments.my.salesforce.com/006Tx00000Dk8Q', '14 characters'],
  ['https://corbelinstruments.my.salesforce.com/006Tx00000Dk8QmIA', '17 characters'],
  ['https://corbelinstruments.my.salesforce.com/006Tx00000Dk8QmZZZ', 'checksum that cannot describe the id'],
  ['https://www.hubspot.com/006Tx00000Dk8Qm', 'foreign host'],
];

describe('Classic detection', () => {
  it.each(MUST_MATCH)('%s is opportunity %s', (address, id) => {
    const url = new URL(address);
    expect(opportunityIdFrom(url)).toBe(id);
    expect(salesforceClassic.isOpportunityPage(url)).toBe(true);
  });

  it.each(MUST_NOT_MATCH)('%s is not an opportunity (%s)', (address) => {
    const url = new URL(address);
    expect(opportunityIdFrom(url)).toBeNull();
    expect(salesforceClassic.isOpportunityPage(url)).toBe(false);
  });

  it('reads 18-character ids out of relative and absolute record links', () => {
    expect(recordIdOfHref('/003Tx00000Rm4Ka')).toBe('003Tx00000Rm4KaIAJ');
    expect(recordIdOfHref('https://corbelinstruments.my.salesforce.com/003Tx00000Rm4Ka?srPos=0')).toBe('003Tx00000Rm4KaIAJ');
    expect(recordIdOfHref('/003Tx00000Rm4Ka/e')).toBeNull();
    expect(recordIdOfHref('#')).toBeNull();
    expect(recordIdOfHref(null)).toBeNull();
  });
});
