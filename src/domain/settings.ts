/**
 * The rep's settings: thresholds the gap rules read (never constants inside the rules), the
 * company's own email domains (to recognise internal coaches), and role-table overrides.
 */
import * as z from 'zod';
import { CUSTOM_DOMAINS_MAX, customCrmDomainSchema } from './crm-domains';
import { buyingInfluenceRoleSchema, DEFAULT_ROLE_TABLE, normalizeRoleText, type RoleMapping } from './roles';

export const SETTINGS_FORMAT_VERSION = 1;

const emailDomainSchema = z
  .string()
  .max(253)
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/i, 'not an email domain');

/** An email domain as the rep may type it (`@Contoso.com`), normalised; null when it isn't one. */
export function parseEmailDomain(input: string): string | null {
  const domain = input.trim().replace(/^@/, '').toLowerCase();
  return emailDomainSchema.safeParse(domain).success ? domain : null;
}

export const roleMappingSchema = z.object({
  role: buyingInfluenceRoleSchema.nullable(),
  hint: z.enum(['sponsor', 'coach-candidate']).nullable(),
});

/** The settings the rep edits in the options, each bounded; also the fields of a change. */
const editableFields = {
  /** A coach untouched for longer than this is flagged stale (product.md gap 12). */
  staleCoachDays: z.number().int().min(1).max(365),
  ownEmailDomains: z.array(emailDomainSchema).max(20),
  /** CRM role text (normalised) → mapping; overrides and extends the default table. */
  roleTable: z.record(z.string().min(1).max(200), roleMappingSchema),
};

export const settingsSchema = z.object({
  format: z.literal(SETTINGS_FORMAT_VERSION).default(SETTINGS_FORMAT_VERSION),
  staleCoachDays: editableFields.staleCoachDays.default(30),
  ownEmailDomains: editableFields.ownEmailDomains.default([]),
  roleTable: editableFields.roleTable.default({}),
  /** CRM hosts the rep added (on-premise Dynamics, a Salesforce org's own domain), one CRM each. */
  customCrmDomains: z
    .array(customCrmDomainSchema)
    .max(CUSTOM_DOMAINS_MAX)
    .refine((domains) => new Set(domains.map((d) => d.host)).size === domains.length, 'a host is listed twice')
    .default([]),
});

/**
 * A change the options page asks for: any of the editable settings, replaced whole. Added CRM
 * addresses have their own requests (they come with a browser permission).
 */
export const settingsChangeSchema = z.strictObject({
  staleCoachDays: editableFields.staleCoachDays.optional(),
  ownEmailDomains: editableFields.ownEmailDomains.optional(),
  roleTable: editableFields.roleTable.optional(),
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
