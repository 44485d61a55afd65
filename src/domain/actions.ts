/**
 * Everything the rep can change about a deal, as data: one validated union, one pure function that
 * applies it. The background stores what this returns; tests drive the same function.
 */
import * as z from 'zod/mini';
import { CRITERIA, criterionValueSchema } from './criteria';
import {
  accessSchema,
  entryIdSchema,
  internalCoachSchema,
  intelligenceSchema,
  roleOverrideSchema,
  valueGivenSchema,
  type ContactRecord,
  type Deal,
} from './network';
import { personKeySchema, recordKeySchema, type PersonKey } from './records';
import { isManualItem } from './checklist';
import type { Say } from './say';

const contactKey = recordKeySchema;

/** Tagging, the rep's most frequent action, travels as its own request (`criterion/set`). */
export const setCriterionActionSchema = z.object({
  type: z.literal('set-criterion'),
  contact: contactKey,
  criterion: z.enum(CRITERIA),
  value: criterionValueSchema,
  /** Leaves the evidence as it is when absent. */
  evidence: z.optional(z.string().check(z.maxLength(2000))),
});

const editActionSchemas = [
  z.object({ type: z.literal('set-sponsor'), contact: contactKey, sponsor: z.boolean() }),
  z.object({ type: z.literal('set-role'), contact: contactKey, role: roleOverrideSchema }),
  z.object({
    type: z.literal('set-win'),
    contact: contactKey,
    personalWin: z.optional(z.string().check(z.maxLength(2000))),
    organizationResult: z.optional(z.string().check(z.maxLength(2000))),
  }),
  z.object({ type: z.literal('set-access'), person: personKeySchema, access: accessSchema }),
  z.object({ type: z.literal('add-internal-coach'), coach: internalCoachSchema }),
  z.object({ type: z.literal('remove-internal-coach'), key: personKeySchema }),
  z.object({ type: z.literal('add-intelligence'), entry: intelligenceSchema }),
  z.object({ type: z.literal('remove-intelligence'), id: entryIdSchema }),
  z.object({ type: z.literal('add-value'), entry: valueGivenSchema }),
  z.object({ type: z.literal('remove-value'), id: entryIdSchema }),
  z.object({ type: z.literal('tick-checklist'), item: z.string().check(z.maxLength(64)), checked: z.boolean() }),
] as const;

/** Every other change to a deal (the `deal/edit` request). */
export const editActionSchema = z.discriminatedUnion('type', [...editActionSchemas]);
export type EditAction = z.infer<typeof editActionSchema>;

export const dealActionSchema = z.discriminatedUnion('type', [setCriterionActionSchema, ...editActionSchemas]);
export type DealAction = z.infer<typeof dealActionSchema>;

export type ActionResult = { ok: true; deal: Deal } | { ok: false; error: string };

const refused = (error: string): ActionResult => ({ ok: false, error });

function withContact(deal: Deal, key: PersonKey, say: Say, change: (record: ContactRecord) => ContactRecord): ActionResult {
  const record = deal.contacts[key];
  if (!record) return refused(say('refuse_contact_unknown'));
  return { ok: true, deal: { ...deal, contacts: { ...deal.contacts, [key]: change(record) } } };
}

/** dealSchema's bounds (network.ts): an add past them would leave a deal the store refuses to write. */
const INTERNAL_COACHES_MAX = 200;
const ENTRIES_MAX = 5000;

const isPerson = (deal: Deal, key: PersonKey) => key in deal.contacts || deal.internalCoaches.some((c) => c.key === key);

/** Applies one change; a refusal carries its reason in the rep's language (`say`). */
export function applyAction(deal: Deal, action: DealAction, now: Date, say: Say): ActionResult {
  const at = now.toISOString();
  switch (action.type) {
    case 'set-criterion':
      return withContact(deal, action.contact, say, (r) => ({
        ...r,
        criteria: {
          ...r.criteria,
          [action.criterion]: { ...r.criteria[action.criterion], value: action.value, setAt: at, ...(action.evidence !== undefined && { evidence: action.evidence }) },
        },
      }));
    case 'set-sponsor':
      return withContact(deal, action.contact, say, (r) => ({ ...r, sponsor: action.sponsor }));
    case 'set-role':
      return withContact(deal, action.contact, say, (r) => ({ ...r, influenceRoleOverride: action.role }));
    case 'set-win':
      return withContact(deal, action.contact, say, (r) => ({
        ...r,
        personalWin: action.personalWin ?? r.personalWin,
        organizationResult: action.organizationResult ?? r.organizationResult,
      }));
    case 'set-access': {
      if (action.access.people.some((p) => !isPerson(deal, p))) return refused(say('refuse_access_unknown'));
      if (action.person in deal.contacts) return withContact(deal, action.person, say, (r) => ({ ...r, access: action.access }));
      const index = deal.internalCoaches.findIndex((c) => c.key === action.person);
      if (index < 0) return refused(say('refuse_person_unknown'));
      const internalCoaches = deal.internalCoaches.map((c, i) => (i === index ? { ...c, access: action.access } : c));
      return { ok: true, deal: { ...deal, internalCoaches } };
    }
    case 'add-internal-coach':
      if (isPerson(deal, action.coach.key)) return refused(say('refuse_internal_duplicate'));
      if (deal.internalCoaches.length >= INTERNAL_COACHES_MAX) return refused(say('refuse_internal_limit', String(INTERNAL_COACHES_MAX)));
      return { ok: true, deal: { ...deal, internalCoaches: [...deal.internalCoaches, action.coach] } };
    case 'remove-internal-coach':
      return { ok: true, deal: { ...deal, internalCoaches: deal.internalCoaches.filter((c) => c.key !== action.key) } };
    case 'add-intelligence': {
      const { entry } = action;
      if (![entry.source, ...entry.corroboratedBy].every((p) => isPerson(deal, p))) return refused(say('refuse_intelligence_unknown'));
      if (deal.intelligence.some((e) => e.id === entry.id)) return refused(say('refuse_intelligence_duplicate'));
      if (deal.intelligence.length >= ENTRIES_MAX) return refused(say('refuse_intelligence_limit', String(ENTRIES_MAX)));
      return { ok: true, deal: { ...deal, intelligence: [...deal.intelligence, entry] } };
    }
    case 'remove-intelligence':
      return { ok: true, deal: { ...deal, intelligence: deal.intelligence.filter((e) => e.id !== action.id) } };
    case 'add-value':
      if (!isPerson(deal, action.entry.to)) return refused(say('refuse_value_unknown'));
      if (deal.valueGiven.some((e) => e.id === action.entry.id)) return refused(say('refuse_value_duplicate'));
      if (deal.valueGiven.length >= ENTRIES_MAX) return refused(say('refuse_value_limit', String(ENTRIES_MAX)));
      return { ok: true, deal: { ...deal, valueGiven: [...deal.valueGiven, action.entry] } };
    case 'remove-value':
      return { ok: true, deal: { ...deal, valueGiven: deal.valueGiven.filter((e) => e.id !== action.id) } };
    case 'tick-checklist':
      if (!isManualItem(action.item)) return refused(say('refuse_checklist_auto'));
      return { ok: true, deal: { ...deal, checklist: { ...deal.checklist, [action.item]: { checked: action.checked, at } } } };
  }
}
