/**
 * The Dynamics 365 adapter on the pages of issue 5 (tests/fixtures/dynamics/, derived by derive.mjs):
 * a busy form with a hidden Connections grid of the same columns, and the Stakeholders subgrid in
 * the older read-only grid (crm4) and the editable grid (crm), which name no column in their cells.
 */
import { describe, expect, it } from 'vitest';
import { dynamics } from '../../../../src/content/adapters/dynamics';
import { expectAnchorsWithin, expectNotRead, expectRead, keyNameTitleRole } from '../read-assertions';
import { expectedDeal, loadVariant } from './fixtures';

const EXPECTED = expectedDeal();
const key = (id: string) => `dynamics:brightmoor-${id}`;
const STAKEHOLDERS = '#dataSetRoot_Stakeholders';
const PIRAN = key('1d2e3f40-5a6b-4c7d-8e9f-a0b1c2d3e4f5');

describe('busy-form.html', () => {
  const { doc, url } = loadVariant('busy-form.html');
  const result = expectRead(dynamics.read(doc, url));

  it('reads the four stakeholders exactly as on the plain form', () => {
    expect(keyNameTitleRole(result)).toEqual(EXPECTED.contacts.map((c) => [key(c.id), c.name, c.title, c.role]));
    expect(result.read.contacts.map((c) => c.email)).toEqual(EXPECTED.contacts.map((c) => c.email));
    expect(result.read.complete).toBe(true);
  });

  it('reads nobody from the Connections grid, the quick view, the e-mail or the recent records', () => {
    const connections = doc.querySelector('#dataSetRoot_Connections');
    expect(connections?.querySelectorAll('[role="row"][row-index]')).toHaveLength(5);
    expectNotRead(result, [PIRAN, key('db865fd5-c6b7-f011-9fc9-7c1e52606db4')]);
    expectAnchorsWithin(result, doc.querySelector(STAKEHOLDERS));
  });
});

describe.each([
  ['read-only-grid-crm4.html', 'brightmoor.crm4.dynamics.com', 4],
  ['editable-grid.html', 'brightmoor.crm.dynamics.com', 3],
] as const)('%s', (fixture, host, count) => {
  const { doc, url } = loadVariant(fixture);
  const result = expectRead(dynamics.read(doc, url));
  const shown = EXPECTED.contacts.slice(0, count);

  it('reads the stakeholders of a grid whose cells name no column, by what each cell links to', () => {
    expect(url.hostname).toBe(host);
    expect(doc.querySelector(`${STAKEHOLDERS} [role="gridcell"][col-id]`)).toBeNull();
    // The same org, so the same keys as on the other hosts; no job title column in these views.
    expect(keyNameTitleRole(result)).toEqual(shown.map((c) => [key(c.id), c.name, null, c.role]));
    expect(result.read.contacts.map((c) => c.email)).toEqual(shown.map((c) => c.email));
  });

  it('knows the list is complete from the paging line', () => {
    expect(doc.querySelector('[data-id="pagingText"]')?.textContent).toBe(`1 - ${count} of ${count} (0 selected)`);
    expect(result.read.complete).toBe(true);
  });

  it('anchors each badge on the contact link of its row, in the Stakeholders grid', () => {
    expectAnchorsWithin(result, doc.querySelector(STAKEHOLDERS));
    for (const { element } of result.anchors) expect(element.getAttribute('href')).toContain('etn=contact&');
  });
});

describe('Power Apps grid, derived', () => {
  it('still waits for rows whose cells ag-grid has not rendered yet: they are not rows without ids', () => {
    const { doc, url } = loadVariant('busy-form.html');
    for (const row of doc.querySelectorAll(`${STAKEHOLDERS} [role="row"][row-index]`)) row.replaceChildren();
    expect(dynamics.read(doc, url)).toMatchObject({ kind: 'pending', code: 'no-contact-list', reason: 'list-loading' });
  });
});

describe('read-only grid, derived', () => {
  it('calls rows without a contact link rows without ids, not a list still loading', () => {
    const { doc, url } = loadVariant('read-only-grid-crm4.html');
    for (const link of doc.querySelectorAll(`${STAKEHOLDERS} a[href*="etn=contact&"]`)) link.replaceWith(...link.childNodes);
    expect(dynamics.read(doc, url)).toMatchObject({ kind: 'unreadable', code: 'contacts-unreadable', reason: 'rows-without-ids' });
  });

  it('is incomplete when the paging line counts more than the rows shown', () => {
    const { doc, url } = loadVariant('read-only-grid-crm4.html');
    const paging = doc.querySelector('[data-id="pagingText"]');
    if (paging) paging.textContent = '1 - 4 of 9 (0 selected)';
    expect(expectRead(dynamics.read(doc, url)).read.complete).toBe(false);
  });
});
