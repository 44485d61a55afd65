/**
 * The Lightning adapter against the saved pages: what it reads must equal expected.json, and what
 * the fixtures plant as traps (cached hosts, timeline links, team members, other workspaces) must
 * never become a contact or a second badge.
 */
import { describe, expect, it } from 'vitest';
import { pageReadSchema } from '../../../../src/domain/page-read';
import { salesforceLightning } from '../../../../src/content/adapters/salesforce-lightning';
import { BASE_FIXTURES, expectedFor, loadBase, loadVariant } from './fixtures';
import { asExpected, expectAnchorsIn, expectedContacts, expectRead, opportunityOf } from './read-helpers';

const BASE = expectedFor('salesforce-lightning-opportunity.html');

describe.each(BASE_FIXTURES)('%s', (name) => {
  const expected = expectedFor(name);
  const { doc, url } = loadBase(name);
  const result = expectRead(salesforceLightning.read(doc, url));
  const activeCard = doc.querySelector('.oneContent.active article[aria-label="Contact Roles"]');

  it('recognises the address', () => {
    expect(salesforceLightning.isOpportunityPage(url)).toBe(true);
  });

  it('reads the opportunity as displayed', () => {
    expect(result.read.opportunity).toEqual(opportunityOf(expected));
  });

  it('reads the Contact Roles, in page order, and knows the list is complete', () => {
    expect(result.read.contacts.map(asExpected)).toEqual(expectedContacts(expected));
    expect(result.read.complete).toBe(expected.contacts_complete);
  });

  it('reads nobody from the cached page, the timeline, the team or the owner', () => {
    const read = new Set(result.read.contacts.map((c) => c.key.replace(/^salesforce:/, '')));
    const wanted = new Set(expected.contacts.map((c) => c.id));
    const people = [...doc.querySelectorAll('a[data-recordid^="003"], a[data-recordid^="005"]')];
    const distractors = people.map((a) => a.getAttribute('data-recordid') ?? '').filter((id) => !wanted.has(id));
    expect(distractors.length).toBeGreaterThan(4);
    for (const id of distractors) expect(read.has(id), id).toBe(false);
    for (const member of expected.internal_team) expect(read.has(member.id)).toBe(false);
    const names = result.read.contacts.map((c) => c.name);
    for (const ignored of ['Anneliese Krog', 'Rafael Quintero', 'Naomi Castellanos', 'Lucas Brandvold', 'Ines Vasconcelos', 'Imani Brooks']) {
      expect(names).not.toContain(ignored);
    }
  });

  it('anchors one badge per contact on its name link in the active Contact Roles card', () => {
    expectAnchorsIn(result, activeCard);
    for (const { element } of result.anchors) expect(element.closest('th[scope="row"]')).not.toBeNull();
  });

  it('produces a page read the contract accepts', () => {
    expect(() => pageReadSchema.parse({ ...result.read, readAt: new Date().toISOString() })).not.toThrow();
  });
});

