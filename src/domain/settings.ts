/**
 * The rep's settings: thresholds the gap rules read (never constants inside the rules), the
 * company's own email domains (to recognise internal coaches), and role-table overrides.
 */
import * as z from 'zod/mini';
import { CUSTOM_DOMAINS_MAX, customCrmDomainSchema } from './crm-domains';
import { buyingInfluenceRoleSchema, DEFAULT_ROLE_TABLE, normalizeRoleText, type RoleMapping } from './roles';

export const SETTINGS_FORMAT_VERSION = 1;

const emailDomainSchema = z
  .string()
  .check(z.maxLength(253), z.regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/i, 'not an email domain'));

/** An email domain as the rep may type it (`@Contoso.com`), normalised; null when it isn't one. */
export function parseEmailDomain(input: string): string | null {
  const domain = input.trim().replace(/^@/, '').toLowerCase();
  return emailDomainSchema.safeParse(domain).success ? domain : null;
}

export const roleMappingSchema = z.object({
  role: z.nullable(buyingInfluenceRoleSchema),
  hint: z.nullable(z.enum(['sponsor', 'coach-candidate'])),
});

/** The settings the rep edits in the options, each bounded; also the fields of a change. */
const editableFields = {
  /** A coach untouched for longer than this is flagged stale (product.md gap 12). */
  staleCoachDays: z.number().check(z.int(), z.gte(1), z.lte(365)),
  ownEmailDomains: z.array(emailDomainSchema).check(z.maxLength(20)),
  /** CRM role text (normalised) → mapping; overrides and extends the default table. */
  roleTable: z.record(z.string().check(z.minLength(1), z.maxLength(200)), roleMappingSchema),
};

export const settingsSchema = z.object({
  format: z._default(z.literal(SETTINGS_FORMAT_VERSION), SETTINGS_FORMAT_VERSION),
  staleCoachDays: z._default(editableFields.staleCoachDays, 30),
  ownEmailDomains: z._default(editableFields.ownEmailDomains, []),
  roleTable: z._default(editableFields.roleTable, {}),
  /** CRM hosts the rep added (on-premise Dynamics, a Salesforce org's own domain), one CRM each. */
  customCrmDomains: z._default(
    z.array(customCrmDomainSchema).check(
      z.maxLength(CUSTOM_DOMAINS_MAX),
      z.refine((domains) => new Set(domains.map((d) => d.host)).size === domains.length, 'a host is listed twice'),
    ),
    [],
  ),
});

/**
 * A change the options page asks for: any of the editable settings, replaced whole. Added CRM
 * addresses have their own requests (they come with a browser permission).
 */
export const settingsChangeSchema = z.strictObject({
  staleCoachDays: z.optional(editableFields.staleCoachDays),
  ownEmailDomains: z.optional(editableFields.ownEmailDomains),
  roleTable: z.optional(editableFields.roleTable),
});
export type SettingsChange = z.infer<typeof settingsChangeSchema>;

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** The default role table with the rep's overrides laid over it. */
export function roleTableOf(settings: Settings): ReadonlyMap<string, RoleMapping> {
  const entries = Object.entries(settings.roleTable);
  if (entries.length === 0) return DEFAULT_ROLE_TABLE;
  const table = new Map(DEFAULT_ROLE_TABLE);
  for (const [text, mapping] of entries) table.set(normalizeRoleText(text), mapping);
  return table;
}
