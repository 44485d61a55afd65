/**
 * Re-reads of an unchanged Contact Roles list reuse each row's earlier reading; any change a rep
 * could see in a row, or a re-rendered contact link, is read anew.
 */
import { describe, expect, it } from 'vitest';
import { read } from '../../../../src/content/adapters/salesforce-lightning/read';
import { loadBase } from './fixtures';

function readContacts(doc: Document, url: URL) {
  const result = read(doc, url);
  if (result.kind !== 'read') throw new Error(`expected a read, got ${result.kind}`);
  return result;
}

function firstRow(doc: Document) {
  const row = doc.querySelector('.oneContent.active article:has(a[href*="/related/OpportunityContactRoles/view"]) tr[data-row-key-value]');
  if (!row) throw new Error('base fixture changed');
  return row;
}

describe('re-reading a Contact Roles list', () => {
  it('gives the same reading of unchanged rows, and reads a changed cell anew', () => {
    const { doc, url } = loadBase('salesforce-lightning-opportunity.html');
    const first = readContacts(doc, url);
    const again = readContacts(doc, url);
    expect(again.read.contacts[0]).toBe(first.read.contacts[0]);
    expect(again.read).toEqual(first.read);

    const row = firstRow(doc);
    const titleCell = [...row.querySelectorAll('td')].find((cell) => cell.textContent?.trim() === first.read.contacts[0]!.title);
    if (!titleCell) throw new Error('no title cell in the first row');
    titleCell.querySelector('*')!.textContent = 'Chief Transit Officer';
    const changed = readContacts(doc, url);
    expect(changed.read.contacts[0]!.title).toBe('Chief Transit Officer');
    expect(changed.read.contacts.slice(1)).toEqual(first.read.contacts.slice(1));
  });

  it('anchors the badge on the contact link the row shows now, when the link was re-rendered with the same text', () => {
    const { doc, url } = loadBase('salesforce-lightning-opportunity.html');
    const first = readContacts(doc, url);
    const oldLink = first.anchors[0]!.element;
    const newLink = oldLink.cloneNode(true) as Element;
    oldLink.replaceWith(newLink);
    const again = readContacts(doc, url);
    expect(again.anchors[0]!.element).toBe(newLink);
    expect(again.read.contacts[0]).toEqual(first.read.contacts[0]);
  });
});
