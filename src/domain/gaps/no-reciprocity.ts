/**
 * Rule 8, `no-reciprocity` (warning): guidance taken without giving back. Coaches are developed by
 * helping them Win first (framework principle 4); "a Coach who perceives they are being used as an
 * information source without personal benefit will become less forthcoming over time" (common
 * mistake 3). Flagged when a person gave two or more pieces of intelligence and nothing was given
 * to them on or after the date of their second-most-recent one.
 */
import type { Intelligence, ValueGiven } from '../network';
import type { PersonKey } from '../records';
import { defineRule, finding, NOT_LISTED, NOTHING, type GapFinding } from './rule';

interface NoReciprocityDetail {
  entries: number;
  latest: string;
  /** The latest value given to the person, if any was. */
  lastGiven: string | null;
  /** The rep noted the person's personal Win, so the next action can point at it. */
  winNoted: boolean;
}

/** Entries' dates are YYYY-MM-DD, which compare correctly as strings. */
function latestTwo(entries: readonly Intelligence[]): [latest: string, second: string] {
  let latest = '';
  let second = '';
  for (const { date } of entries) {
    if (date > latest) {
      second = latest;
      latest = date;
    } else if (date > second) second = date;
  }
  return [latest, second];
}

function lastGivenOf(given: readonly ValueGiven[]): string | null {
  let last: string | null = null;
  for (const { date } of given) if (last === null || date > last) last = date;
  return last;
}

/**
 * Who gave two entries or more: only they can be owed. Most deals have nobody, or one or two, so
 * the contacts are then matched against this short list rather than each looked up in the index.
 */
function gaveTwice(intelligenceFrom: ReadonlyMap<PersonKey, readonly Intelligence[]>): PersonKey[] {
  const people: PersonKey[] = [];
  for (const [person, entries] of intelligenceFrom) if (entries.length >= 2) people.push(person);
  return people;
}

export const noReciprocity = defineRule<NoReciprocityDetail>({
  find({ deal, contacts, intelligenceFrom, valueGivenTo }) {
    const owed = gaveTwice(intelligenceFrom);
    if (owed.length === 0) return NOTHING;
    const found: GapFinding<NoReciprocityDetail>[] = [];
    const check = (person: PersonKey, pageOrder: number, personalWin: string) => {
      if (!owed.includes(person)) return;
      const entries = intelligenceFrom.get(person)!;
      const [latest, since] = latestTwo(entries);
      const given = valueGivenTo.get(person) ?? NOTHING;
      if (given.some((v) => v.date >= since)) return;
      const detail = { entries: entries.length, latest, lastGiven: lastGivenOf(given), winNoted: personalWin.trim() !== '' };
      found.push(finding({ kind: 'no-reciprocity', severity: 'warning', people: [person], detail, pageOrder }));
    };
    // Contacts in page order, then internal coaches (who are Coaches too, principle 5).
    for (const contact of contacts) check(contact.key, contact.order, contact.record.personalWin);
    for (const internal of deal.internalCoaches) check(internal.key, NOT_LISTED, '');
    return found;
  },
  word({ people, detail }, { say, nameOf }) {
    const name = nameOf(people[0]!);
    const help = say(detail.winNoted ? 'gap_reciprocity_help_noted' : 'gap_reciprocity_help', name);
    const given = detail.lastGiven ? say('gap_reciprocity_last_given', detail.lastGiven) : say('gap_reciprocity_never_given');
    return {
      why: say('gap_reciprocity_why', name, String(detail.entries), detail.latest, given),
      nextAction: say('gap_reciprocity_next', name, help),
    };
  },
});
