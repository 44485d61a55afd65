/**
 * The Dynamics 365 adapter against the saved opportunity form: what it reads must equal
 * expected.json, and the traps (Sales Team users, timeline, the form's Contact and Owner lookups,
 * connection-role links) must never become a contact or a second badge.
 */
import { describe, expect, it } from 'vitest';
import { dynamics } from '../../../../src/content/adapters/dynamics';
import { pageReadSchema, type PageContact } from '../../../../src/domain/page-read';
import { recordKeySchema } from '../../../../src/domain/records';
import { expectRead } from '../read-assertions';
import { expectedDeal, loadBase, loadVariant } from './fixtures';

const EXPECTED = expectedDeal();
const ORG = 'brightmoor';
const keyOf = (id: string) => `dynamics:${ORG}-${id}`;
const STAKEHOLDERS = '#dataSetRoot_Stakeholders';

const asExpected = (c: PageContact) => ({
  id: c.key.replace(`dynamics:${ORG}-`, ''),
  name: c.name,
  title: c.title,
  role: c.crmRole,
  email: c.email,
  phone: c.phone,
  account: c.account,
});
const expectedContacts = EXPECTED.contacts.map(({ id, name, title, role, email, phone, account }) => ({ id, name, title, role, email, phone, account }));

describe('dynamics-opportunity.html', () => {
  const { doc, url } = loadBase();
  const result = expectRead(dynamics.read(doc, url));

  it('recognises the address', () => {
    expect(dynamics.crm).toBe('dynamics');
    expect(dynamics.isOpportunityPage(url)).toBe(true);
  });

  it('reads the opportunity as displayed, keyed by org and GUID', () => {
    const o = EXPECTED.opportunity;
    expect(result.read.opportunity).toEqual({
      key: keyOf(o.id),
      crm: 'dynamics',
      name: o.name,
      stage: o.stage,
      amount: o.amount,
      closeDate: o.close_date,
      account: o.account,
      url: EXPECTED.url,
    });
    expect(recordKeySchema.parse(result.read.opportunity.key)).toBe('dynamics:brightmoor-e7fbb447-b241-f011-b7b5-7c1e52d460e3');
  });

  it('reads the stakeholders once each, in grid order, and knows the list is complete', () => {
    expect(result.read.contacts.map(asExpected)).toEqual(expectedContacts);
    expect(result.read.contacts).toHaveLength(EXPECTED.contacts_total_count);
    expect(result.read.contacts.every((c) => c.department === null)).toBe(true);
    expect(result.read.complete).toBe(EXPECTED.contacts_complete);
  });

  it('anchors one badge per contact on the link of its Name cell in the Stakeholders grid', () => {
    const grid = doc.querySelector(STAKEHOLDERS);
    expect(result.anchors.map((a) => a.key)).toEqual(result.read.contacts.map((c) => c.key));
    expect(new Set(result.anchors.map((a) => a.element)).size).toBe(result.anchors.length);
    for (const { key, element } of result.anchors) {
      const id = key.replace(`dynamics:${ORG}-`, '');
      expect(element.tagName).toBe('A');
      expect(element.parentElement?.closest('[role="gridcell"]')?.getAttribute('col-id')).toBe('record2id');
      expect(element.getAttribute('href')).toContain(`etn=contact&id=${id}`);
      expect(grid?.contains(element)).toBe(true);
    }
  });

  it('reads nobody from must_ignore: Sales Team users, timeline, lookups, connection roles, connection ids', () => {
    expect(EXPECTED.must_ignore.length).toBeGreaterThan(3);
    const keys = result.read.contacts.map((c) => c.key);
    expect(keys).not.toContain(keyOf('db865fd5-c6b7-f011-9fc9-7c1e52606db4')); // Rhodri Pengelly, timeline only
    for (const c of EXPECTED.contacts) expect(keys).not.toContain(keyOf(c.connection_id));
    const names = result.read.contacts.map((c) => c.name);
    for (const ignored of ['Callum Fairweather', 'Sunita Varma', 'Rhodri Pengelly']) expect(names).not.toContain(ignored);
    expect(names.filter((n) => n === 'Gwen Trelawny')).toHaveLength(1);
    const traps = [
      ...doc.querySelectorAll('#dataSetRoot_Pursuit_Team a, #notescontrol a, [col-id="record2roleid"] a, [data-id*="_selected_tag"]'),
    ];
    expect(traps.length).toBeGreaterThan(8);
    for (const trap of traps) expect(result.anchors.some((a) => a.element === trap)).toBe(false);
  });

  it('puts the strip after the form header', () => {
    expect(result.strip).toEqual({ anchor: doc.querySelector('[data-id="form-header"]'), position: 'after' });
  });

  it('produces a page read the contract accepts', () => {
    expect(() => pageReadSchema.parse({ ...result.read, readAt: new Date().toISOString() })).not.toThrow();
  });
});

