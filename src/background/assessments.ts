/**
 * Each person's latest assessment on any deal (`person:<key>`), so a contact met again on another
 * deal of the same account comes with a hint. Derived data: rebuilt from deals if ever lost.
 */
import { browser } from '../platform/browser';
import { assessmentOf, assessmentRecordSchema, hintFor, type AssessmentRecord, type Hint } from '../domain/hints';
import type { Deal } from '../domain/network';
import type { PersonKey } from '../domain/records';

const PERSON_PREFIX = 'person:';

export async function rememberAssessment(deal: Deal, person: PersonKey, at: Date): Promise<void> {
  const record = assessmentOf(deal, person, at.toISOString());
  if (record) await browser.storage.local.set({ [`${PERSON_PREFIX}${person}`]: record });
}

/** Hints for the deal's current contacts who are not assessed here yet (one storage read). */
export async function hintsFor(deal: Deal): Promise<Map<PersonKey, Hint>> {
  const keys = deal.currentContacts.map((k) => `${PERSON_PREFIX}${k}`);
  if (keys.length === 0) return new Map();
  const stored = await browser.storage.local.get(keys);
  const hints = new Map<PersonKey, Hint>();
  for (const person of deal.currentContacts) {
    const parsed = assessmentRecordSchema.safeParse(stored[`${PERSON_PREFIX}${person}`]);
    const remembered: AssessmentRecord | undefined = parsed.success ? parsed.data : undefined;
    const hint = hintFor(deal, person, remembered);
    if (hint) hints.set(person, hint);
  }
  return hints;
}
