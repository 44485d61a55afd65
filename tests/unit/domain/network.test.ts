import { describe, expect, test } from 'vitest';
import { mergePageRead } from '../../../src/domain/merge';
import { viewDeal } from '../../../src/domain/view';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { COLM, PRIYA, pageRead } from '../background/fixtures';

describe('merging page reads', () => {
  test('a first read makes every contact unassessed, in page order, with the role derived', () => {
    const view = viewDeal(mergePageRead(undefined, pageRead()), DEFAULT_SETTINGS, new Date('2026-11-27T10:00:00Z'));
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
