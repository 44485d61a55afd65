/**
 * Small deals for the gap-rule tables. Every deal goes through dealSchema.parse, so a test can only
 * describe a state the store could hold. Contacts are written with a criteria shorthand: three
 * characters in CRITERIA order (wants our solution, has credibility, willing to guide), each
 * `y` (yes), `n` (no) or `?` (unknown): `'yy?'` is a developing contact with two yes.
 */
import { expect, test } from 'vitest';
import { CRITERIA, type Criteria, type CriterionValue } from '../../../../src/domain/criteria';
import { gapContext } from '../../../../src/domain/gaps';
import type { Gap, GapRule } from '../../../../src/domain/gaps/types';
import { dealSchema, CHANGE_KINDS, VALUE_KINDS, type Deal, type IntelligenceTopic, type RoleOverride } from '../../../../src/domain/network';
import { nameOf } from '../../../../src/domain/people';
import type { BuyingInfluenceRole } from '../../../../src/domain/roles';
import { settingsSchema } from '../../../../src/domain/settings';
import * as z from 'zod/mini';
import { englishSay } from '../../../../src/domain/say-english';

export const NOW = new Date('2026-11-27T12:00:00.000Z');
/** When criteria are set unless a test says otherwise: a week before NOW, so no coach is stale. */
export const RECENT = '2026-11-20T09:00:00.000Z';
const FIRST_SEEN = '2026-09-01T09:00:00.000Z';
const LAST_SEEN_BEFORE_LEAVING = '2026-11-24T09:00:00.000Z';

/** `priya` → `salesforce:priya`; a key with a namespace (`internal:maya`) stays as it is. */
export const key = (id: string) => (id.includes(':') ? id : `salesforce:${id}`);

export interface ContactSpec {
  name: string;
  title?: string | null;
  crmRole?: string | null;
  /** Shorthand, see above; defaults to `???`. */
  criteria?: string;
  /** When the set criteria were set; null for an imported record with no dates. */
  setAt?: string | null;
  sponsor?: boolean;
  role?: RoleOverride;
  access?: { roles?: BuyingInfluenceRole[]; people?: string[] };
  department?: string | null;
  email?: string | null;
  personalWin?: string;
}

const VALUES: Record<string, CriterionValue> = { y: 'yes', n: 'no', '?': 'unknown' };

export function criteria(shorthand: string, setAt: string | null = RECENT): Criteria {
  if (!/^[yn?]{3}$/.test(shorthand)) throw new Error(`bad criteria shorthand ${shorthand}`);
  const result = {} as Criteria;
  CRITERIA.forEach((criterion, i) => {
    const value = VALUES[shorthand[i]!]!;
    result[criterion] = value === 'unknown' || setAt === null ? { value } : { value, setAt };
  });
  return result;
}

type DealInput = z.input<typeof dealSchema>;

export class DealBuilder {
  private readonly deal: DealInput & Required<Pick<DealInput, 'internalCoaches' | 'intelligence' | 'valueGiven' | 'changes'>>;
  private nextId = 1;

  constructor(name = 'Ashgrove Transit – Depot Maintenance Analytics') {
    this.deal = {
      format: 1,
      opportunity: {
        key: 'salesforce:0068V00000kQ3wZQAS',
        crm: 'salesforce',
        name,
        stage: 'Proposal/Price Quote',
        amount: '$236,400.00',
        closeDate: '9/30/2026',
        account: { id: '0018V00000tRm4FQAS', name: 'Ashgrove Regional Transit Authority' },
        url: 'https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/0068V00000kQ3wZQAS/view',
      },
      contacts: {},
      currentContacts: [],
      lastReadAt: '2026-11-27T09:00:00.000Z',
      internalCoaches: [],
      intelligence: [],
      valueGiven: [],
      changes: [],
    };
  }

  /** Another opportunity and account than the default one. */
  opportunity(id: string, name: string, account: string | null): this {
    this.deal.opportunity = {
      ...this.deal.opportunity,
      key: `salesforce:${id}`,
      name,
      account: account === null ? null : { id: null, name: account },
      url: `https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/${id}/view`,
    };
    return this;
  }

  /** A contact on the deal's list now, after the ones added before (page order). */
  contact(id: string, spec: ContactSpec): this {
    this.record(id, spec, this.deal.lastReadAt);
    this.deal.currentContacts.push(key(id));
    return this;
  }

  /** A contact the deal has seen but who is no longer on its list (last seen before the change was detected). */
  gone(id: string, spec: ContactSpec): this {
    this.record(id, spec, LAST_SEEN_BEFORE_LEAVING);
    return this;
  }

  internalCoach(id: string, name: string, access: ContactSpec['access'] = {}): this {
    this.deal.internalCoaches.push({
      key: `internal:${id}`,
      name,
      access: { roles: access.roles ?? [], people: (access.people ?? []).map(key) },
      addedAt: FIRST_SEEN,
    });
    return this;
  }

  intelligence(
    source: string,
    date: string,
    topic: IntelligenceTopic,
    options: { specific?: boolean; corroboratedBy?: string[]; text?: string } = {},
  ): this {
    this.deal.intelligence.push({
      id: `i${this.nextId++}`,
      source: key(source),
      date,
      topic,
      specific: options.specific ?? true,
      text: options.text ?? '',
      corroboratedBy: (options.corroboratedBy ?? []).map(key),
    });
    return this;
  }

  value(to: string, date: string, kind: (typeof VALUE_KINDS)[number] = 'industry-information', text = ''): this {
    this.deal.valueGiven.push({ id: `v${this.nextId++}`, to: key(to), date, kind, text });
    return this;
  }