describe('derived from dynamics-opportunity.html', () => {
  const opportunityKey = keyOf(EXPECTED.opportunity.id);

  it('reads the same opportunity from a brace-encoded, reordered address', () => {
    const { doc } = loadBase();
    const other = new URL(
      `https://brightmoor.crm11.dynamics.com/main.aspx?forceUCI=1&id=%7B${EXPECTED.opportunity.id.toUpperCase()}%7D&etn=opportunity&pagetype=entityrecord`,
    );
    expect(expectRead(dynamics.read(doc, other)).read.opportunity.key).toBe(opportunityKey);
  });

  it('is incomplete when ag-grid has rendered fewer rows than the footer counts', () => {
    const { doc, url } = loadBase();
    doc.querySelector(`${STAKEHOLDERS} [role="row"][row-index="3"]`)?.remove();
    const result = expectRead(dynamics.read(doc, url));
    expect(result.read.contacts).toHaveLength(3);
    expect(result.read.complete).toBe(false);
  });

  it('is incomplete without a footer count', () => {
    const { doc, url } = loadBase();
    doc.querySelector(`${STAKEHOLDERS} [role="status"]`)?.remove();
    expect(expectRead(dynamics.read(doc, url)).read.complete).toBe(false);
  });

  it('reads rows in row-index order when ag-grid appends them out of order', () => {
    const { doc, url } = loadBase();
    const first = doc.querySelector(`${STAKEHOLDERS} [role="row"][row-index="0"]`);
    first?.parentElement?.append(first);
    expect(expectRead(dynamics.read(doc, url)).read.contacts.map(asExpected)).toEqual(expectedContacts);
  });

  it('finds the stakeholders by their record2id / record2roleid columns when the subgrid is renamed', () => {
    const { doc, url } = loadBase();
    const grid = doc.querySelector(STAKEHOLDERS);
    grid?.setAttribute('id', 'dataSetRoot_Buying_Committee');
    grid?.setAttribute('data-id', 'dataSetRoot_Buying_Committee');
    grid?.querySelector('[data-id="Stakeholders-pcf_grid_control_container"]')?.setAttribute('data-id', 'Buying_Committee-pcf_grid_control_container');
    expect(expectRead(dynamics.read(doc, url)).read.contacts.map(asExpected)).toEqual(expectedContacts);
  });

  it('never falls back to the Sales Team grid', () => {
    const { doc, url } = loadBase();
    doc.querySelector(STAKEHOLDERS)?.remove();
    expect(dynamics.read(doc, url)).toMatchObject({ kind: 'pending', reason: 'no-contact-roles-list', code: 'no-contact-list', opportunityKey });
  });

  it('has no strip anchor when the form header is missing', () => {
    const { doc, url } = loadBase();
    const header = doc.querySelector('[data-id="form-header"]');
    const title = doc.querySelector('h1[data-id="header_title"]');
    if (header && title) header.replaceWith(title);
    const result = expectRead(dynamics.read(doc, url));
    expect(result.strip).toBeNull();
    expect(result.read.opportunity.name).toBe(EXPECTED.opportunity.name);
  });

  it('waits while the form has not rendered', () => {
    const { doc, url } = loadBase();
    doc.querySelector('[data-id="editFormRoot"]')?.remove();
    expect(dynamics.read(doc, url)).toMatchObject({ kind: 'pending', reason: 'page-not-rendered', opportunityKey });
  });

  it('waits while the header title has not rendered', () => {
    const { doc, url } = loadBase();
    doc.querySelector('h1[data-id="header_title"]')?.remove();
    expect(dynamics.read(doc, url)).toMatchObject({ kind: 'pending', reason: 'header-not-rendered', opportunityKey });
  });

  it('reads the name without the save status when the title attribute and Topic field are missing', () => {
    const { doc, url } = loadBase();
    doc.querySelector('h1[data-id="header_title"]')?.removeAttribute('title');
    doc.querySelector('[data-id="name-FieldSectionItemContainer"]')?.remove();
    expect(expectRead(dynamics.read(doc, url)).read.opportunity.name).toBe(EXPECTED.opportunity.name);
  });

  it('is unreadable when the opportunity has no name', () => {
    const { doc, url } = loadBase();
    const title = doc.querySelector('h1[data-id="header_title"]');
    title?.removeAttribute('title');
    title?.replaceChildren();
    doc.querySelector('[data-id="name-FieldSectionItemContainer"]')?.remove();
    expect(dynamics.read(doc, url)).toMatchObject({ kind: 'unreadable', code: 'no-opportunity', reason: 'name-missing', opportunityKey });
  });

  it('is not an opportunity on a contact form or an opportunity list', () => {
    const { doc } = loadBase();
    const base = 'https://brightmoor.crm11.dynamics.com/main.aspx?appid=adf7f705-9d82-ee11-b418-0022481a6ed2';
    expect(dynamics.read(doc, new URL(`${base}&pagetype=entityrecord&etn=contact&id=${EXPECTED.contacts[0]?.id}`))).toEqual({ kind: 'not-opportunity' });
    expect(dynamics.read(doc, new URL(`${base}&pagetype=entitylist&etn=opportunity`))).toEqual({ kind: 'not-opportunity' });
  });
});

