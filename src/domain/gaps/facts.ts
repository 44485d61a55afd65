/**
 * What the thirteen rules ask of one deal, worked out once per deal and shared by all of them: the
 * contacts on the list with their role and status, the coaches, the candidates ranked once, and
 * the logs indexed by person. No rule scans every contact or log entry again for each person it
 * looks at (issue 8: the whole pipeline's gaps within 100 ms).
 */
import type { Deal, Intelligence, ValueGiven } from '../network';
import { currentContacts, type CurrentContact } from '../people';
import type { PersonKey } from '../records';
import type { RoleMapping } from '../roles';
import { roleTableOf, type Settings } from '../settings';
import { rankCandidates } from './candidates';
import { rolesOf, type RoleSet } from './role-set';

export interface DealFacts {
  deal: Deal;
  settings: Settings;
  now: Date;
  roleTable: ReadonlyMap<string, RoleMapping>;
  /** The contacts on the deal's list now, in page order. */
  contacts: readonly CurrentContact[];
  /** Those of them whose status is `coach` (internal coaches are never counted here). */
  coaches: readonly CurrentContact[];
  /** The roles at least one of them holds (role-set.ts): rules 3 and 4 ask it of every deal. */
  heldRoles: RoleSet;
  /** Every candidate for development, best first (candidates.ts). */
  candidates: readonly CurrentContact[];
  /** Each person's intelligence entries (as source) and the value given to them, in log order. */
  intelligenceFrom: ReadonlyMap<PersonKey, readonly Intelligence[]>;
  valueGivenTo: ReadonlyMap<PersonKey, readonly ValueGiven[]>;
}

/**
 * The rep's role table laid over the default one, once per settings object rather than once per
 * deal: settings are values (parsed from storage, or the defaults) that nobody changes in place,
 * and a table of its own per deal would also defeat the memo of role texts (people.ts).
 */
const roleTables = new WeakMap<Settings, ReadonlyMap<string, RoleMapping>>();

function roleTableFor(settings: Settings): ReadonlyMap<string, RoleMapping> {
  let table = roleTables.get(settings);
  if (!table) roleTables.set(settings, (table = roleTableOf(settings)));
  return table;
}

/** Most deals have no log yet: their indexes are this one empty map. */
const NO_ENTRIES: ReadonlyMap<PersonKey, never[]> = new Map();

function byPerson<Entry>(entries: readonly Entry[], personOf: (entry: Entry) => PersonKey): ReadonlyMap<PersonKey, Entry[]> {
  if (entries.length === 0) return NO_ENTRIES;
  const index = new Map<PersonKey, Entry[]>();
  for (const entry of entries) {
    const person = personOf(entry);
    const list = index.get(person);
    if (list) list.push(entry);
    else index.set(person, [entry]);
  }
  return index;
}

const sourceOf = (entry: Intelligence) => entry.source;
const recipientOf = (entry: ValueGiven) => entry.to;

export function dealFacts(deal: Deal, settings: Settings, now: Date): DealFacts {
  const roleTable = roleTableFor(settings);
  const contacts = currentContacts(deal, roleTable);
  const coaches: CurrentContact[] = [];
  for (const contact of contacts) if (contact.status === 'coach') coaches.push(contact);
  return {
    deal,
    settings,
    now,
    roleTable,
    contacts,
    coaches,
    heldRoles: rolesOf(contacts),
    candidates: rankCandidates(contacts),
    intelligenceFrom: byPerson(deal.intelligence, sourceOf),
    valueGivenTo: byPerson(deal.valueGiven, recipientOf),
  };
}

/**
 * The listed contact with this key; a key listed twice counts at its last place. A scan, not an
 * index: the rules look up only the few people a change or a topic names, and building a map of
 * every contact of every deal cost more than all their scans.
 */
export function listedContact(contacts: readonly CurrentContact[], key: PersonKey): CurrentContact | undefined {
  for (let i = contacts.length - 1; i >= 0; i--) if (contacts[i]!.key === key) return contacts[i];
  return undefined;
}
