import { describe, expect, it } from 'vitest';
import { withPendingWrites } from '../../../src/popup/pending-writes';
import { contact, criteria, deal } from '../fakes/deal-views';

const PRIYA = 'salesforce:0038V00001cWq2AQAS';

describe('withPendingWrites', () => {
  it('returns the confirmed deal itself when nothing is pending', () => {
    const confirmed = deal();
    expect(withPendingWrites(confirmed, [])).toBe(confirmed);
  });

  it('lays writes over the confirmed deal in click order and recomputes the status', () => {
    const shown = withPendingWrites(deal(), [
      { id: 1, contactKey: PRIYA, criterion: 'wantsOurSolution', value: 'no' },
      { id: 2, contactKey: PRIYA, criterion: 'hasCredibility', value: 'yes' },
      { id: 3, contactKey: PRIYA, criterion: 'wantsOurSolution', value: 'yes' },
    ]);
    const priya = shown.contacts[0];
    expect(priya?.criteria).toEqual(criteria('yes', 'yes', 'unknown'));
    expect(priya?.status).toBe('developing');
    expect(shown.contacts[1]).toEqual(deal().contacts[1]);
  });

  it('keeps evidence and ignores writes for contacts the deal no longer lists', () => {
    const withEvidence = contact('0038V00001cWq2AQAS', {
      criteria: { ...criteria('unknown', 'unknown', 'unknown'), willingToGuide: { value: 'unknown', evidence: 'Offered a call' } },
    });
    const shown = withPendingWrites(deal({ contacts: [withEvidence] }), [
      { id: 1, contactKey: PRIYA, criterion: 'willingToGuide', value: 'yes' },
      { id: 2, contactKey: 'salesforce:003GONE', criterion: 'willingToGuide', value: 'yes' },
    ]);
    expect(shown.contacts).toHaveLength(1);
    expect(shown.contacts[0]?.criteria.willingToGuide).toEqual({ value: 'yes', evidence: 'Offered a call' });
  });
});
