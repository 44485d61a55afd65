/**
 * What the rep records about the people of a deal: whom each has access to, a role the rep chose,
 * the intelligence they gave, the value given to them, the colleagues who coach them. Parts of the
 * stored deal (network.ts, which re-exports them) that the deal view carries or the popup's forms
 * validate: apart, so the content script and the popup bundle these without the stored deal's own
 * schema.
 */
import * as z from 'zod/mini';
import { personKeySchema } from './records';
import { buyingInfluenceRoleSchema } from './roles';

/** Named people one person has access to. */
export const ACCESS_PEOPLE_MAX = 200;

/** A calendar date the rep chose (`2026-11-27`), as opposed to a moment the code recorded. */
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'not a YYYY-MM-DD date'));
/** A moment the code recorded (toISOString), as opposed to a date the rep chose. */
export const isoTime = z.iso.datetime();
export const repText = /* @__NO_SIDE_EFFECTS__ */ (max: number) => z.string().check(z.maxLength(max));
/** Ids the extension gives entries it creates (intelligence, value given, internal coaches). */
export const entryIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'not an entry id'));

/** Which buying influences a person has credibility with: whole roles and named people. */
export const accessSchema = z.object({
  roles: z._default(z.array(buyingInfluenceRoleSchema).check(z.maxLength(3)), []),
  people: z._default(z.array(personKeySchema).check(z.maxLength(ACCESS_PEOPLE_MAX)), []),
});
export type Access = z.infer<typeof accessSchema>;
export const noAccess = (): Access => ({ roles: [], people: [] });

/** `none` lets the rep say "no buying-influence role" even where the CRM role text maps to one. */
export const roleOverrideSchema = z.nullable(z.union([buyingInfluenceRoleSchema, z.literal('none')]));
export type RoleOverride = z.infer<typeof roleOverrideSchema>;

export const INTELLIGENCE_TOPICS = ['economic-buyer', 'decision-process', 'funding', 'personal-wins', 'resistance', 'competition', 'change', 'other'] as const;
export const intelligenceTopicSchema = z.enum(INTELLIGENCE_TOPICS);
export type IntelligenceTopic = z.infer<typeof intelligenceTopicSchema>;

/** A note of guidance received from a person. */
export const intelligenceSchema = z.object({
  id: entryIdSchema,
  source: personKeySchema,
  date: isoDate,
  topic: intelligenceTopicSchema,
  /** Specific guidance helps navigate this sale; generic guidance could be told to any vendor. */
  specific: z.boolean(),
  text: z._default(repText(4000), ''),
  /** Other people whose information agrees with this entry. */
  corroboratedBy: z._default(z.array(personKeySchema).check(z.maxLength(50)), []),
});
export type Intelligence = z.infer<typeof intelligenceSchema>;

export const VALUE_KINDS = ['industry-information', 'peer-introduction', 'help-with-win', 'other'] as const;
/** Something we gave a coach or candidate first (framework step 2). */
export const valueGivenSchema = z.object({
  id: entryIdSchema,
  to: personKeySchema,
  date: isoDate,
  kind: z.enum(VALUE_KINDS),
  text: z._default(repText(4000), ''),
});
export type ValueGiven = z.infer<typeof valueGivenSchema>;

/** A colleague in the seller's own company who provides access, credibility or information. */
export const internalCoachSchema = z.object({
  key: personKeySchema,
  name: z.string().check(z.maxLength(200), z.minLength(1)),
  email: z._default(z.nullable(repText(320)), null),
  title: z._default(z.nullable(repText(200)), null),
  access: z._default(accessSchema, noAccess),
  addedAt: isoTime,
});
export type InternalCoach = z.infer<typeof internalCoachSchema>;
