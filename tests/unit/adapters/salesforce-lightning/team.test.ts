/** The Opportunity Team: the seller's colleagues on the deal, read as internal-coach candidates only. */
import { describe, expect, it } from 'vitest';
import { read } from '../../../../src/content/adapters/salesforce-lightning/read';
import { expectedFor, loadBase } from './fixtures';

interface ExpectedTeamMember { id: string; name: string; team_role: string; email: string }

describe('Opportunity Team', () => {
  // Loaded while collecting, as the other fixture tests do: parsing the page is not the test.
  const page = loadBase('salesforce-lightning-opportunity.html');

  it('reads the users of the active page’s Opportunity Team, never as contacts', () => {
    const expected = (expectedFor('salesforce-lightning-opportunity.html') as unknown as { internal_team: ExpectedTeamMember[] }).internal_team;
    const result = read(page.doc, page.url);
    if (result.kind !== 'read') throw new Error(`expected a read, got ${result.kind}`);
    expect(result.read.team).toEqual(expected.map((m) => ({ key: `salesforce:${m.id}`, name: m.name, email: m.email, role: m.team_role })));
    const contactKeys = result.read.contacts.map((c) => c.key);
    for (const member of result.read.team ?? []) expect(contactKeys).not.toContain(member.key);
    expect(result.anchors.map((a) => a.key).filter((k) => k.startsWith('salesforce:005'))).toEqual([]);
  });
});
