/**
 * The Classic adapter against the saved pages: what it reads must equal expected.json, and the
 * traps of the page (Recent Items sidebar, Open Activities / Activity History, owner and user
 * links, other related lists) must never become a contact or a second badge.
 */
import { describe, expect, it } from 'vitest';
import { pageReadSchema } from '../../../../src/domain/page-read';
import { salesforceClassic } from '../../../../src/content/adapters/salesforce-classic';
import { nameFromDocumentTitle } from '../../../../src/content/adapters/salesforce-classic/read';
import type { ExpectedAccount, ExpectedPage } from '../salesforce-lightning/fixtures';
import { asExpected, expectRead } from '../salesforce-lightning/read-helpers';
import { expectedBase, loadBase, loadVariant } from './fixtures';

/** expected.json's Classic accounts also carry `id15`; a read carries the 18-character id only. */
const account = (a: (ExpectedAccount & { id15?: string }) | null) => (a ? { id: a.id, name: a.name } : null);

const expectedContacts = (page: ExpectedPage) =>
  page.contacts.map(({ id, name, title, role, email, phone, account: acc }) => ({
    id, name, title, role, email, phone, account: account(acc),
  }));

const opportunityOf = (page: ExpectedPage) => ({
  key: `salesforce:${page.opportunity.id}`,
  crm: 'salesforce',
  name: page.opportunity.name,
  stage: page.opportunity.stage,
  amount: page.opportunity.amount,
  closeDate: page.opportunity.close_date,
  account: account(page.opportunity.account),
  url: page.url,
});

const BASE = expectedBase();
const LIST = 'div.bRelatedList[id$="_RelatedContactRoleList"]';

describe('salesforce-classic-opportunity.html', () => {
  const { doc, url } = loadBase();
  const result = expectRead(salesforceClassic.read(doc, url));

  it('recognises the address', () => {
    expect(salesforceClassic.isOpportunityPage(url)).toBe(true);
  });

  it('reads the opportunity as displayed, keyed like the Lightning deal (18-character id)', () => {
    expect(result.read.opportunity).toEqual(opportunityOf(BASE));
  });

  it('reads the Contact Roles in page order, ids normalised to 18 characters, and knows the list is complete', () => {
    expect(result.read.contacts.map(asExpected)).toEqual(expectedContacts(BASE));
    expect(result.read.complete).toBe(BASE.contacts_complete);
    for (const contact of result.read.contacts) expect(contact.department).toBeNull();
  });

  it('reads nobody from the sidebar, activities, histories or owner links', () => {
    const ids = new Set(result.read.contacts.map((c) => c.key.replace(/^salesforce:/, '')));
    expect(ids.has('003Tx00000Rq3XeIAJ')).toBe(false); // Wilhelmina Carver: sidebar, Activity History
    expect(result.read.contacts.map((c) => c.name)).not.toContain('Wilhelmina Carver');
    for (const key of ids) expect(key.startsWith('003')).toBe(true);
  });

  it('anchors one badge per contact, on the contact-name link in the Contact Roles list only', () => {
    const list = doc.querySelector(LIST);
    expect(result.anchors.map((a) => a.key)).toEqual(result.read.contacts.map((c) => c.key));
    expect(new Set(result.anchors.map((a) => a.element)).size).toBe(result.anchors.length);
    const nameLinks = [...(list?.querySelectorAll('tr.dataRow > th[scope="row"] > a[href^="/003"]') ?? [])];
    expect(nameLinks).toHaveLength(BASE.contacts.length);
    expect(result.anchors.map((a) => a.element)).toEqual(nameLinks);
    // The sidebar's Bronwen Pryce and Open Activities' Alasdair McKinnon get no second badge.
    for (const outside of [...doc.querySelectorAll('a[href^="/003"]')].filter((a) => !list?.contains(a))) {
      expect(result.anchors.some((a) => a.element === outside)).toBe(false);
    }
  });

  it('puts the summary strip after the title block', () => {
    expect(result.strip).toEqual({ anchor: doc.querySelector('div.bPageTitle'), position: 'after' });
  });

  it('produces a page read the contract accepts', () => {
    expect(() => pageReadSchema.parse({ ...result.read, readAt: new Date().toISOString() })).not.toThrow();
  });

  it('reads the same deal at the 18-character address', () => {
    const at18 = loadBase(`https://corbelinstruments.my.salesforce.com/${BASE.opportunity.id}`);
    const again = expectRead(salesforceClassic.read(at18.doc, at18.url));
    expect(again.read.opportunity.key).toBe(`salesforce:${BASE.opportunity.id}`);
    expect(again.read.contacts.map(asExpected)).toEqual(expectedContacts(BASE));
  });
});

