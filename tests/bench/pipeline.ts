/**
 * A large generated pipeline for the gap-engine figure: 10,000 deals of 20 contacts each, from a
 * seeded PRNG so every run measures the same pipeline. The background computes gaps for every
 * tracked deal when the popup opens off a CRM page (the pipeline view), so this is the pipeline
 * that says whether that view can stay instant.
 */
import { coachStatus, CRITERIA, type Criteria, type CriterionValue } from '../../src/domain/criteria';
import { dealSchema, INTELLIGENCE_TOPICS, VALUE_KINDS, type ContactRecord, type Deal, type ReadSnapshot } from '../../src/domain/network';

export const DEALS = 10_000;
export const CONTACTS = 20;
/** One deal in this many goes through dealSchema: proof the shape is real, without slow setup. */
const VALIDATE_EVERY = 250;
export const NOW = new Date('2026-11-27T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

/** mulberry32: a tiny seeded PRNG, so the pipeline is the same on every run and machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = 20261127;
let random = prng(SEED);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const chance = (p: number) => random() < p;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
/** Picks from [item, weight] pairs: most contacts are untested, few are coaches. */
function weighted<T>(pairs: readonly (readonly [T, number])[]): T {
  let roll = random() * pairs.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, w] of pairs) if ((roll -= w) < 0) return item;
  return pairs[pairs.length - 1]![0];
}
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY - int(0, DAY - 1));
const isoTime = (days: number) => daysAgo(days).toISOString();
const isoDate = (days: number) => daysAgo(days).toISOString().slice(0, 10);

export const FIRST = ['Priya', 'Colm', 'Yusuf', 'Ines', 'Hana', 'Tomás', 'Greta', 'Ade', 'Marta', 'Lars', 'Noor', 'Kenji', 'Amara', 'Diego', 'Sofia', 'Ivan'];
export const LAST = ['Raghunathan', 'Gallagher', 'Demir', 'Okafor', 'Sato', 'Ruiz', 'Lind', 'Bello', 'Novak', 'Berg', 'Haddad', 'Mori', 'Eze', 'Silva', 'Conti', 'Petrov'];
const TITLES = ['VP Operations', 'CFO', 'Director of Maintenance', 'IT Architect', 'Fleet Manager', 'Head of Procurement', 'Einkaufsleiter', 'Data Analyst', 'COO', 'Project Manager', null];
const DEPARTMENTS = ['Operations', 'Finance', 'IT', 'Procurement', null];
/** Salesforce Contact Roles as real orgs fill them: many blank or Other, some custom text. */
const CRM_ROLES: readonly (readonly [string | null, number])[] = [
  ['Business User', 5], ['Decision Maker', 2], ['Economic Buyer', 1], ['Economic Decision Maker', 1], ['Evaluator', 3],
  ['Executive Sponsor', 1], ['Influencer', 3], ['Technical Buyer', 2], ['Other', 2], [null, 3], ['', 1], ['Champion', 1], ['Wirtschaftlicher Entscheider', 1],
];
/** Criteria shorthand (CRITERIA order): untested contacts dominate, coaches are rare. */
const PROFILES: readonly (readonly [string, number])[] = [
  ['???', 10], ['y??', 3], ['?y?', 2], ['yy?', 2], ['yyy', 2], ['yyn', 1], ['yn?', 1], ['n??', 1], ['nn?', 1], ['nnn', 1],
];
const VALUES: Record<string, CriterionValue> = { y: 'yes', n: 'no', '?': 'unknown' };

function criteriaOf(profile: string): Criteria {
  const result = {} as Criteria;
  CRITERIA.forEach((criterion, i) => {
    const value = VALUES[profile[i]!]!;
    result[criterion] = value === 'unknown' ? { value } : { value, setAt: isoTime(int(0, 90)), ...(chance(0.3) && { evidence: 'Said so in the steering meeting.' }) };
  });
  return result;
}

function contactOf(dealIndex: number, index: number, accountId: string, accountName: string, domain: string): ContactRecord {
  const first = pick(FIRST);
  const last = pick(LAST);
  return {
    page: {
      key: `salesforce:003${dealIndex}x${index}`,
      name: `${first} ${last}`,
      title: pick(TITLES),
      crmRole: weighted(CRM_ROLES),
      email: chance(0.85) ? `${first.toLowerCase()}.${last.toLowerCase()}@${domain}` : null,
      phone: chance(0.5) ? '+1 555 0100' : null,
      account: { id: accountId, name: accountName },
      department: pick(DEPARTMENTS),
    },
    criteria: criteriaOf(weighted(PROFILES)),
    influenceRoleOverride: chance(0.05) ? pick(['economic', 'user', 'technical', 'none'] as const) : null,
    sponsor: chance(0.06),
    personalWin: chance(0.2) ? 'Wants the depot project on their record before the reorganisation.' : '',
    organizationResult: chance(0.2) ? 'Fewer unplanned outages.' : '',
    access: { roles: [], people: [] },
    firstSeenAt: isoTime(int(60, 200)),
    lastSeenAt: isoTime(int(0, 10)),
  };
}

