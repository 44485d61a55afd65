/**
 * A person's assessment on another deal of the same account, offered as a hint: someone who was a
 * Coach on last year's renewal may well be one now, but the rep decides (issue 3: "offered as a
 * hint, never silently copied"). Kept per person as the latest assessment anywhere.
 */
import * as z from 'zod/mini';
import { coachStatus, COACH_STATUSES, CRITERIA, criteriaSchema, type Criteria } from './criteria';
import type { Deal } from './network';
import { recordKeySchema, type PersonKey } from './records';

export const assessmentRecordSchema = z.object({
  dealKey: recordKeySchema,
  dealName: z.string().check(z.maxLength(500)),
  /** The account's CRM id where the page showed one, else its name: hints stay within an account. */
  account: z.nullable(z.string().check(z.maxLength(500))),
  criteria: criteriaSchema,
  assessedAt: z.iso.datetime(),
});
export type AssessmentRecord = z.infer<typeof assessmentRecordSchema>;

export const hintSchema = z.object({
  dealKey: recordKeySchema,
  dealName: z.string(),
  criteria: criteriaSchema,
  status: z.enum(COACH_STATUSES),
  assessedAt: z.string(),
});
export type Hint = z.infer<typeof hintSchema>;

export function accountOf(deal: Deal): string | null {
  const account = deal.opportunity.account;
  return account ? (account.id ?? account.name) : null;
}

const isAssessed = (criteria: Criteria) => CRITERIA.some((c) => criteria[c].value !== 'unknown');

/** What to remember of a person after the rep assessed them on `deal`; null when nothing is set. */
export function assessmentOf(deal: Deal, person: PersonKey, at: string): AssessmentRecord | null {
  const record = deal.contacts[person];
  if (!record || !isAssessed(record.criteria)) return null;
  return { dealKey: deal.opportunity.key, dealName: deal.opportunity.name, account: accountOf(deal), criteria: record.criteria, assessedAt: at };
}

/** The hint for a contact of `deal`: only while unassessed here, only from another deal of the same account. */
export function hintFor(deal: Deal, person: PersonKey, remembered: AssessmentRecord | undefined): Hint | null {
  const record = deal.contacts[person];
  if (!record || !remembered || isAssessed(record.criteria)) return null;
  if (remembered.dealKey === deal.opportunity.key) return null;
  const account = accountOf(deal);
  if (account !== null && remembered.account !== null && account !== remembered.account) return null;
  return {
    dealKey: remembered.dealKey,
    dealName: remembered.dealName,
    criteria: remembered.criteria,
    status: coachStatus(remembered.criteria),
    assessedAt: remembered.assessedAt,
  };
}