describe('fixture variants', () => {
  it('empty: "No records to display" reads as a complete empty list', () => {
    const { doc, url } = loadVariant('empty.html');
    const result = expectRead(salesforceClassic.read(doc, url));
    expect(result.read).toMatchObject({ contacts: [], complete: true, opportunity: opportunityOf(BASE) });
    expect(result.anchors).toEqual([]);
  });

  it('rows-without-ids: rows without /003 links give a note on the list, not an empty list', () => {
    const { doc, url } = loadVariant('rows-without-ids.html');
    const result = salesforceClassic.read(doc, url);
    expect(result).toMatchObject({
      kind: 'unreadable',
      code: 'contacts-unreadable',
      reason: 'rows-without-ids',
      opportunityKey: `salesforce:${BASE.opportunity.id}`,
    });
    if (result.kind === 'unreadable') expect(result.noticeAnchor).toBe(doc.querySelector(LIST));
  });

  it('truncated: "Show 3 more | Go to list (7)" reads the shown rows and says the list is partial', () => {
    const { doc, url } = loadVariant('truncated.html');
    const result = expectRead(salesforceClassic.read(doc, url));
    expect(result.read.contacts.map(asExpected)).toEqual(expectedContacts(BASE));
    expect(result.read.complete).toBe(false);
  });

  it('truncated count alone: a hover count above the rows shown means partial too', () => {
    const { doc, url } = loadBase();
    const count = doc.querySelector('a.linklet[id$="_RelatedContactRoleList_link"] .count');
    if (count) count.textContent = '[6]';
    expect(expectRead(salesforceClassic.read(doc, url)).read.complete).toBe(false);
  });

  it('localized-de: columns found by position and content; Role and Title have no English title to go by', () => {
    const { doc, url } = loadVariant('localized-de.html');
    const result = expectRead(salesforceClassic.read(doc, url));
    expect(result.read.contacts.map(asExpected)).toEqual(
      expectedContacts(BASE).map((c) => ({ ...c, title: null, role: null })),
    );
    expect(result.read.complete).toBe(true);
  });

  it('reordered columns are mapped by the title row, not by a fixed position', () => {
    const { doc, url } = loadBase();
    const table = doc.querySelector(`${LIST} table.list`);
    // Move the Role column (7th) in front of Title (3rd), in the title row and every data row.
    for (const row of [...(table?.querySelectorAll('tr') ?? [])]) {
      const cells = [...row.children];
      const role = cells[6];
      const title = cells[2];
      if (role && title) row.insertBefore(role, title);
    }
    const result = expectRead(salesforceClassic.read(doc, url));
    expect(result.read.contacts.map(asExpected)).toEqual(expectedContacts(BASE));
  });
});

describe('pages that are not a readable Classic opportunity', () => {
  it('a Lightning page at a Classic-looking address is not ours', () => {
    const { doc, url } = loadBase();
    doc.body.className = 'desktop';
    expect(salesforceClassic.read(doc, url)).toEqual({ kind: 'not-opportunity' });
  });

  it('another address is not an opportunity', () => {
    const { doc } = loadBase();
    expect(salesforceClassic.read(doc, new URL('https://corbelinstruments.my.salesforce.com/006/o'))).toEqual({ kind: 'not-opportunity' });
  });

  it('a layout without the Contact Roles list is unreadable (a full page load: nothing more will come)', () => {
    const { doc, url } = loadBase();
    doc.querySelector(LIST)?.remove();
    expect(salesforceClassic.read(doc, url)).toMatchObject({ kind: 'unreadable', code: 'no-contact-list', reason: 'no-contact-roles-list' });
  });

  it('falls back to document.title for the name, and is unreadable without any', () => {
    const { doc, url } = loadBase();
    doc.querySelector('h2.pageDescription')?.remove();
    expect(expectRead(salesforceClassic.read(doc, url)).read.opportunity.name).toBe(BASE.opportunity.name);
    doc.title = '';
    expect(salesforceClassic.read(doc, url)).toMatchObject({ kind: 'unreadable', code: 'no-opportunity', reason: 'name-missing' });
  });

  it('nameFromDocumentTitle strips the localized prefix and the edition suffix', () => {
    expect(nameFromDocumentTitle(BASE.document_title)).toBe(BASE.opportunity.name);
    expect(nameFromDocumentTitle('Opportunité: Ré: Zeta ~ Salesforce - Enterprise Edition')).toBe('Ré: Zeta');
    expect(nameFromDocumentTitle('Salesforce')).toBeNull();
  });
});
