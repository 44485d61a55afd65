/**
 * What the popup and the page need of a deal: derived from the stored Deal, never stored. The
 * gaps are computed here once, so the toolbar, the strip and the popup always agree.
 */
import * as z from 'zod';
import { COACH_STATUSES, criteriaSchema } from './criteria';
import { computeGaps } from './gaps';
import { gapSchema, type Gap } from './gaps/types';
import { accessSchema, roleOverrideSchema, type Deal } from './network';
import { currentContacts } from './people';
import { recordKeySchema, type PersonKey } from './records';
import { hintSchema, type Hint } from './hints';
import { BUYING_INFLUENCE_LABELS, buyingInfluenceRoleSchema, mapCrmRole } from './roles';
import { roleTableOf, type Settings } from './settings';

export const contactViewSchema = z.object({
  key: recordKeySchema,
  name: z.string(),
  title: z.string().nullable(),
  crmRole: z.string().nullable(),
  influenceRole: buyingInfluenceRoleSchema.nullable(),
  influenceRoleOverride: roleOverrideSchema,
  criteria: criteriaSchema,
  status: z.enum(COACH_STATUSES),
  sponsor: z.boolean(),
  /** The CRM role suggests a flag the rep has not set (Executive Sponsor → sponsor). */
  proposedSponsor: z.boolean(),
  personalWin: z.string(),
  organizationResult: z.string(),
  access: accessSchema,
  /** The person's assessment on another deal of the same account, while unassessed here. */
  hint: hintSchema.nullable(),
});
export type ContactView = z.infer<typeof contactViewSchema>;

export const dealViewSchema = z.object({
  key: recordKeySchema,
  name: z.string(),
  stage: z.string().nullable(),
  amount: z.string().nullable(),
  closeDate: z.string().nullable(),
  accountName: z.string().nullable(),
  url: z.string(),
  contacts: z.array(contactViewSchema),
  /** The rep's own colleagues who act as coaches on this deal. */
  internalCoaches: z.array(z.object({ key: recordKeySchema, name: z.string(), title: z.string().nullable(), email: z.string().nullable(), access: accessSchema })),
  /** Contacts no longer on the deal's list whom an open gap still names (a coach who left). */
  formerContacts: z.array(z.object({ key: recordKeySchema, name: z.string(), title: z.string().nullable() })),
  gaps: z.array(gapSchema),
  /** The coach network in one line: "1 coach · one-legged stool · Economic Buyer not covered". */
  verdict: z.string(),
});
export type DealView = z.infer<typeof dealViewSchema>;

export function verdictOf(coachCount: number, internalCoachCount: number, gaps: readonly Gap[]): string {
  const parts = [coachCount === 0 ? 'No coach yet' : `${coachCount} coach${coachCount === 1 ? '' : 'es'}`];
  if (gaps.some((g) => g.kind === 'single-coach')) parts.push('one-legged stool');
  const changed = gaps.filter((g) => g.kind === 'coach-changed').length;
  if (changed > 0) parts.push(`${changed} coach change${changed === 1 ? '' : 's'} to review`);
  // With nobody coaching at all, every role is uncovered: "No coach yet" already says it.
  if (coachCount + internalCoachCount > 0) {
    for (const gap of gaps) {
      if (gap.kind === 'role-uncovered' && gap.role) parts.push(`${BUYING_INFLUENCE_LABELS[gap.role]} not covered`);
    }
  }
  return parts.join(' · ');
}

export function viewDeal(deal: Deal, settings: Settings, now: Date, hints: ReadonlyMap<PersonKey, Hint> = new Map()): DealView {
  const table = roleTableOf(settings);
  const contacts = currentContacts(deal, table);
  const gaps = computeGaps(deal, settings, now);
  const o = deal.opportunity;
  return {
    key: o.key,
    name: o.name,
    stage: o.stage,
    amount: o.amount,
    closeDate: o.closeDate,
    accountName: o.account?.name ?? null,
    url: o.url,
    contacts: contacts.map(({ key, record, role, status }) => ({
      key,
      name: record.page.name,
      title: record.page.title,
      crmRole: record.page.crmRole,
      influenceRole: role,
      influenceRoleOverride: record.influenceRoleOverride,
      criteria: record.criteria,
      status,
      sponsor: record.sponsor,
      proposedSponsor: !record.sponsor && mapCrmRole(record.page.crmRole, table).hint === 'sponsor',
      personalWin: record.personalWin,
      organizationResult: record.organizationResult,
      access: record.access,
      hint: hints.get(key) ?? null,
    })),
    internalCoaches: deal.internalCoaches.map(({ key, name, title, email, access }) => ({ key, name, title, email, access })),
    formerContacts: formerContactsNamed(deal, gaps),
    gaps,
    verdict: verdictOf(contacts.filter((c) => c.status === 'coach').length, deal.internalCoaches.length, gaps),
  };
}

function formerContactsNamed(deal: Deal, gaps: readonly Gap[]): DealView['formerContacts'] {
  const current = new Set(deal.currentContacts);
  const named = new Set(gaps.flatMap((g) => g.people).filter((key) => !current.has(key)));
  return [...named].flatMap((key) => {
    const record = deal.contacts[key];
    return record ? [{ key, name: record.page.name, title: record.page.title }] : [];
  });
}

/** A person's name as the deal view knows it (contacts, internal coaches, contacts who left). */
export function personName(view: Pick<DealView, 'contacts' | 'internalCoaches' | 'formerContacts'>, key: string): string {
  const everyone = [...view.contacts, ...view.internalCoaches, ...view.formerContacts];
  return everyone.find((p) => p.key === key)?.name ?? 'someone no longer on this deal';
}
