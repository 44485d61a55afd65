/**
 * The HubSpot adapter against the saved deal page: what it reads must equal expected.json, and the
 * traps (timeline, hidden Activities tab, middle-pane table duplicates, company, owner, preview
 * panel) must never become a contact or a second badge.
 */
import { describe, expect, it } from 'vitest';
import { hubspot } from '../../../../src/content/adapters/hubspot';
import { pageReadSchema, type PageContact } from '../../../../src/domain/page-read';
import { expectRead } from '../read-assertions';
import { expectedDeal, loadBase, loadVariant } from './fixtures';

const EXPECTED = expectedDeal();
const PORTAL = EXPECTED.opportunity.portal_id;
const keyOf = (id: string) => `hubspot:${PORTAL}-${id}`;

const asExpected = (c: PageContact) => ({
  id: c.key.replace(`hubspot:${PORTAL}-`, ''),
  name: c.name,
  title: c.title,
  role: c.crmRole,
  email: c.email,
  phone: c.phone,
  account: c.account,
});
const expectedContacts = EXPECTED.contacts.map(({ id, name, title, role, email, phone, account }) => ({ id, name, title, role, email, phone, account }));

describe('hubspot-deal.html', () => {
  const { doc, url } = loadBase();
  const result = expectRead(hubspot.read(doc, url));

  it('recognises the address', () => {
    expect(hubspot.crm).toBe('hubspot');
    expect(hubspot.isOpportunityPage(url)).toBe(true);
  });

  it('reads the deal as displayed, keyed by portal and deal id', () => {
    const o = EXPECTED.opportunity;
    expect(result.read.opportunity).toEqual({
      key: keyOf(o.id),
      crm: 'hubspot',
      name: o.name,
      stage: o.stage,
      amount: o.amount,
      closeDate: o.close_date,
      account: o.account,
      url: EXPECTED.url,
    });
  });

  it('reads the associated contacts once each, in sidebar order, and knows the list is complete', () => {
    expect(result.read.contacts.map(asExpected)).toEqual(expectedContacts);
    expect(result.read.contacts.every((c) => c.department === null)).toBe(true);
    expect(result.read.complete).toBe(EXPECTED.contacts_complete);
  });

  it('anchors one badge per contact on its sidebar name link, never in the table or the timeline', () => {
    const sidebar = doc.querySelector('[data-test-id="records-right-sidebar"]');
    expect(result.anchors.map((a) => a.key)).toEqual(result.read.contacts.map((c) => c.key));
    expect(new Set(result.anchors.map((a) => a.element)).size).toBe(result.anchors.length);
    for (const { key, element } of result.anchors) {
      const id = key.replace(`hubspot:${PORTAL}-`, '');
      expect(element.matches('a[data-test-id="contact-chicklet-title-link"]')).toBe(true);
      expect(element.getAttribute('href')).toBe(`/contacts/${PORTAL}/record/0-1/${id}`);
      expect(sidebar?.contains(element)).toBe(true);
    }
  });

  it('reads nobody from must_ignore: timeline contact, company, owner', () => {
    expect(EXPECTED.must_ignore.length).toBeGreaterThan(3);
    const keys = result.read.contacts.map((c) => c.key);
    expect(keys).not.toContain(keyOf('104051120588')); // Eline Maas, timeline only
    expect(keys).not.toContain(keyOf('10412233508')); // the company
    const names = result.read.contacts.map((c) => c.name);
    for (const ignored of ['Eline Maas', 'Jasper Holm', 'Nordhaven Cold Storage B.V.']) expect(names).not.toContain(ignored);
    const timeline = [...doc.querySelectorAll('[data-test-id="crm-events-viz-timeline"] a, table a')];
    expect(timeline.length).toBeGreaterThan(4);
    for (const link of timeline) expect(result.anchors.some((a) => a.element === link)).toBe(false);
  });

  it('puts the strip after the deal highlight header', () => {
    expect(result.strip).toEqual({ anchor: doc.querySelector('[data-selenium-test="deal-highlight-details"]'), position: 'after' });
  });

  it('produces a page read the contract accepts', () => {
    expect(() => pageReadSchema.parse({ ...result.read, readAt: new Date().toISOString() })).not.toThrow();
  });
});

