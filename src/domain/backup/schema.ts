/**
 * The JSON backup file (docs/deal-format.md §Backup file): one versioned object holding everything
 * the store holds, each deal exactly as stored. `backupSchema` validates a whole file; an import
 * writes nothing unless all of it passes. The options page reads the file and plans the import;
 * the background checks each item the import writes (write.ts).
 */
import * as z from 'zod/mini';
import { assessmentRecordSchema } from '../hints';
import { STORAGE_SCHEMA_VERSION, QUARANTINE_PREFIX } from '../migrations/layout';
import { dealSchema } from '../network';
import { personKeySchema } from '../records';
import { settingsSchema } from '../settings';

export const BACKUP_KIND = 'coach-network-backup';
/** The envelope's own format; bumped only when the file's layout (not a stored item's) changes. */
export const BACKUP_FORMAT = 1;

/**
 * Bounds far beyond a real rep's pipeline (10,000 contacts is the measured footprint target), so a
 * hostile or broken file cannot make the options page parse or plan without limit.
 */
export const BACKUP_TEXT_MAX = 64 * 1024 * 1024;
export const BACKUP_DEALS_MAX = 10_000;
const ASSESSMENTS_MAX = 100_000;
const SET_ASIDE_MAX = 1_000;
/** A quarantine key (a regex, not `z.startsWith`: the one check of that kind would be bundled for it alone). */
const SET_ASIDE_KEY = new RegExp(`^${QUARANTINE_PREFIX}`);

/** The refinement message of a deal listed twice: the import names the deal. */
export const DEAL_TWICE = 'the same deal is in the file twice';

const countAtMost = (max: number) => (record: Record<string, unknown>) => Object.keys(record).length <= max;

export const backupSchema = z.object({
  kind: z.literal(BACKUP_KIND),
  backupFormat: z.literal(BACKUP_FORMAT),
  exportedAt: z.iso.datetime(),
  /** The extension version that wrote the file: shown when a newer file is refused. */
  extensionVersion: z.string().check(z.maxLength(50)),
  /** The storage schema of the items inside (deals, assessments, settings). */
  storageSchema: z.literal(STORAGE_SCHEMA_VERSION),
  deals: z.array(dealSchema).check(
    z.maxLength(BACKUP_DEALS_MAX),
    z.superRefine((deals, context) => {
      const seen = new Set<string>();
      deals.forEach((deal, index) => {
        if (seen.has(deal.opportunity.key)) context.addIssue({ code: 'custom', path: [index], message: DEAL_TWICE });
        seen.add(deal.opportunity.key);
      });
    }),
  ),
  /** Each person's latest assessment (`person:<key>` items), by person key. */
  assessments: z.record(personKeySchema, assessmentRecordSchema).check(z.refine(countAtMost(ASSESSMENTS_MAX), 'too many assessments')),
  /** Null while the rep never changed a setting (the defaults apply). */
  settings: z.nullable(settingsSchema),
  /** Values the store set aside as unreadable, under their quarantine keys, kept as they were. */
  quarantine: z._default(
    z.record(z.string().check(z.maxLength(400), z.regex(SET_ASIDE_KEY)), z.unknown()).check(z.refine(countAtMost(SET_ASIDE_MAX), 'too many set-aside items')),
    {},
  ),
});
export type Backup = z.infer<typeof backupSchema>;