  change(
    contact: string,
    kind: (typeof CHANGE_KINDS)[number],
    options: { from?: string | null; to?: string | null; statusBefore?: 'coach' | 'developing'; detectedAt?: string } = {},
  ): this {
    this.deal.changes.push({
      contact: key(contact),
      kind,
      from: options.from ?? null,
      to: options.to ?? null,
      statusBefore: options.statusBefore ?? 'coach',
      detectedAt: options.detectedAt ?? '2026-11-25T09:00:00.000Z',
    });
    return this;
  }

  build(): Deal {
    return dealSchema.parse(structuredClone(this.deal));
  }

  private record(id: string, spec: ContactSpec, lastSeenAt: string): void {
    this.deal.contacts[key(id)] = {
      page: {
        key: key(id),
        name: spec.name,
        title: spec.title ?? null,
        crmRole: spec.crmRole ?? null,
        email: spec.email ?? null,
        phone: null,
        account: null,
        department: spec.department ?? null,
      },
      criteria: criteria(spec.criteria ?? '???', spec.setAt),
      influenceRoleOverride: spec.role ?? null,
      sponsor: spec.sponsor ?? false,
      personalWin: spec.personalWin ?? '',
      access: { roles: spec.access?.roles ?? [], people: (spec.access?.people ?? []).map(key) },
      firstSeenAt: FIRST_SEEN,
      lastSeenAt,
    };
  }
}

export const aDeal = (name?: string) => new DealBuilder(name);

/** Runs one rule the way computeGaps does. */
export function runRule(rule: GapRule, deal: Deal, settings: z.input<typeof settingsSchema> = {}, now: Date = NOW): Gap[] {
  return rule(gapContext(deal, settingsSchema.parse(settings), now, englishSay));
}

/** What a table row states about a gap; `why` and `nextAction` are checked by `expectReadable`. */
export interface GapSummary {
  kind: Gap['kind'];
  severity: Gap['severity'];
  people: string[];
  candidates?: string[];
  role?: Gap['role'];
  topic?: Gap['topic'];
  question?: { id: string; askWhom: string | null } | null;
}

export function summarize(gap: Gap): Required<GapSummary> {
  return {
    kind: gap.kind,
    severity: gap.severity,
    people: gap.people,
    candidates: gap.candidates,
    role: gap.role,
    topic: gap.topic,
    question: gap.question && { id: gap.question.id, askWhom: gap.question.askWhom },
  };
}

/** Fills a row's omitted fields with the builder's defaults and turns ids into keys. */
export function expected(row: GapSummary): Required<GapSummary> {
  return {
    kind: row.kind,
    severity: row.severity,
    people: row.people.map(key),
    candidates: (row.candidates ?? []).map(key),
    role: row.role ?? null,
    topic: row.topic ?? null,
    question: row.question ? { id: row.question.id, askWhom: row.question.askWhom && key(row.question.askWhom) } : null,
  };
}

/**
 * Sentences name people, never guess their gender: `why` names everyone the gap concerns, the next
 * action names the candidates and whom to ask.
 */
export function expectReadable(gap: Gap, deal: Deal): void {
  expect(gap.why.trim()).not.toBe('');
  expect(gap.nextAction.trim()).not.toBe('');
  for (const person of gap.people) expect(gap.why).toContain(nameOf(deal, person));
  for (const person of gap.candidates) expect(gap.nextAction).toContain(nameOf(deal, person));
  if (gap.question?.askWhom) expect(gap.nextAction).toContain(nameOf(deal, gap.question.askWhom));
  for (const sentence of [gap.why, gap.nextAction]) expect(sentence).not.toMatch(/\b(he|she|him|his|her|hers)\b/i);
}

/** The cast of the tables: one person per buying influence, plus procurement. */
export const PRIYA = { name: 'Priya Raghunathan', title: 'Deputy General Manager, Finance', crmRole: 'Economic Buyer' } satisfies ContactSpec;
export const COLM = { name: 'Colm Gallagher', title: 'Director of Fleet Maintenance', crmRole: 'Business User', department: 'Maintenance' } satisfies ContactSpec;
export const ANA = { name: 'Ana Souza', title: 'Depot Supervisor', crmRole: 'End User', department: 'Maintenance' } satisfies ContactSpec;
export const YUSUF = { name: 'Yusuf Demir', title: 'Enterprise Architect', crmRole: 'Technical Buyer', department: 'IT' } satisfies ContactSpec;
export const SOFIA = { name: 'Sofia Marin', title: 'Head of Procurement', crmRole: 'Influencer' } satisfies ContactSpec;
export const KWAME = { name: 'Kwame Mensah', title: 'Operations Analyst', crmRole: 'Other', department: 'Maintenance' } satisfies ContactSpec;

export interface Row {
  name: string;
  deal: Deal;
  settings?: z.input<typeof settingsSchema>;
  now?: Date;
  gaps: GapSummary[];
  /** Per gap, in order: what its sentences must say beyond naming the people. */
  text?: Array<{ why?: RegExp; nextAction?: RegExp }>;
}

/** One table of small deals → the exact gaps one rule finds. */
export function ruleTable(rule: GapRule, rows: Row[]): void {
  test.each(rows)('$name', (row) => {
    const gaps = runRule(rule, row.deal, row.settings, row.now);
    expect(gaps.map(summarize)).toEqual(row.gaps.map(expected));
    gaps.forEach((gap, i) => {
      expectReadable(gap, row.deal);
      const text = row.text?.[i];
      if (text?.why) expect(gap.why).toMatch(text.why);
      if (text?.nextAction) expect(gap.nextAction).toMatch(text.nextAction);
    });
  });
}
