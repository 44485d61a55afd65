/**
 * fast-check generators for the domain property tests: random histories of one deal, mixing page
 * reads and the rep's actions, and a runner that replays them the way the background does
 * (mergePageRead for reads, applyAction for actions, the old deal kept when an action is refused).
 *
 * The generators stay inside the input contracts (every read passes pageReadSchema, every action
 * dealActionSchema, exactly what the background validates), but reach their edges: maximum-length
 * page texts, blank and custom CRM roles, the same contact listed twice, actions naming people who
 * are not (or not yet) on the deal, duplicate entry ids. Small pools of values make collisions,
 * changes and repeats frequent instead of astronomically rare.
 */
import * as fc from 'fast-check';
import { applyAction, dealActionSchema, type ActionResult, type DealAction } from '../../../src/domain/actions';
import { CRITERIA } from '../../../src/domain/criteria';
import { mergePageRead } from '../../../src/domain/merge';
import { INTELLIGENCE_TOPICS, VALUE_KINDS, type Deal } from '../../../src/domain/network';
import { pageReadSchema, type PageContact, type PageRead } from '../../../src/domain/page-read';
import { englishSay } from '../../../src/domain/say-english';

export const POOL_SIZE = 8;
const NAMES = ['Priya Raghunathan', 'Colm Gallagher', 'Yusuf Demir', 'Ines Okafor', 'Hana Sato', 'Tomás Ruiz', 'Greta Lind', 'Ade Bello'];
export const CONTACT_KEYS = NAMES.map((_, i) => `salesforce:0038V00001cWq2${i}AQ`);
/** Keys that are never on the deal: every action naming them must be refused or do nothing. */
const GHOST_CONTACT = 'salesforce:0038V00001GHOSTAQ';
const INTERNAL_KEYS = ['internal:maya', 'internal:tom'];
const CONTACT_TARGETS = [...CONTACT_KEYS, GHOST_CONTACT];
const PERSON_TARGETS = [...CONTACT_TARGETS, ...INTERNAL_KEYS, 'internal:ghost'];
/** Few ids, so adds collide with existing entries and removes hit (or miss) them. */
const ENTRY_IDS = ['e1', 'e2', 'e3', 'e4'];

/** Salesforce's Contact Role picklist (product.md §Vocabulary), plus what real orgs put there. */
const SALESFORCE_ROLES = ['Business User', 'Decision Maker', 'Economic Buyer', 'Economic Decision Maker', 'Evaluator', 'Executive Sponsor', 'Influencer', 'Technical Buyer', 'Other'];
const CUSTOM_ROLES = ['', '  ', 'Wirtschaftlicher Entscheider', 'Champion', 'ECONOMIC_BUYER', 'legal & compliance', 'Blocker'];

/** Maximum-length page texts: a hostile or broken page may send them, pageReadSchema allows them. */
const LONG_TITLE = 'Director of '.padEnd(500, 'x');
const LONG_DOMAIN_EMAIL = `ops@${'a'.repeat(480)}.example`;
const LONG_ACCOUNT_NAME = 'Ashgrove '.padEnd(500, 'y');

const rare = <T>(common: fc.Arbitrary<T>, edge: fc.Arbitrary<T>) => fc.oneof({ arbitrary: common, weight: 12 }, { arbitrary: edge, weight: 1 });

const crmRoleArb: fc.Arbitrary<string | null> = fc.oneof(
  { arbitrary: fc.constantFrom(...SALESFORCE_ROLES), weight: 6 },
  { arbitrary: fc.constantFrom<string | null>(null, ...CUSTOM_ROLES), weight: 3 },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 1 },
);

/** One contact as one page shows it; a few variants per field, so consecutive reads differ. */
function pageContactArb(index: number): fc.Arbitrary<PageContact> {
  const first = NAMES[index]!.split(' ')[0]!.toLowerCase();
  return fc.record({
    key: fc.constant(CONTACT_KEYS[index]!),
    name: fc.constantFrom(NAMES[index]!, `${NAMES[index]!} (Ashgrove)`),
    title: rare(fc.constantFrom(null, 'VP Operations', 'Head of Procurement', 'Einkaufsleiter', 'Director of Maintenance'), fc.constant(LONG_TITLE)),
    crmRole: crmRoleArb,
    email: rare(fc.constantFrom(null, `${first}@ashgrove.gov`, `${first}@ashgrove-transit.org`, 'not-an-email'), fc.constant(LONG_DOMAIN_EMAIL)),
    phone: fc.constantFrom(null, '+1 555 0100'),
    account: rare<PageContact['account']>(
      fc.constantFrom(null, { id: '0018V00000tRm4FQAS', name: 'Ashgrove Regional Transit Authority' }, { id: null, name: 'Ashgrove Regional Transit Authority' }, { id: '0018V00000zzzzzQAS', name: 'Harbour Rail' }),
      fc.constant({ id: null, name: LONG_ACCOUNT_NAME }),
    ),
    department: fc.constantFrom(null, 'Operations', 'Finance'),
  });
}

