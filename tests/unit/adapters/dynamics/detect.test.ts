import { describe, expect, it } from 'vitest';
import { dynamicsRecordId, isOpportunityPage, locateOpportunity, normaliseGuid, recordOfHref } from '../../../../src/content/adapters/dynamics/detect';
import { expectedDeal } from './fixtures';

const GUID = 'e7fbb447-b241-f011-b7b5-7c1e52d460e3';
const UPPER = GUID.toUpperCase();
const APP = 'appid=adf7f705-9d82-ee11-b418-0022481a6ed2';
const HOST = 'https://contoso.crm.dynamics.com';

/** Opportunity form addresses (crm-pages.md §4), with the org and GUID they name. */
const MUST_MATCH: ReadonlyArray<[url: string, org: string, id: string]> = [
  [`${HOST}/main.aspx?${APP}&pagetype=entityrecord&etn=opportunity&id=${GUID}`, 'contoso', GUID],
  [`${HOST}/main.aspx?pagetype=entityrecord&etn=opportunity&id=${GUID}`, 'contoso', GUID],
  [`${HOST}/main.aspx?etn=opportunity&id=${GUID}&pagetype=entityrecord&${APP}`, 'contoso', GUID],
  [`${HOST}/main.aspx?id=${GUID}&etn=opportunity&pagetype=entityrecord`, 'contoso', GUID],
  [`${HOST}/main.aspx?forceUCI=1&pagetype=entityrecord&etn=opportunity&id=${GUID}`, 'contoso', GUID],
  [`${HOST}/main.aspx?${APP}&pagetype=entityrecord&etn=opportunity&id=%7B${UPPER}%7D`, 'contoso', GUID],
  [`${HOST}/main.aspx?${APP}&pagetype=entityrecord&etn=opportunity&id=%7b${GUID}%7d`, 'contoso', GUID],
  [`${HOST}/main.aspx?${APP}&pagetype=entityrecord&etn=opportunity&id={${GUID}}`, 'contoso', GUID],
  [`${HOST}/main.aspx?${APP}&pagetype=entityrecord&etn=opportunity&id=${UPPER}`, 'contoso', GUID],
  [`${HOST}/main.aspx?${APP}&pagetype=entityrecord&etn=opportunity&id=${GUID}#tab=Summary`, 'contoso', GUID],
  [`https://brightmoor.crm11.dynamics.com/main.aspx?${APP}&pagetype=entityrecord&etn=opportunity&id=${GUID}`, 'brightmoor', GUID],
  [`https://contoso.crm4.dynamics.com/main.aspx?pagetype=entityrecord&etn=opportunity&id=${GUID}`, 'contoso', GUID],
  [`https://org-sales-01.crm2.dynamics.com/main.aspx?pagetype=entityrecord&etn=opportunity&id=${GUID}`, 'org-sales-01', GUID],
  [`https://Contoso.CRM.Dynamics.com/main.aspx?pagetype=entityrecord&etn=opportunity&id=${GUID}`, 'contoso', GUID],
];

/** Addresses that must not be read as an opportunity form. */
const MUST_NOT_MATCH: readonly string[] = [
  `${HOST}/main.aspx?${APP}&pagetype=entitylist&etn=opportunity&viewid=00000000-0000-0000-00aa-000010003001`, // list
  `${HOST}/main.aspx?${APP}&pagetype=entityrecord&etn=contact&id=${GUID}`, // contact form
  `${HOST}/main.aspx?${APP}&pagetype=entityrecord&etn=account&id=${GUID}`, // account form
  `${HOST}/main.aspx?${APP}&pagetype=entityrecord&etn=opportunityproduct&id=${GUID}`,
  `${HOST}/main.aspx?${APP}&pagetype=entityrecord&etn=opportunity`, // new, unsaved record
  `${HOST}/main.aspx?${APP}&pagetype=entityrecord&etn=opportunity&id=not-a-guid`,
  `${HOST}/main.aspx?${APP}&pagetype=entityrecord&etn=opportunity&id=${GUID}0`,
  `${HOST}/main.aspx?${APP}&pagetype=dashboard&etn=opportunity&id=${GUID}`,
  `${HOST}/main.aspx?${APP}&etn=opportunity&id=${GUID}`, // no pagetype
  `${HOST}/other.aspx?pagetype=entityrecord&etn=opportunity&id=${GUID}`,
  `${HOST}/?pagetype=entityrecord&etn=opportunity&id=${GUID}`,
  `http://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=opportunity&id=${GUID}`,
  `https://contoso.crm.dynamics.com.evil.example/main.aspx?pagetype=entityrecord&etn=opportunity&id=${GUID}`,
  `https://crm.dynamics.com.evil.example/main.aspx?pagetype=entityrecord&etn=opportunity&id=${GUID}`,
  `https://evil-crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=opportunity&id=${GUID}`,
  `https://contoso.crmx.dynamics.com/main.aspx?pagetype=entityrecord&etn=opportunity&id=${GUID}`,
  `https://crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=opportunity&id=${GUID}`,
  `https://a.contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=opportunity&id=${GUID}`,
  `https://contoso.dynamics.com/main.aspx?pagetype=entityrecord&etn=opportunity&id=${GUID}`,
  `https://evil.example/main.aspx?pagetype=entityrecord&etn=opportunity&id=${GUID}&u=https://contoso.crm.dynamics.com`,
];

describe('Dynamics 365 opportunity detection', () => {
  it.each(MUST_MATCH)('%s is an opportunity form', (url, org, id) => {
    expect(isOpportunityPage(new URL(url))).toBe(true);
    expect(locateOpportunity(new URL(url))).toEqual({ org, id });
  });

  it.each(MUST_NOT_MATCH)('%s is not an opportunity form', (url) => {
    expect(isOpportunityPage(new URL(url))).toBe(false);
    expect(locateOpportunity(new URL(url))).toBeNull();
  });

  it('recognises the fixture address', () => {
    const { url, opportunity } = expectedDeal();
    expect(locateOpportunity(new URL(url))).toEqual({ org: 'brightmoor', id: opportunity.id });
  });

  it('normalises GUIDs to lower case without braces', () => {
    expect(normaliseGuid(`{${UPPER}}`)).toBe(GUID);
    expect(normaliseGuid(GUID)).toBe(GUID);
    expect(normaliseGuid('12345')).toBeNull();
    expect(normaliseGuid(null)).toBeNull();
  });

  it('reads the entity and GUID of record links', () => {
    expect(recordOfHref(`/main.aspx?${APP}&pagetype=entityrecord&etn=contact&id=${UPPER}`)).toEqual({ entity: 'contact', id: GUID });
    expect(recordOfHref(`/main.aspx?pagetype=entityrecord&etn=systemuser&id=%7B${GUID}%7D`)).toEqual({ entity: 'systemuser', id: GUID });
    expect(recordOfHref('#')).toBeNull();
    expect(recordOfHref('mailto:a@b.example')).toBeNull();
    expect(recordOfHref(null)).toBeNull();
  });

  it('makes record ids unique per org', () => {
    expect(dynamicsRecordId('contoso', GUID)).toBe(`contoso-${GUID}`);
  });
});
