/**
 * What the rep typed into the internal-coach form → an InternalCoach, validated by the same zod
 * schema the background stores it with (entries.ts, part of the deal in network.ts), so the form
 * refuses exactly what the store would, and says which field is wrong in the rep's language
 * instead of zod's English.
 */
import * as z from 'zod/mini';
import { internalCoachSchema, type Access, type InternalCoach } from '../../domain/entries';
import { t } from '../../platform/i18n';

export interface CoachFormInput {
  name: string;
  email: string;
  title: string;
  access: Access;
}

export type CoachFormField = 'name' | 'email' | 'title' | 'access';
export type CoachFormErrors = Partial<Record<CoachFormField, string>>;
export type CoachFormResult = { ok: true; coach: InternalCoach } | { ok: false; errors: CoachFormErrors };

export const emptyCoachForm = (): CoachFormInput => ({ name: '', email: '', title: '', access: { roles: [], people: [] } });

/** Internal coaches live in their own key namespace (records.ts), never colliding with a CRM record. */
export const newInternalCoachKey = (): string => `internal:${crypto.randomUUID()}`;

// The schema only bounds the email's length (a stored one may come from anywhere); a typed one
// should at least look like an address, or the rep has probably pasted the wrong field.
const typedEmail = z.email();

export function parseCoachForm(
  input: CoachFormInput,
  existing: ReadonlyArray<{ email: string | null }> = [],
  now: Date = new Date(),
  newKey: () => string = newInternalCoachKey,
): CoachFormResult {
  const email = input.email.trim() || null;
  const errors: CoachFormErrors = {};
  if (email !== null && !typedEmail.safeParse(email).success) errors.email = t('overview_internal_error_email');
  else if (email !== null && existing.some((c) => c.email?.toLowerCase() === email.toLowerCase())) {
    errors.email = t('overview_internal_error_duplicate');
  }
  const parsed = internalCoachSchema.safeParse({
    key: newKey(),
    name: input.name.trim(),
    email,
    title: input.title.trim() || null,
    access: input.access,
    addedAt: now.toISOString(),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === 'name' || field === 'email' || field === 'title' || field === 'access') errors[field] ??= messageFor(field, issue);
    }
  }
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, coach: parsed.data };
  // A refusal always names a field, so the form can point at it.
  return { ok: false, errors: Object.keys(errors).length > 0 ? errors : { name: t('overview_internal_error_generic') } };
}

function messageFor(field: CoachFormField, issue: z.core.$ZodIssue): string {
  if (field === 'name' && issue.code === 'too_small') return t('overview_internal_error_name');
  if (issue.code === 'too_big' && field !== 'access') return t('overview_internal_error_too_long', String(issue.maximum));
  if (field === 'access') return t('overview_internal_error_access');
  return t('overview_internal_error_generic');
}
