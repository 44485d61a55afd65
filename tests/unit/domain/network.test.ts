import { describe, expect, test } from 'vitest';
import { mergePageRead } from '../../../src/domain/merge';
import { viewDeal } from '../../../src/domain/view';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { COLM, PRIYA, pageRead } from '../background/fixtures';
import { englishSay } from '../../../src/domain/say-english';

describe('merging page reads', () => {
  test('a first read makes every contact unassessed, in page order, with the role derived', () => {
    const view = viewDeal(mergePageRead(undefined, pageRead()), DEFAULT_SETTINGS, new Date('2026-11-27T10:00:00Z'), new Map(), englishSay);
    expect(view.contacts.map((c) => [c.key, c.status, c.influenceRole])).toEqual([
      [PRIYA, 'unassessed', 'economic'],
      [COLM, 'unassessed', 'economic'],
    ]);
  });

  test('a contact missing from a complete read leaves the current list but keeps its tags', () => {
    const first = mergePageRead(undefined, pageRead());
    first.contacts[COLM]!.criteria.hasCredibility = { value: 'yes', setAt: '2026-11-27T09:30:00.000Z' };
    const second = mergePageRead(first, pageRead({ contacts: pageRead().contacts.slice(0, 1) }));
    expect(second.currentContacts).toEqual([PRIYA]);
    expect(second.contacts[COLM]?.criteria.hasCredibility.value).toBe('yes');
  });

  test('a partial read (truncated list) does not drop contacts it did not show', () => {
    const first = mergePageRead(undefined, pageRead());
    const partial = mergePageRead(first, pageRead({ contacts: pageRead().contacts.slice(1), complete: false }));
    expect(partial.currentContacts).toEqual([COLM, PRIYA]);
  });
});

test('a view that shows less of the opportunity keeps the fields it did not show', () => {
  const first = mergePageRead(undefined, pageRead());
  const viewAll = pageRead();
  viewAll.opportunity = { ...viewAll.opportunity, stage: null, amount: null, closeDate: null, account: null, name: 'Ashgrove (renamed)' };
  const merged = mergePageRead(first, viewAll).opportunity;
  expect(merged).toMatchObject({ name: 'Ashgrove (renamed)', stage: 'Proposal/Price Quote', amount: '$236,400.00', closeDate: '9/30/2026' });
  expect(merged.account?.name).toBe('Ashgrove Regional Transit Authority');
});

describe('internal-coach proposals', () => {
  const team = [
    { key: 'salesforce:0058V000004gJk7QAE', name: 'Naomi Castellanos', email: 'naomi.castellanos@halyard-software.example', role: 'Pre-Sales Consultant' },
    { key: 'salesforce:0058V000003zQw1QAE', name: 'Lucas Brandvold', email: 'lucas.brandvold@halyard-software.example', role: 'Executive Sponsor' },
  ];

  test('the deal team is proposed, minus colleagues already recorded; a view without the team keeps the last one', () => {
    const first = mergePageRead(undefined, pageRead({ team }));
    const later = mergePageRead(first, pageRead({ readAt: '2026-11-28T09:00:00.000Z' }));
    expect(later.team).toEqual(team);
    later.internalCoaches = [{ key: 'internal:naomi', name: 'Naomi Castellanos', email: 'Naomi.Castellanos@halyard-software.example', title: null, access: { roles: [], people: [] }, addedAt: '2026-11-28T09:30:00.000Z' }];
    const proposals = viewDeal(later, DEFAULT_SETTINGS, new Date('2026-11-28T10:00:00Z'), new Map(), englishSay).internalCoachProposals;
    expect(proposals.map((p) => p.name)).toEqual(['Lucas Brandvold']);
  });
});
