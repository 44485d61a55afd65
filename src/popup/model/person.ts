/**
 * What the popup derives about one person of the deal: the gaps that name them (the framework's
 * warnings that apply to them), their intelligence and value-given logs, and everyone else they
 * could have access to or be corroborated by. Pure functions of the deal view.
 */
import * as z from 'zod/mini';
import type { Gap } from '../../domain/gaps/types';
import { intelligenceSchema, valueGivenSchema, type Intelligence, type IntelligenceTopic, type ValueGiven } from '../../domain/entries';
import type { RecordKey } from '../../domain/records';
import type { ContactView, DealView } from '../../domain/view-schema';

export interface PersonRef {
  key: RecordKey;
  name: string;
}

export interface Logs {
  intelligence: readonly Intelligence[];
  valueGiven: readonly ValueGiven[];
}

export interface PersonDetailData {
  contact: ContactView;
  /** Gaps that name this person, worst first. */
  warnings: readonly Gap[];
  /** Guidance this person gave, newest first. */
  intelligence: readonly Intelligence[];
  /** What we gave this person, newest first. */
  valueGiven: readonly ValueGiven[];
  /** Every other contact and internal coach of the deal. */
  others: readonly PersonRef[];
}

const intelligenceList = z.array(intelligenceSchema);
const valueList = z.array(valueGivenSchema);

/**
 * The deal's logs, when the view carries them. They are read defensively: a view without them
 * (or with a malformed list) shows empty logs rather than breaking the popup.
 */
export function logsOf(deal: DealView): Logs {
  const fields: Record<string, unknown> = deal;
  const intelligence = intelligenceList.safeParse(fields['intelligence']);
  const valueGiven = valueList.safeParse(fields['valueGiven']);
  return { intelligence: intelligence.success ? intelligence.data : [], valueGiven: valueGiven.success ? valueGiven.data : [] };
}

/** Contacts first (page order), then internal coaches, then contacts who left: the order gaps use. */
export function everyone(deal: DealView): PersonRef[] {
  return [...deal.contacts, ...deal.internalCoaches, ...deal.formerContacts].map(({ key, name }) => ({ key, name }));
}

export function nameOf(deal: DealView, key: RecordKey): string | null {
  return everyone(deal).find((p) => p.key === key)?.name ?? null;
}

const SEVERITY_ORDER: Record<Gap['severity'], number> = { critical: 0, warning: 1, info: 2 };

/** Worst first; the engine's own order (rule, then page order) within a severity. */
export function worstFirst(gaps: readonly Gap[]): Gap[] {
  return gaps.map((gap, index) => ({ gap, index })).sort((a, b) => SEVERITY_ORDER[a.gap.severity] - SEVERITY_ORDER[b.gap.severity] || a.index - b.index).map((e) => e.gap);
}

const newestFirst = <T extends { date: string }>(entries: readonly T[]) => [...entries].sort((a, b) => b.date.localeCompare(a.date));

export function personDetail(deal: DealView, logs: Logs, key: RecordKey): PersonDetailData | null {
  const contact = deal.contacts.find((c) => c.key === key);
  if (!contact) return null;
  return {
    contact,
    warnings: worstFirst(deal.gaps.filter((g) => g.people.includes(key))),
    intelligence: newestFirst(logs.intelligence.filter((e) => e.source === key)),
    valueGiven: newestFirst(logs.valueGiven.filter((e) => e.to === key)),
    others: [...deal.contacts, ...deal.internalCoaches].filter((p) => p.key !== key).map(({ key: k, name }) => ({ key: k, name })),
  };
}

/**
 * Whom the bank's questions on a topic are about, when the deal knows: asking about the Economic
 * Buyer names them if exactly one contact (other than the person asked) holds that role.
 */
export function questionSubject(deal: DealView, topic: IntelligenceTopic, asked: RecordKey): string | null {
  if (topic !== 'economic-buyer') return null;
  const buyers = deal.contacts.filter((c) => c.influenceRole === 'economic' && c.key !== asked);
  return buyers.length === 1 ? (buyers[0]?.name ?? null) : null;
}
