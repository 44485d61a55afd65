/**
 * The Lightning reader on the base page after small, realistic changes: markup between releases,
 * admin configuration, the moments of an SPA navigation. Each case edits a freshly loaded page.
 */
import { describe, expect, it } from 'vitest';
import { read } from '../../../../src/content/adapters/salesforce-lightning/read';
import { expectedFor, loadBase, loadVariant, type LoadedPage } from './fixtures';
import { asExpected, expectAnchorsIn, expectedContacts, expectRead } from './read-helpers';

const BASE = expectedFor('salesforce-lightning-opportunity.html');
const OPP_KEY = `salesforce:${BASE.opportunity.id}`;

function base(): LoadedPage & { host: Element; card: Element } {
  const page = loadBase('salesforce-lightning-opportunity.html');
  const host = page.doc.querySelector('.oneContent.active');
  const card = host?.querySelector('article[aria-label="Contact Roles"]');
  if (!host || !card) throw new Error('base fixture changed');
  return { ...page, host, card };
}

const readContacts = ({ doc, url }: LoadedPage) => expectRead(read(doc, url)).read.contacts.map(asExpected);

function setHeaderCount(card: Element, text: string): void {
  const span = card.querySelector('.slds-card__header-title span[title^="("]');
  span?.setAttribute('title', text);
  if (span) span.textContent = text;
}

describe('timing: never conclude from a view that is not there yet', () => {
  it('is pending while no page host is active', () => {
    const page = base();
    page.host.classList.remove('active');
    expect(read(page.doc, page.url)).toMatchObject({ kind: 'pending', opportunityKey: OPP_KEY });
  });

  it('is pending, with the card as notice anchor, while the card is still busy', () => {
    const page = base();
    page.card.closest('laf-progressive-container')?.setAttribute('aria-busy', 'true');
    expect(read(page.doc, page.url)).toMatchObject({ kind: 'pending', noticeAnchor: page.card });
  });

  it("is pending, not the shown record's contacts, when the address already names the next opportunity", () => {
    const page = base();
    const next = new URL('https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/0068V00000kP9sTQAS/view');
    expect(read(page.doc, next)).toMatchObject({ kind: 'pending', opportunityKey: 'salesforce:0068V00000kP9sTQAS' });
  });

  it('is pending (reported as unreadable only if it stays so) when the header counts rows not rendered yet', () => {
    const page = base();
    for (const row of page.card.querySelectorAll('tbody tr')) row.remove();
    expect(read(page.doc, page.url)).toMatchObject({ kind: 'pending', code: 'contacts-unreadable', noticeAnchor: page.card });
  });

  it('is not an opportunity page on another record', () => {
    const page = base();
    const account = new URL('https://halyardsoftware.lightning.force.com/lightning/r/Account/0018V00000tRm4FQAS/view');
    expect(read(page.doc, account)).toEqual({ kind: 'not-opportunity' });
  });
});

describe('completeness from the header count', () => {
  it.each([
    ['(10+)', false],
    ['(7)', false],
    ['(6)', true],
    ['(5)', true],
  ])('header %s over six rows → complete %s', (count, complete) => {
    const page = base();
    setHeaderCount(page.card, count);
    expect(expectRead(read(page.doc, page.url)).read.complete).toBe(complete);
  });

  it('is partial when the card shows no count at all', () => {
    const page = base();
    page.card.querySelector('.slds-card__header-title span[title^="("]')?.remove();
    expect(expectRead(read(page.doc, page.url)).read.complete).toBe(false);
  });

  it('is partial on the full list page while more rows can load ("50+ items")', () => {
    const page = loadVariant('related-list-page.html');
    const line = page.doc.querySelector('span.countSortedByFilteredBy');
    if (line) line.textContent = '50+ items • Sorted by Contact Name • Updated a few seconds ago';
    expect(expectRead(read(page.doc, page.url)).read.complete).toBe(false);
  });
});

describe('the opportunity header', () => {
  it('falls back to document.title for the name', () => {
    const page = base();
    page.host.querySelector('slot[name="primaryField"]')?.remove();
    expect(expectRead(read(page.doc, page.url)).read.opportunity.name).toBe(BASE.opportunity.name);
  });

  it('takes the name from the Details panel’s Opportunity.Name field when the highlights show none yet', () => {
    const page = base();
    page.host.querySelector('slot[name="primaryField"]')?.replaceChildren();
    page.doc.title = 'Lightning Experience | Salesforce';
    expect(expectRead(read(page.doc, page.url)).read.opportunity.name).toBe(BASE.opportunity.name);
  });

  it('is unreadable (no-opportunity) when no name can be found on a rendered page', () => {
    const page = base();
    page.host.querySelector('slot[name="primaryField"]')?.remove();
    page.host.querySelector('[data-target-selection-name$=".Opportunity.Name"]')?.remove();
    page.doc.title = 'Salesforce';
    expect(read(page.doc, page.url)).toMatchObject({ kind: 'unreadable', code: 'no-opportunity', opportunityKey: OPP_KEY });
  });

  it('takes stage from the Path and the rest from the highlights when Details is not rendered', () => {
    const page = base();
    page.host.querySelector('records-lwc-detail-panel')?.remove();
    const { opportunity } = expectRead(read(page.doc, page.url)).read;
    expect(opportunity).toMatchObject({
      stage: BASE.opportunity.stage,
      amount: BASE.opportunity.amount,
      closeDate: BASE.opportunity.close_date,
      account: BASE.opportunity.account,
    });
  });
});