describe('fixture variants', () => {
  const opportunityKey = 'dynamics:brightmoor-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

  it('no-stakeholders: a complete, empty read that ignores the Sales Team', () => {
    const { doc, url } = loadVariant('no-stakeholders.html');
    const result = expectRead(dynamics.read(doc, url));
    expect(result.read.contacts).toEqual([]);
    expect(result.anchors).toEqual([]);
    expect(result.read.complete).toBe(true);
    expect(result.read.opportunity).toEqual({
      key: opportunityKey,
      crm: 'dynamics',
      name: 'Pillowell Creamery – Pilot',
      stage: 'Qualify',
      amount: '£48,000.00',
      closeDate: '30/11/2026',
      account: { id: null, name: 'Pillowell Creamery Ltd' },
      url: url.href,
    });
  });

  it('rows-without-ids: unreadable, with the note on the Stakeholders grid', () => {
    const { doc, url } = loadVariant('rows-without-ids.html');
    const result = dynamics.read(doc, url);
    expect(result).toMatchObject({ kind: 'unreadable', code: 'contacts-unreadable', reason: 'rows-without-ids', opportunityKey });
    expect(result.kind === 'unreadable' && result.noticeAnchor).toBe(doc.querySelector(STAKEHOLDERS));
  });

  it('loading: the grid is still fetching its rows, so the page is pending', () => {
    const { doc, url } = loadVariant('loading.html');
    const result = dynamics.read(doc, url);
    expect(result).toMatchObject({ kind: 'pending', reason: 'list-loading', code: 'no-contact-list', opportunityKey });
    expect(result.kind === 'pending' && result.noticeAnchor).toBe(doc.querySelector(STAKEHOLDERS));
  });

  it('loading without an overlay: rows and count not there yet is pending, not empty', () => {
    const { doc, url } = loadVariant('loading.html');
    doc.querySelector('.ag-overlay')?.remove();
    expect(dynamics.read(doc, url)).toMatchObject({ kind: 'pending', reason: 'list-loading' });
  });

  it('renamed-subgrid: finds the grid by its columns, merges pinned rows, orders by row-index, one entry per contact', () => {
    const { doc, url } = loadVariant('renamed-subgrid.html');
    const result = expectRead(dynamics.read(doc, url));
    expect(result.read.opportunity).toMatchObject({ key: opportunityKey, amount: '£48,000.00', closeDate: '30/11/2026', stage: 'Qualify' });
    expect(result.read.contacts.map((c) => [c.key, c.name, c.crmRole, c.title, c.email])).toEqual([
      ['dynamics:brightmoor-2b5e3f10-7c9a-4d2e-9b1f-0a1b2c3d4e51', 'Tomos Rhydderch', 'Decision Maker, End User', 'Head of Operations', 'tomos.rhydderch@pillowell.example'],
      ['dynamics:brightmoor-2b5e3f10-7c9a-4d2e-9b1f-0a1b2c3d4e52', 'Isolde Penhallow', 'Economic Buyer', 'Managing Director', 'isolde.penhallow@pillowell.example'],
    ]);
    expect(result.anchors).toHaveLength(2);
    for (const { element } of result.anchors) expect(doc.querySelector('#dataSetRoot_Buying_Committee')?.contains(element)).toBe(true);
    expect(result.read.complete).toBe(false); // "1 - 3 of 5"
  });
});