describe('derived from hubspot-deal.html', () => {
  it('falls back to the BUYING ROLE column when the card shows no association labels', () => {
    const { doc, url } = loadBase();
    for (const labels of doc.querySelectorAll('[data-test-id="chicklet-association-labels"]')) labels.remove();
    const result = expectRead(hubspot.read(doc, url));
    expect(result.read.contacts.map((c) => c.crmRole)).toEqual(EXPECTED.contacts.map((c) => c.buying_role));
  });

  it('takes the id from the name link when the chicklet has no chiclet-0-1-<id> test id', () => {
    const { doc, url } = loadBase();
    for (const chicklet of doc.querySelectorAll('[data-test-id^="chiclet-0-1-"]')) chicklet.removeAttribute('data-test-id');
    const result = expectRead(hubspot.read(doc, url));
    expect(result.read.contacts.map(asExpected)).toEqual(expectedContacts);
  });

  it('is incomplete when the card counts more contacts than it shows', () => {
    const { doc, url } = loadBase();
    doc.querySelector('[data-test-id="chiclet-0-1-104051120459"]')?.remove();
    const result = expectRead(hubspot.read(doc, url));
    expect(result.read.contacts).toHaveLength(3);
    expect(result.read.complete).toBe(false);
  });

  it('ignores chicklets of the record preview panel', () => {
    const { doc, url } = loadBase();
    const preview = doc.createElement('div');
    preview.setAttribute('data-crm-location', 'CRM_OBJECT_PREVIEW');
    preview.append(doc.querySelector('[data-test-id="records-right-sidebar"]') as Element);
    doc.body.prepend(preview);
    const result = hubspot.read(doc, url);
    expect(result.kind).toBe('pending');
  });

  it('waits while the header has not rendered', () => {
    const { doc, url } = loadBase();
    doc.querySelector('[data-selenium-test="deal-highlight-details"]')?.remove();
    expect(hubspot.read(doc, url)).toMatchObject({ kind: 'pending', reason: 'header-not-rendered', opportunityKey: keyOf(EXPECTED.opportunity.id) });
  });

  it('waits while the right sidebar has not rendered', () => {
    const { doc, url } = loadBase();
    doc.querySelector('[data-test-id="records-right-sidebar"]')?.remove();
    expect(hubspot.read(doc, url)).toMatchObject({ kind: 'pending', reason: 'list-loading' });
  });

  it('waits while the contacts card still shows another deal (SPA navigation)', () => {
    const { doc } = loadBase();
    const other = new URL(`https://app-eu1.hubspot.com/contacts/${PORTAL}/record/0-3/31790455613`);
    expect(hubspot.read(doc, other)).toMatchObject({ kind: 'pending', reason: 'list-loading' });
  });

  it('waits when the count shows before the chicklets', () => {
    const { doc, url } = loadBase();
    for (const chicklet of doc.querySelectorAll('[data-test-id^="chiclet-0-1-"]')) chicklet.remove();
    expect(hubspot.read(doc, url)).toMatchObject({ kind: 'pending', reason: 'rows-without-ids', code: 'contacts-unreadable' });
  });

  it('is not an opportunity on a contact record', () => {
    const { doc } = loadBase();
    expect(hubspot.read(doc, new URL(`https://app.hubspot.com/contacts/${PORTAL}/record/0-1/104051120341`))).toEqual({ kind: 'not-opportunity' });
  });
});

describe('fixture variants', () => {
  it('no-contacts: a complete, empty read', () => {
    const { doc, url } = loadVariant('no-contacts.html');
    const result = expectRead(hubspot.read(doc, url));
    expect(result.read.contacts).toEqual([]);
    expect(result.anchors).toEqual([]);
    expect(result.read.complete).toBe(true);
    expect(result.read.opportunity).toMatchObject({ key: 'hubspot:26047118-31790455999', name: 'Kestrel Foods – Pilot', account: null });
  });

  it('rows-without-ids: unreadable, with the note on the contacts card', () => {
    const { doc, url } = loadVariant('rows-without-ids.html');
    const result = hubspot.read(doc, url);
    expect(result).toMatchObject({ kind: 'unreadable', code: 'contacts-unreadable', reason: 'rows-without-ids', opportunityKey: 'hubspot:26047118-31790455999' });
    expect(result.kind === 'unreadable' && result.noticeAnchor).toBe(doc.querySelector('[data-test-id="card-wrapper-ASSOCIATION_SIDEBAR/0-1"]'));
  });

  it('loading: no contacts card yet is pending, and the preview panel is not read', () => {
    const { doc, url } = loadVariant('loading.html');
    expect(hubspot.read(doc, url)).toMatchObject({ kind: 'pending', reason: 'no-contact-roles-list', code: 'no-contact-list' });
  });
});