describe('the Contact Roles rows', () => {
  it('reads one contact once when a row is rendered twice', () => {
    const page = base();
    const row = page.card.querySelector('tr[data-row-key-value]');
    row?.parentElement?.append(row.cloneNode(true));
    const result = expectRead(read(page.doc, page.url));
    expect(result.read.contacts.map(asExpected)).toEqual(expectedContacts(BASE));
    expect(result.anchors[0]?.element).toBe(row?.querySelector('a[data-recordid]'));
  });

  it('normalises a 15-character contact id to 18', () => {
    const page = base();
    page.card.querySelector('th a[data-recordid]')?.setAttribute('data-recordid', '0038V00001cWq2A');
    expect(readContacts(page)[0]?.id).toBe('0038V00001cWq2AQAS');
  });

  it('finds the contact by its href when the link has no data-recordid', () => {
    const page = base();
    const link = page.card.querySelector('th a[data-recordid]');
    link?.removeAttribute('data-recordid');
    link?.setAttribute('href', '/lightning/r/Contact/0038V00001cWq2AQAS/view');
    expect(readContacts(page)).toEqual(expectedContacts(BASE));
  });

  it('maps columns by content and English label when the column keys are unknown', () => {
    const page = base();
    for (const cell of page.card.querySelectorAll('[data-col-key-value]')) cell.setAttribute('data-col-key-value', 'x');
    expect(readContacts(page)).toEqual(expectedContacts(BASE));
  });

  it('still reads ids, e-mail, phone and account in German when the column keys are unknown', () => {
    const page = loadVariant('localized-de.html');
    for (const cell of page.doc.querySelectorAll('[data-col-key-value]')) cell.removeAttribute('data-col-key-value');
    const shown = expectedContacts(BASE).map((c) => ({ ...c, title: null, role: null }));
    expect(readContacts(page)).toEqual(shown);
  });

  it('reads bare Aura-style cells (no role, label or column key) by their content', () => {
    const page = base();
    for (const cell of page.card.querySelectorAll('tbody th, tbody td')) {
      for (const attr of ['role', 'data-label', 'data-col-key-value']) cell.removeAttribute(attr);
    }
    for (const factory of page.card.querySelectorAll('lightning-primitive-cell-factory')) factory.removeAttribute('data-label');
    const shown = expectedContacts(BASE).map((c) => ({ ...c, title: null, role: null }));
    expect(readContacts(page)).toEqual(shown);
  });

  it('never takes another contact lookup of the row for a row whose name link has no id', () => {
    const page = base();
    const row = page.card.querySelector('tr[data-row-key-value]');
    const nameLink = row?.querySelector('th a[data-recordid]');
    nameLink?.removeAttribute('data-recordid');
    nameLink?.setAttribute('href', '#');
    const reportsTo = page.doc.createElement('td');
    const link = page.doc.createElement('a');
    link.setAttribute('data-recordid', '0038V00001cXy3QQAS');
    link.textContent = 'Ines Vasconcelos';
    reportsTo.append(link);
    row?.append(reportsTo);
    const ids = readContacts(page).map((c) => c.id);
    expect(ids).not.toContain('0038V00001cXy3QQAS');
    expect(ids).toEqual(expectedContacts(BASE).slice(1).map((c) => c.id));
  });

  it('falls back to the English card label when the card has lost its links', () => {
    const page = base();
    for (const link of page.card.querySelectorAll('a[href*="/related/OpportunityContactRoles/view"]')) link.setAttribute('href', '#');
    expect(readContacts(page)).toEqual(expectedContacts(BASE));
  });

  it('reads rows rendered inside an open (native) shadow root', () => {
    const page = base();
    const table = page.card.querySelector('lst-customized-datatable');
    if (!table) throw new Error('no datatable');
    const children = [...table.childNodes];
    table.attachShadow({ mode: 'open' }).append(...children);
    expect(page.card.querySelector('tr[data-row-key-value]')).toBeNull();
    const result = expectRead(read(page.doc, page.url));
    expect(result.read.contacts.map(asExpected)).toEqual(expectedContacts(BASE));
    expect(result.anchors.every(({ element }) => element.getRootNode() === table.shadowRoot)).toBe(true);
  });

  it('keeps the anchors of the active card when an identical card sits in a cached host', () => {
    const page = base();
    const cached = page.doc.querySelector('.oneContent:not(.active)');
    cached?.append(page.card.cloneNode(true));
    expectAnchorsIn(expectRead(read(page.doc, page.url)), page.card);
  });
});

describe('hostile page text', () => {
  it('reads oversized and markup-like text as bounded plain text that the message contract accepts', async () => {
    const { pageReadSchema, PAGE_TEXT_MAX } = await import('../../../../src/domain/page-read');
    const page = base();
    const titleCell = page.card.querySelector('tbody tr td[data-label="Title"] lightning-base-formatted-text');
    const nameLink = page.card.querySelector('tbody tr th a[data-recordid]');
    if (!titleCell || !nameLink) throw new Error('base fixture changed');
    titleCell.textContent = 'A'.repeat(PAGE_TEXT_MAX * 10);
    nameLink.textContent = '<img src=x onerror="alert(1)">';
    const result = expectRead(read(page.doc, page.url));
    const [first] = result.read.contacts;
    expect(first?.title).toHaveLength(PAGE_TEXT_MAX);
    expect(first?.name).toBe('<img src=x onerror="alert(1)">');
    expect(pageReadSchema.safeParse({ ...result.read, readAt: new Date().toISOString() }).success).toBe(true);
  });
});