describe('fixture variants', () => {
  it('contacts-unreadable: rows without contact ids give a note on the card, not an empty list', () => {
    const { doc, url } = loadVariant('contacts-unreadable.html');
    const result = salesforceLightning.read(doc, url);
    expect(result).toMatchObject({ kind: 'unreadable', code: 'contacts-unreadable', opportunityKey: 'salesforce:0068V00000kQ9zzQAC' });
    if (result.kind !== 'unreadable') return;
    expect(result.noticeAnchor).toBe(doc.querySelector('.oneContent.active article[aria-label="Contact Roles"]'));
    expect(result.reason).toBe('rows-without-ids');
  });

  it('no-contact-roles: "(0)" and the empty state read as a complete empty list', () => {
    const { doc, url } = loadVariant('no-contact-roles.html');
    const result = expectRead(salesforceLightning.read(doc, url));
    expect(result.read).toMatchObject({ contacts: [], complete: true, opportunity: opportunityOf(BASE) });
    expect(result.anchors).toEqual([]);
  });

  it('truncated: "(9)" over six rows reads the six and says the list is partial', () => {
    const { doc, url } = loadVariant('truncated.html');
    const result = expectRead(salesforceLightning.read(doc, url));
    expect(result.read.contacts.map(asExpected)).toEqual(expectedContacts(BASE));
    expect(result.read.complete).toBe(false);
  });

  it('localized-de: German labels read exactly like the English page', () => {
    const { doc, url } = loadVariant('localized-de.html');
    const result = expectRead(salesforceLightning.read(doc, url));
    expect(result.read.contacts.map(asExpected)).toEqual(expectedContacts(BASE));
    expect(result.read.complete).toBe(true);
    expect(result.read.opportunity).toEqual({
      ...opportunityOf(BASE),
      stage: 'Angebot/Preisangebot',
      amount: '236.400,00 $',
      closeDate: '30.09.2026',
    });
    expectAnchorsIn(result, doc.querySelector('.oneContent.active article[aria-label="Kontaktrollen"]'));
  });

  describe('console', () => {
    const consoleUrl = (path: string) =>
      `https://halyardsoftware.lightning.force.com${path}?ws=%2Flightning%2Fr%2FOpportunity%2F${BASE.opportunity.id}%2Fview`;

    it('reads only the selected workspace, although the other one comes first and is "active" inside', () => {
      const { doc, url } = loadVariant('console.html');
      expect(doc.querySelector('.oneContent.active [slot="primaryField"]')?.textContent).toContain('Pelham');
      const result = expectRead(salesforceLightning.read(doc, url));
      expect(result.read.opportunity.name).toBe(BASE.opportunity.name);
      expect(result.read.contacts.map(asExpected)).toEqual(expectedContacts(BASE));
      expectAnchorsIn(result, doc.querySelector('section.tabContent.active article[aria-label="Contact Roles"]'));
    });

    it('reads the same without the ws parameter', () => {
      const { doc, url } = loadVariant('console.html', BASE.url);
      expect(expectRead(salesforceLightning.read(doc, url)).read.contacts).toHaveLength(BASE.contacts.length);
    });

    it('is not the opportunity while a contact subtab of its workspace is focused', () => {
      const { doc, url } = loadVariant('console.html', consoleUrl('/lightning/r/Contact/0038V00001cWq2AQAS/view'));
      const workspace = doc.querySelector('section.tabContent.active');
      workspace?.querySelector('.oneContent.active')?.classList.remove('active');
      workspace?.querySelector('.subtabHost')?.classList.add('active');
      expect(salesforceLightning.read(doc, url)).toEqual({ kind: 'not-opportunity' });
    });
  });

  it('tiles: reads the tiles shown, with the fields they show, as a partial list', () => {
    const { doc, url } = loadVariant('tiles.html');
    const result = expectRead(salesforceLightning.read(doc, url));
    const shown = expectedContacts(BASE)
      .slice(0, 3)
      .map((c) => ({ ...c, phone: null, account: null }));
    expect(result.read.contacts.map(asExpected)).toEqual(shown);
    expect(result.read.complete).toBe(false);
    expectAnchorsIn(result, doc.querySelector('.oneContent.active article[aria-label="Contact Roles"]'));
    for (const { element } of result.anchors) expect(element.closest('lst-related-preview-card h3')).not.toBeNull();
  });

  it('related-list-page: reads the full list, named by its breadcrumb, not the cached record page', () => {
    const { doc, url } = loadVariant('related-list-page.html');
    const result = expectRead(salesforceLightning.read(doc, url));
    expect(result.read.contacts.map(asExpected)).toEqual(expectedContacts(BASE));
    expect(result.read.complete).toBe(true);
    expect(result.read.opportunity).toEqual({
      ...opportunityOf(BASE),
      stage: null,
      amount: null,
      closeDate: null,
      account: null,
      url: url.href,
    });
    expectAnchorsIn(result, doc.querySelector('.oneContent.active lst-related-list-view-manager'));
  });

  it('loading: busy related lists are pending, never "no contact roles"', () => {
    const { doc, url } = loadVariant('loading.html');
    expect(salesforceLightning.read(doc, url)).toMatchObject({
      kind: 'pending',
      opportunityKey: `salesforce:${BASE.opportunity.id}`,
      noticeAnchor: null,
    });
  });
});
