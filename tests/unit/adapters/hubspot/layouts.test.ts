/**
 * The HubSpot adapter on the pages of issue 5 (tests/fixtures/hubspot/, derived by derive.mjs): a
 * busy deal page with the preview panel open on the company, a portal that shows buying roles instead
 * of association labels, and the NA2 data centre with no roles at all and more contacts than shown.
 */
import { describe, expect, it } from 'vitest';
import { hubspot } from '../../../../src/content/adapters/hubspot';
import { expectAnchorsWithin, expectNotRead, expectRead, keyNameTitleRole } from '../read-assertions';
import { expectedDeal, loadVariant } from './fixtures';

const EXPECTED = expectedDeal();
const key = (id: string) => `hubspot:${EXPECTED.opportunity.portal_id}-${id}`;
const MAIN_SIDEBAR = '#crm [data-test-id="records-right-sidebar"]';
const withRoles = (roles: ReadonlyArray<string | null>) => EXPECTED.contacts.map((c, i) => [key(c.id), c.name, c.title, roles[i] ?? null]);

describe('busy-deal.html', () => {
  const { doc, url } = loadVariant('busy-deal.html');
  const result = expectRead(hubspot.read(doc, url));

  it('reads the deal’s four associated contacts, with their association labels, as on the plain page', () => {
    expect(keyNameTitleRole(result)).toEqual(withRoles(EXPECTED.contacts.map((c) => c.role)));
    expect(result.read.complete).toBe(true);
    expect(result.read.opportunity.key).toBe(key(EXPECTED.opportunity.id));
  });

  it('reads nobody from the preview panel, the e-mail thread or the recent records', () => {
    const preview = doc.querySelector('[data-crm-location="CRM_OBJECT_PREVIEW"]');
    expect(preview?.querySelectorAll('[data-test-id^="chiclet-0-1-"]')).toHaveLength(3);
    expectNotRead(result, [key('104051120588'), key('104051120612')]);
    expectAnchorsWithin(result, doc.querySelector(MAIN_SIDEBAR));
    for (const { element } of result.anchors) expect(preview?.contains(element)).toBe(false);
  });
});

describe('buying-roles.html', () => {
  const { doc, url } = loadVariant('buying-roles.html');
  const result = expectRead(hubspot.read(doc, url));

  it('takes the roles from the BUYING ROLE column when the card shows no association labels; "--" is none', () => {
    expect(url.hostname).toBe('app-eu1.hubspot.com');
    expect(keyNameTitleRole(result)).toEqual(withRoles(['Budget Holder', 'Decision Maker', 'Champion', null]));
    expectAnchorsWithin(result, doc.querySelector(MAIN_SIDEBAR));
  });
});

describe('no-roles-na2.html', () => {
  const { doc, url } = loadVariant('no-roles-na2.html');
  const result = expectRead(hubspot.read(doc, url));

  it('reads the five contacts shown on the NA2 host, without roles, and knows a sixth is not shown', () => {
    expect(url.hostname).toBe('app-na2.hubspot.com');
    expect(keyNameTitleRole(result)).toEqual([
      ...withRoles([null, null, null, null]),
      [key('104051120733'), 'Sanne de Vries', 'Energy Manager', null],
    ]);
    expect(result.read.complete).toBe(false);
    expectAnchorsWithin(result, doc.querySelector(MAIN_SIDEBAR));
  });
});
