/**
 * Record keys: every CRM record id is namespaced by its CRM (`salesforce:0038V00001cWq2AQAS`) so two
 * CRMs never collide. Internal coaches (colleagues the rep records by hand) use the `internal:`
 * namespace.
 */
import * as z from 'zod/mini';

export const CRM_IDS = ['salesforce', 'hubspot', 'dynamics'] as const;
export const crmIdSchema = z.enum(CRM_IDS);
export type CrmId = z.infer<typeof crmIdSchema>;

/**
 * A record key namespaced by CRM (`salesforce:0038V00001cWq2AQAS`) so two CRMs never collide.
 * Bounded and restricted to id-like characters because it becomes part of a storage key.
 */
export const recordKeySchema = z
  .string()
  .check(z.maxLength(120), z.regex(/^[a-z][a-z0-9-]*:[A-Za-z0-9_.{}-]{1,100}$/, 'not a namespaced record key'));
export type RecordKey = z.infer<typeof recordKeySchema>;

export function recordKey(crm: CrmId, id: string): RecordKey {
  return `${crm}:${id}`;
}

/** A person of the deal: a buying-side contact's record key or an internal coach's key. */
export const personKeySchema = recordKeySchema;
export type PersonKey = RecordKey;
