/**
 * The Lightning adapter on the pages of issue 5 (tests/fixtures/lightning/, derived by derive.mjs):
 * a busy record page full of other people, the "View All" list in a sandbox reached by a 15-character
 * link, a console with three workspaces in a scratch org. Each reads exactly the contact roles of the
 * opportunity on screen, and nobody from the other lists.
 */
import { describe, expect, it } from 'vitest';
import { salesforceLightning } from '../../../../src/content/adapters/salesforce-lightning';
import { expectAnchorsWithin, expectNotRead, keyNameTitleRole } from '../read-assertions';
import { expectedFor, loadVariant } from './fixtures';
import { asExpected, expectedContacts, expectRead, opportunityOf } from './read-helpers';

const BASE = expectedFor('salesforce-lightning-opportunity.html');
const key = (id: string) => `salesforce:${id}`;
/** The active view's Contact Roles card, found by its link to this opportunity's list. */
const ACTIVE_CARD = `.oneContent.active article:has(a[href="/lightning/r/Opportunity/${BASE.opportunity.id}/related/OpportunityContactRoles/view"])`;

/** People of the fixtures' other lists, none of them a contact role of this opportunity. */
const OTHERS = {
  declanMoriarty: '0038V00001cZt4MQAS', // stale cached copy of this opportunity's Contact Roles
  inesVasconcelos: '0038V00001cXy3QQAS', // timeline, Account's Contacts, recent items
  tobiasLindqvist: '0038V00001cZa1BQAS', // Account's Contacts, e-mail Cc, another opportunity's roles
  graceAdebayo: '0038V00001cZa2KQAS', // Account's Contacts, e-mail Cc, recent items, another opportunity's roles
  annelieseKrog: '0038V00001bZk9PQAS', // the cached other opportunity's roles
} as const;

describe('busy-record-page.html', () => {
  const { doc, url } = loadVariant('busy-record-page.html');
  const result = expectRead(salesforceLightning.read(doc, url));

  it('reads the opportunity and its six contact roles exactly as on the plain page', () => {
    expect(result.read.opportunity).toEqual(opportunityOf(BASE));
    expect(result.read.contacts.map(asExpected)).toEqual(expectedContacts(BASE));
    expect(result.read.complete).toBe(true);
  });

  it('reads nobody from the stale copy, the Account’s Contacts, the e-mail thread or the recent items', () => {
    const cachedIds = [...doc.querySelectorAll('.oneContent:not(.active) a[data-recordid^="003"]')].map((a) => a.getAttribute('data-recordid') ?? '');
    expect(cachedIds).toContain(OTHERS.declanMoriarty);
    expectNotRead(result, Object.values(OTHERS).map(key));
    expect(result.read.contacts.map((c) => c.name)).not.toContain('Declan Moriarty');
  });

  it('takes the Opportunity Team, not the Account Team or the followers, as internal candidates', () => {
    expect(result.read.team?.map((m) => [m.key, m.role])).toEqual(BASE.internal_team.map((m) => [key(m.id), expect.any(String)]));
    expect(result.read.team?.map((m) => m.name)).toEqual(['Naomi Castellanos', 'Lucas Brandvold']);
  });

  it('anchors every badge in the active Contact Roles card, none in the sidebar cards or the cached hosts', () => {
    expectAnchorsWithin(result, doc.querySelector(ACTIVE_CARD));
    const accountContacts = doc.querySelector('.oneContent.active article:has(a[href*="/related/Contacts/view"])');
    expect(accountContacts?.querySelectorAll('a[data-recordid^="003"]')).toHaveLength(4);
    for (const { element } of result.anchors) expect(accountContacts?.contains(element)).toBe(false);
  });
});