/** A read before the runner stamps its time: who is listed, in which order, complete or not. */
export interface ReadSpec {
  /** A random subset of the pool in a random order (each contact once; shrinks to fewer). */
  contacts: PageContact[];
  /** Lists contacts[i] a second time (a Contact Role per role on Salesforce). */
  duplicate: number | null;
  complete: boolean;
  stageShown: boolean;
}

/** Reads of the first `pool` contacts of the pool. */
const readSpecOf = (pool: number): fc.Arbitrary<ReadSpec> =>
  fc.record({
    contacts: fc.uniqueArray(fc.oneof(...NAMES.slice(0, pool).map((_, i) => pageContactArb(i))), { selector: (c) => c.key, maxLength: pool }),
    duplicate: fc.option(fc.nat(pool - 1), { nil: null, freq: 8 }),
    complete: fc.boolean(),
    stageShown: fc.boolean(),
  });
export const readSpecArb = readSpecOf(POOL_SIZE);

export function buildRead(spec: ReadSpec, readAt: string): PageRead {
  const contacts = [...spec.contacts];
  const twice = spec.duplicate === null ? undefined : spec.contacts[spec.duplicate];
  if (twice) contacts.push({ ...twice, crmRole: 'Influencer' });
  return pageReadSchema.parse({
    opportunity: {
      key: 'salesforce:0068V00000kQ3wZQAS',
      crm: 'salesforce',
      name: 'Ashgrove Transit – Depot Maintenance Analytics',
      // The Contact Roles "View All" page shows no stage: merge must keep the last known one.
      stage: spec.stageShown ? 'Proposal/Price Quote' : null,
      amount: spec.stageShown ? '$236,400.00' : null,
      closeDate: null,
      account: { id: '0018V00000tRm4FQAS', name: 'Ashgrove Regional Transit Authority' },
      url: 'https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/0068V00000kQ3wZQAS/view',
    },
    contacts,
    complete: spec.complete,
    readAt,
  });
}

const isoDateArb = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const isoTimeArb = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
const contactTarget = fc.constantFrom(...CONTACT_TARGETS);
const personTarget = fc.constantFrom(...PERSON_TARGETS);
const entryId = fc.constantFrom(...ENTRY_IDS);
const shortText = (max: number) => rare(fc.string({ maxLength: 20 }), fc.constant('w'.repeat(max)));
const accessArb = fc.record({
  roles: fc.subarray(['economic', 'user', 'technical'] as const),
  people: fc.subarray(PERSON_TARGETS, { maxLength: 3 }),
});

const setCriterionArb = (targets: fc.Arbitrary<string>): fc.Arbitrary<DealAction> =>
  fc.record(
    { type: fc.constant('set-criterion' as const), contact: targets, criterion: fc.constantFrom(...CRITERIA), value: fc.constantFrom('yes' as const, 'no' as const, 'unknown' as const), evidence: fc.option(shortText(2000), { nil: undefined }) },
    { requiredKeys: ['type', 'contact', 'criterion', 'value'] },
  );

/** Every DealAction type, with valid and invalid targets (the state decides which is which). */
export const actionArb: fc.Arbitrary<DealAction> = fc.oneof(
  { weight: 6, arbitrary: setCriterionArb(contactTarget) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('set-sponsor' as const), contact: contactTarget, sponsor: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('set-role' as const), contact: contactTarget, role: fc.constantFrom(null, 'none' as const, 'economic' as const, 'user' as const, 'technical' as const) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('set-win' as const), contact: contactTarget, personalWin: shortText(2000), organizationResult: shortText(2000) }, { requiredKeys: ['type', 'contact'] }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('set-access' as const), person: personTarget, access: accessArb }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('add-internal-coach' as const),
      coach: fc.record({ key: personTarget, name: fc.constantFrom('Maya Chen', 'Tom Ebert'), email: fc.constantFrom(null, 'maya@halyard.io'), title: fc.constantFrom(null, 'Solutions Engineer'), access: accessArb, addedAt: isoTimeArb }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('remove-internal-coach' as const), key: personTarget }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('add-intelligence' as const),
      entry: fc.record({ id: entryId, source: personTarget, date: isoDateArb, topic: fc.constantFrom(...INTELLIGENCE_TOPICS), specific: fc.boolean(), text: shortText(4000), corroboratedBy: fc.subarray(PERSON_TARGETS, { maxLength: 2 }) }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('remove-intelligence' as const), id: entryId }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('add-value' as const), entry: fc.record({ id: entryId, to: personTarget, date: isoDateArb, kind: fc.constantFrom(...VALUE_KINDS), text: shortText(4000) }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('remove-value' as const), id: entryId }) },
  // A manual item, one the state proves (refused), and `__proto__`/`constructor`: record keys that
  // plain objects treat specially.
  { weight: 1, arbitrary: fc.record({ type: fc.constant('tick-checklist' as const), item: fc.constantFrom('confidentiality', 'candidates-found', '__proto__', 'constructor', 'x'.repeat(64)), checked: fc.boolean() }) },
);

