/**
 * Contacts inside closed native shadow roots: out of `element.shadowRoot`'s reach, in reach of the
 * content-script doors (Firefox's `openOrClosedShadowRoot`, Chrome's `chrome.dom`). jsdom has
 * neither, so the door is given here the way Firefox exposes it: a property of the host element.
 */
import { describe, expect, it } from 'vitest';
import { read } from '../../../../src/content/adapters/salesforce-lightning/read';
import { shadowRootOf } from '../../../../src/content/adapters/shadow-roots';
import { loadBase } from './fixtures';

function closeContactRolesTable(withDoor: boolean) {
  const page = loadBase('salesforce-lightning-opportunity.html');
  const card = page.doc.querySelector('.oneContent.active article:has(a[href*="/related/OpportunityContactRoles/view"])');
  const table = card?.querySelector('lst-customized-datatable');
  if (!table) throw new Error('base fixture changed');
  const children = [...table.childNodes];
  const root = table.attachShadow({ mode: 'closed' });
  root.append(...children);
  if (withDoor) Object.defineProperty(table, 'openOrClosedShadowRoot', { get: () => root });
  return { ...page, table, root };
}

describe('contacts in a closed shadow root', () => {
  it('are read through the content-script door, with their badges anchored inside the root', () => {
    const { doc, url, root } = closeContactRolesTable(true);
    const result = read(doc, url);
    if (result.kind !== 'read') throw new Error(`expected a read, got ${result.kind}`);
    expect(result.read.contacts.length).toBeGreaterThan(0);
    expect(result.anchors.every(({ element }) => element.getRootNode() === root)).toBe(true);
  });

  it('without a door the list is not silently empty: the read is not a read of zero contacts', () => {
    const { doc, url } = closeContactRolesTable(false);
    const result = read(doc, url);
    expect(result.kind === 'read' && result.read.contacts.length === 0 && result.read.complete).toBe(false);
  });

  it('our own hosts are never entered', () => {
    const { doc } = closeContactRolesTable(true);
    const ours = doc.createElement('span');
    ours.setAttribute('data-coach-network', 'badge');
    const root = ours.attachShadow({ mode: 'open' });
    expect(root).toBeTruthy();
    expect(shadowRootOf(ours)).toBeNull();
  });
});
