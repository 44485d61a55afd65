/**
 * The Classic adapter on the pages of issue 5 (tests/fixtures/classic/, derived by derive.mjs): a
 * busy detail page full of other people, and a sandbox org whose Contact Roles list shows five of
 * seven rows, without a Title column, with roles left blank.
 */
import { describe, expect, it } from 'vitest';
import { salesforceClassic } from '../../../../src/content/adapters/salesforce-classic';
import { toId18 } from '../../../../src/domain/salesforce-id';
import { expectAnchorsWithin, expectNotRead, expectRead, keyNameTitleRole } from '../read-assertions';
import { expectedBase, loadVariant } from './fixtures';

const BASE = expectedBase();
const LIST = 'div.bRelatedList[id$="_RelatedContactRoleList"]';
const key = (id15: string) => `salesforce:${toId18(id15)}`;

describe('busy.html', () => {
  const { doc, url } = loadVariant('busy.html');
  const result = expectRead(salesforceClassic.read(doc, url));

  it('reads the four contact roles of the plain page, in order, and knows the list is complete', () => {
    expect(keyNameTitleRole(result)).toEqual(BASE.contacts.map((c) => [`salesforce:${c.id}`, c.name, c.title, c.role]));
    expect(result.read.complete).toBe(true);
    expect(result.read.opportunity.name).toBe(BASE.opportunity.name);
  });

  it('reads nobody from Chatter, the e-mail status list, the sidebar or the hover card', () => {
    expect(doc.querySelectorAll('a[href="/003Tx00000Rs7Wf"]').length).toBeGreaterThan(3);
    expectNotRead(result, [key('003Tx00000Rs7Wf'), key('003Tx00000Rq3Xe')]);
    expect(result.read.contacts.map((c) => c.name)).not.toContain('Kieran Abernethy');
  });

  it('anchors every badge in the Contact Roles list, none in the HTML Email Status list beside it', () => {
    expectAnchorsWithin(result, doc.querySelector(LIST));
    const emailStatus = doc.querySelector('div.bRelatedList[id$="_RelatedEmailStatusList"]');
    expect(emailStatus?.querySelector('a[href="/003Tx00000Rm4Ka"]')).not.toBeNull();
    for (const { element } of result.anchors) expect(emailStatus?.contains(element)).toBe(false);
  });
});

describe('show-more-sandbox.html', () => {
  const { doc, url } = loadVariant('show-more-sandbox.html');
  const result = expectRead(salesforceClassic.read(doc, url));

  it('recognises the sandbox host and keys the deal like production (18-character id)', () => {
    expect(url.hostname).toBe('corbelinstruments--uat.sandbox.my.salesforce.com');
    expect(result.read.opportunity.key).toBe(`salesforce:${BASE.opportunity.id}`);
  });

  it('reads the five rows shown, blank roles as none, no title where the list has no Title column', () => {
    expect(keyNameTitleRole(result)).toEqual([
      [key('003Tx00000Rm4Ka'), 'Alasdair McKinnon', null, 'Economic Decision Maker'],
      [key('003Tx00000Rm5Lb'), 'Bronwen Pryce', null, 'Technical Buyer'],
      [key('003Tx00000Rn1Qc'), 'Ekaterina Sokolova', null, null],
      [key('003Tx00000Rp8Vd'), 'Duncan Featherstone-Reid', null, 'Influencer'],
      [key('003Tx00000Rt2Yg'), 'Oluwaseun Adeyemi', null, null],
    ]);
    expect(result.read.contacts.map((c) => [c.email, c.phone, c.account?.name])).toContainEqual(['o.adeyemi@fenwickquarry.example', '(412) 555-0181', 'Fenwick Quarry Group Ltd']);
    expectAnchorsWithin(result, doc.querySelector(LIST));
  });

  it('knows two more roles are behind "Show 2 more"', () => {
    expect(result.read.complete).toBe(false);
  });
});
