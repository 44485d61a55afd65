/**
 * What the CRM page shows of a deal: the part of DealView (view-schema.ts) that the badges, their
 * hover cards, the strip and the in-page tagger use. The content script parses every deal it
 * receives against this narrower schema and zod drops the rest (logs, checklist, forms' fields), so
 * a 200-contact deal costs the CRM page the validation of what it shows only, and the content
 * script carries none of the view's other schemas. A DealView is a PageView.
 */
import * as z from 'zod/mini';
import { COACH_STATUSES, criterionValueSchema } from './criteria';
import { GAP_KINDS, SEVERITIES } from './gaps/types';
import { personKeySchema, recordKeySchema } from './records';
import { buyingInfluenceRoleSchema } from './roles';
import { intelligenceTopicSchema } from './entries';

const valueOnly = z.object({ value: criterionValueSchema });
const pageCriteriaSchema = z.object({ wantsOurSolution: valueOnly, hasCredibility: valueOnly, willingToGuide: valueOnly });

export const pageContactSchema = z.object({
  key: recordKeySchema,
  name: z.string(),
  status: z.enum(COACH_STATUSES),
  criteria: pageCriteriaSchema,
});
export type PageContactView = z.infer<typeof pageContactSchema>;

const namedPersonSchema = z.object({ key: recordKeySchema, name: z.string() });

/** A gap as the page words it: a title (titles.ts) and a severity mark. */
const pageGapSchema = z.object({
  kind: z.enum(GAP_KINDS),
  severity: z.enum(SEVERITIES),
  people: z.array(personKeySchema),
  role: z.nullable(buyingInfluenceRoleSchema),
  topic: z.nullable(intelligenceTopicSchema),
});

export const pageViewSchema = z.object({
  key: recordKeySchema,
  verdict: z.string(),
  contacts: z.array(pageContactSchema),
  internalCoaches: z.array(namedPersonSchema),
  formerContacts: z.array(namedPersonSchema),
  gaps: z.array(pageGapSchema),
});
export type PageView = z.infer<typeof pageViewSchema>;
