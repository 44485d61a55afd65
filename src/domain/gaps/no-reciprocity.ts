/**
 * Rule 8, `no-reciprocity` (warning): guidance taken without giving back. Coaches are developed by
 * helping them Win first (framework principle 4); "a Coach who perceives they are being used as an
 * information source without personal benefit will become less forthcoming over time" (common
 * mistake 3). Flagged when a person gave two or more pieces of intelligence and nothing was given
 * to them on or after the date of their second-most-recent one.
 */
import type { PersonKey } from '../records';
import { gap, type GapRule } from './types';

export const noReciprocity: GapRule = (context) => {
  const { deal } = context;
  // Contacts in page order, then internal coaches (who are Coaches too, principle 5).
  const people: { key: PersonKey; name: string; win: string }[] = [
    ...context.contacts.map((c) => ({ key: c.key, name: c.name, win: c.record.personalWin.trim() })),
    ...deal.internalCoaches.map((c) => ({ key: c.key, name: c.name, win: '' })),
  ];
  return people.flatMap((person) => {
    // YYYY-MM-DD dates compare correctly as strings.
    const dates = deal.intelligence.filter((e) => e.source === person.key).map((e) => e.date).sort().reverse();
    const since = dates[1];
    if (since === undefined) return [];
    if (deal.valueGiven.some((v) => v.to === person.key && v.date >= since)) return [];
    const lastGiven = deal.valueGiven.filter((v) => v.to === person.key).map((v) => v.date).sort().pop();
    const help = person.win ? `help with the personal Win you noted for ${person.name}` : `help with ${person.name}'s personal Win`;
    return [
      gap({
        kind: 'no-reciprocity',
        severity: 'warning',
        people: [person.key],
        why: `${person.name} has given you ${dates.length} pieces of intelligence, the latest on ${dates[0]}, but ${lastGiven ? `the last thing you gave back was on ${lastGiven}` : 'you have never given anything back'}: a Coach who feels used becomes less forthcoming.`,
        nextAction: `Give ${person.name} something first, before asking again: relevant industry information, an introduction to a peer who faced the same challenge, or ${help}.`,
      }),
    ];
  });
};
