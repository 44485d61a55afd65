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
    const { say } = context;
    const help = say(person.win ? 'gap_reciprocity_help_noted' : 'gap_reciprocity_help', person.name);
    const given = lastGiven ? say('gap_reciprocity_last_given', lastGiven) : say('gap_reciprocity_never_given');
    return [
      gap({
        kind: 'no-reciprocity',
        severity: 'warning',
        people: [person.key],
        why: say('gap_reciprocity_why', person.name, String(dates.length), dates[0]!, given),
        nextAction: say('gap_reciprocity_next', person.name, help),
      }),
    ];
  });
};