function dealOf(i: number, contactsPerDeal: number): Deal {
  const accountId = `0018V${String(i).padStart(8, '0')}QAS`;
  const accountName = `Account ${i} Regional Transit Authority`;
  const domain = `account${i}.example`;
  const records = Array.from({ length: contactsPerDeal }, (_, j) => contactOf(i, j, accountId, accountName, domain));
  const keys = records.map((r) => r.page.key);
  const warm = records.filter((r) => CRITERIA.some((c) => r.criteria[c].value === 'yes'));
  // Coaches and developing contacts tend to have credibility with someone named, or a whole role.
  for (const r of warm) {
    if (chance(0.5)) r.access = { roles: chance(0.5) ? [pick(['economic', 'user', 'technical'] as const)] : [], people: [pick(keys)] };
  }
  const internalCoaches = chance(0.4)
    ? Array.from({ length: int(1, 2) }, (_, n) => ({ key: `internal:d${i}c${n}`, name: `${pick(FIRST)} ${pick(LAST)}`, email: null, title: 'Solutions Engineer', access: { roles: [pick(['economic', 'user', 'technical'] as const)], people: [] }, addedAt: isoTime(int(10, 120)) }))
    : [];
  // Intelligence mostly comes from warm contacts; a few entries per deal, some generic, some corroborated.
  const sources = warm.length > 0 ? warm.map((r) => r.page.key) : keys;
  const intelligence = Array.from({ length: int(0, 6) }, (_, n) => ({
    id: `i${n}`,
    source: pick(sources),
    date: isoDate(int(0, 80)),
    topic: pick(INTELLIGENCE_TOPICS),
    specific: chance(0.7),
    text: 'Approval above $200k goes to the board in March.',
    corroboratedBy: chance(0.2) ? [pick(keys)] : [],
  }));
  const valueGiven = Array.from({ length: int(0, 4) }, (_, n) => ({ id: `v${n}`, to: pick(sources), date: isoDate(int(0, 80)), kind: pick(VALUE_KINDS), text: 'Benchmark report on depot uptime.' }));
  // A couple of contacts have left the list; history holds the reads that saw them go.
  const current = keys.filter(() => chance(0.93));
  const snapshot = (days: number, listed: readonly ContactRecord[]): ReadSnapshot => ({
    readAt: isoTime(days),
    complete: chance(0.85),
    contacts: listed.map((r) => ({ key: r.page.key, title: r.page.title, emailDomain: r.page.email ? domain : null, accountId })),
  });
  const history = Array.from({ length: int(2, 6) }, (_, n) => snapshot(40 - n * 6, n === 0 ? records : records.filter((r) => current.includes(r.page.key))));
  const changes = records.flatMap((r) => {
    const status = coachStatus(r.criteria);
    if (current.includes(r.page.key) || (status !== 'coach' && status !== 'developing')) return [];
    return [{ contact: r.page.key, kind: 'left' as const, from: null, to: null, statusBefore: status, detectedAt: isoTime(int(1, 30)) }];
  });
  return {
    format: 1,
    team: [],
    opportunity: {
      key: `salesforce:006${String(i).padStart(8, '0')}`,
      crm: 'salesforce',
      name: `Deal ${i} – Depot Maintenance Analytics`,
      stage: pick(['Prospecting', 'Qualification', 'Proposal/Price Quote', 'Negotiation/Review']),
      amount: `$${int(20, 900)},000.00`,
      closeDate: '9/30/2027',
      account: { id: accountId, name: accountName },
      url: `https://halyard.lightning.force.com/lightning/r/Opportunity/006${i}/view`,
    },
    contacts: Object.fromEntries(records.map((r) => [r.page.key, r])),
    currentContacts: current,
    lastReadAt: isoTime(0),
    internalCoaches,
    intelligence,
    valueGiven,
    checklist: chance(0.3) ? { confidentiality: { checked: true, at: isoTime(int(0, 30)) } } : {},
    history,
    changes,
  };
}

/** The same deals on every call: the PRNG restarts from its seed. */
export function generatePipeline(deals = DEALS, contactsPerDeal = CONTACTS): Deal[] {
  random = prng(SEED);
  return Array.from({ length: deals }, (_, i) => {
    const deal = dealOf(i, contactsPerDeal);
    // Throws on the first invalid shape: a benchmark of impossible deals would measure nothing.
    if (i % VALIDATE_EVERY === 0) dealSchema.parse(deal);
    return deal;
  });
}