/** One step of a deal's life, `minutes` after the previous one. */
export type Step =
  | { kind: 'read'; read: ReadSpec; minutes: number }
  | { kind: 'action'; action: DealAction; minutes: number }
  /** A rep recording many colleagues at once: reaches the deal's internal-coach bound. */
  | { kind: 'burst'; count: number; minutes: number };

/** Time only moves forward: a read and a tag in the same millisecond would be ambiguous. */
const minutesArb = fc.integer({ min: 1, max: 14 * 24 * 60 });
export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('read' as const), read: readSpecArb, minutes: minutesArb }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('action' as const), action: actionArb, minutes: minutesArb }) },
  // Small bursts, or ones that reach the 200 bound alone or with one more.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('burst' as const), count: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 150, max: 210 })), minutes: minutesArb }) },
);

export interface Scenario {
  first: ReadSpec;
  steps: Step[];
}

export const scenarioArb = (maxSteps = 30): fc.Arbitrary<Scenario> => fc.record({ first: readSpecArb, steps: fc.array(stepArb, { minLength: 1, maxLength: maxSteps, size: 'max' }) });
/** Reads only, many of them: what history and change bounds must survive. */
export const readsOnlyArb = fc.record({
  first: readSpecArb,
  steps: fc.array(fc.record({ kind: fc.constant('read' as const), read: readSpecArb, minutes: minutesArb }), { minLength: 20, maxLength: 80, size: 'max' }),
});

/**
 * Coaches leaving and coming back: three contacts, reads and tagging only. Rule 11 needs a tagged
 * contact to leave, be reassessed, return and leave again, which the full mix makes rare.
 */
export const churnArb: fc.Arbitrary<Scenario> = fc.record({
  first: readSpecOf(3),
  steps: fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant('read' as const), read: readSpecOf(3), minutes: minutesArb }),
      fc.record({ kind: fc.constant('action' as const), action: setCriterionArb(fc.constantFrom(...CONTACT_KEYS.slice(0, 3))), minutes: minutesArb }),
    ),
    { minLength: 4, maxLength: 30, size: 'max' },
  ),
});

/** What one replayed step did: the deal before and after, and the action's verdict. */
export interface StepRecord {
  index: number;
  step: Step | { kind: 'first' };
  /** The read as merged, for read steps and the first. */
  read: PageRead | null;
  /** The action as applied (a burst expands into one record per added coach). */
  action: DealAction | null;
  result: ActionResult | null;
  before: Deal | undefined;
  /** A burst's adds but its last: the expensive properties check the burst once, at its end. */
  bulk: boolean;
  /** JSON of `before` taken before the step ran: the step must not mutate its input. */
  beforeJson: string | undefined;
  after: Deal;
  now: Date;
}

const START = Date.parse('2026-06-01T09:00:00.000Z');

/** Replays a scenario from `mergePageRead(undefined, firstRead)`, reporting every step. */
export function replay(scenario: Scenario, onStep: (record: StepRecord) => void, options: { snapshotBefore?: boolean } = {}): Deal {
  let clock = START;
  const first = buildRead(scenario.first, new Date(clock).toISOString());
  let deal = mergePageRead(undefined, first);
  onStep({ index: 0, step: { kind: 'first' }, read: first, action: null, result: null, before: undefined, bulk: false, beforeJson: undefined, after: deal, now: new Date(clock) });
  const apply = (index: number, step: Step, action: DealAction, now: Date, bulk = false, snapshot = options.snapshotBefore) => {
    // The background applies only what dealActionSchema accepts; parsing also fills defaults.
    const parsed = dealActionSchema.parse(action);
    const before = deal;
    const beforeJson = snapshot ? JSON.stringify(before) : undefined;
    const result = applyAction(before, parsed, now, englishSay);
    if (result.ok) deal = result.deal;
    onStep({ index, step, read: null, action: parsed, result, before, bulk, beforeJson, after: deal, now });
  };
  scenario.steps.forEach((step, i) => {
    clock += step.minutes * 60_000;
    const now = new Date(clock);
    if (step.kind === 'read') {
      const read = buildRead(step.read, now.toISOString());
      const before = deal;
      const beforeJson = options.snapshotBefore ? JSON.stringify(before) : undefined;
      deal = mergePageRead(before, read);
      onStep({ index: i + 1, step, read, action: null, result: null, before, bulk: false, beforeJson, after: deal, now });
    } else if (step.kind === 'action') {
      apply(i + 1, step, step.action, now);
    } else {
      for (let n = 0; n < step.count; n++) {
        const coach = { key: `internal:bulk-${i}-${n}`, name: `Colleague ${n}`, email: null, title: null, access: { roles: [], people: [] }, addedAt: now.toISOString() };
        // A burst's adds are all alike: checking the first and the last for mutation is enough.
        const bulk = n < step.count - 1;
        apply(i + 1, step, { type: 'add-internal-coach', coach }, now, bulk, options.snapshotBefore && (n === 0 || !bulk));
      }
    }
  });
  return deal;
}