describe('view-all-sandbox.html', () => {
  const { doc, url } = loadVariant('view-all-sandbox.html');
  const result = expectRead(salesforceLightning.read(doc, url));

  it('recognises the sandbox address with its 15-character id, and keys the deal by the 18-character id', () => {
    expect(url.hostname).toBe('halyardsoftware--uat.sandbox.lightning.force.com');
    expect(url.pathname).toContain(`/${BASE.opportunity.id15}/`);
    expect(result.read.opportunity).toEqual({ ...opportunityOf(BASE), stage: null, amount: null, closeDate: null, account: null, url: url.href });
  });

  it('reads the loaded batch in the list’s order, Colm Gallagher once with his first role, and knows more can load', () => {
    const rows = doc.querySelectorAll('.oneContent.active tr[data-row-key-value]');
    expect(rows).toHaveLength(30);
    expect(keyNameTitleRole(result).map(([k, name, , role]) => [k, name, role])).toEqual([
      [key('0038V00001dAbRAQA0'), 'Amara Okafor', 'Business User'],
      [key('0038V00001dACqBQAW'), 'Benedikt Haas', 'Evaluator'],
      [key('0038V00001dAdRCQA0'), 'Camille Laurent', 'Influencer'],
      [key('0038V00001cWq5JQAS'), 'Colm Gallagher', 'Decision Maker'],
      [key('0038V00001dAEqDQAW'), 'Dmitri Volkov', 'Technical Buyer'],
      [key('0038V00001dAfREQA0'), 'Eleanor Whitfield', 'Other'],
      [key('0038V00001dAGqFQAW'), 'Farida Haddad', null],
      [key('0038V00001dAhRGQA0'), 'Gareth Llewellyn', 'Business User'],
      [key('0038V00001dAJqHQAW'), 'Hana Takahashi', 'Evaluator'],
      [key('0038V00001cWs7EQAS'), 'Helen Achterberg', 'Executive Sponsor'],
      [key('0038V00001dAkRIQA0'), 'Idris Mensah', 'Influencer'],
      [key('0038V00001dALqJQAW'), 'Jolene Price', 'Technical Buyer'],
      [key('0038V00001dAmRKQA0'), 'Kasimir Nowak', 'Other'],
      [key('0038V00001dANqLQAW'), 'Leona Castellano', null],
      [key('0038V00001cWr1MQAS'), 'Marisol Etxeberria', 'Business User'],
      [key('0038V00001dApRMQA0'), 'Mikkel Sorensen', 'Business User'],
      [key('0038V00001dAQqNQAW'), 'Nadia Rahman', 'Evaluator'],
      [key('0038V00001dArROQA0'), 'Oskar Brandt', 'Influencer'],
      [key('0038V00001dASqPQAW'), 'Paloma Reyes', 'Technical Buyer'],
      [key('0038V00001cWq2AQAS'), 'Priya Raghunathan', 'Economic Buyer'],
      [key('0038V00001dAtRQQA0'), 'Quentin Marsh', 'Other'],
      [key('0038V00001dAUqRQAW'), 'Rania Aziz', null],
      [key('0038V00001cWt4XQAS'), 'Siobhán O\'Dwyer', null],
      [key('0038V00001dAvRSQA0'), 'Soren Blackwood', 'Business User'],
      [key('0038V00001dAWqTQAW'), 'Talia Goldberg', 'Evaluator'],
      [key('0038V00001dAxRUQA0'), 'Ulrich Meier', 'Influencer'],
      [key('0038V00001dAYqVQAW'), 'Valentina Russo', 'Technical Buyer'],
      [key('0038V00001dAzRWQA0'), 'Wendell Oduya', 'Other'],
      [key('0038V00001cYb8RQAS'), 'Yusuf Demir', 'Technical Buyer'],
    ]);
    expect(result.read.complete).toBe(false);
    expectAnchorsWithin(result, doc.querySelector('.oneContent.active lst-related-list-view-manager'));
  });

  it('keeps the six contact roles’ own fields as on the record page', () => {
    const baseKeys = new Set(BASE.contacts.map((c) => key(c.id)));
    const sorted = [...expectedContacts(BASE)].sort((a, b) => a.name.localeCompare(b.name, 'en'));
    expect(result.read.contacts.filter((c) => baseKeys.has(c.key)).map(asExpected)).toEqual(sorted);
  });

  it('says nothing of the team: this page does not show it (the stored candidates stay)', () => {
    expect(result.read.team).toBeUndefined();
  });
});

describe('console-scratch.html', () => {
  const { doc, url } = loadVariant('console-scratch.html');
  const result = expectRead(salesforceLightning.read(doc, url));

  it('reads only the selected workspace of three, in a scratch org', () => {
    expect(url.hostname).toBe('ability-dream-4821.scratch.lightning.force.com');
    expect(doc.querySelectorAll('section.tabContent.oneConsoleTab')).toHaveLength(3);
    expect(result.read.opportunity.name).toBe(BASE.opportunity.name);
    expect(result.read.contacts.map(asExpected)).toEqual(expectedContacts(BASE));
    expectNotRead(result, [key(OTHERS.tobiasLindqvist), key(OTHERS.graceAdebayo), key(OTHERS.annelieseKrog)]);
    expectAnchorsWithin(result, doc.querySelector(`section.tabContent.active ${ACTIVE_CARD}`));
  });
});
