/**
 * A validation issue of a backup file, in words a rep understands: which deal (by its name), which
 * person (by name), which field. Zod's own message is left out: it is English-only and technical.
 */
import type * as z from 'zod/mini';
import { CRITERIA, type Criterion } from '../criteria';
import type { Say } from '../say';
import { DEAL_TWICE } from './schema';

type Path = readonly PropertyKey[];
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const textAt = (value: unknown, ...path: string[]): string | null => {
  const found = path.reduce<unknown>((at, key) => (isObject(at) && Object.hasOwn(at, key) ? at[key] : undefined), value);
  return typeof found === 'string' && found.trim() !== '' ? found.slice(0, 200) : null;
};

const isCriterion = (segment: PropertyKey): segment is Criterion => (CRITERIA as readonly PropertyKey[]).includes(segment);

/** `criteria › Willing to guide › value`; list positions count from 1, as a person counts. */
export function fieldWords(path: Path, say: Say): string {
  return path.map((segment) => (typeof segment === 'number' ? String(segment + 1) : isCriterion(segment) ? say(`criterion_${segment}`) : String(segment))).join(' › ');
}

function dealProblem(path: Path, message: string, deal: unknown, index: number, say: Say): string {
  const name = textAt(deal, 'opportunity', 'name') ?? say('backup_problem_deal_number', String(index + 1));
  if (message === DEAL_TWICE) return say('backup_problem_deal_twice', name);
  const [section, personKey, ...field] = path;
  if (section === 'contacts' && typeof personKey === 'string' && field.length > 0) {
    const person = textAt(deal, 'contacts', personKey, 'page', 'name') ?? personKey;
    return say('backup_problem_deal_person', name, person, fieldWords(field, say));
  }
  return say('backup_problem_deal', name, fieldWords(path, say));
}

/** The problem behind the first issue of a file that failed `backupSchema`. */
export function problemOf(issue: z.core.$ZodIssue, file: unknown, say: Say): string {
  const [section, at, ...rest] = issue.path;
  const deals = isObject(file) ? file.deals : undefined;
  if (section === 'deals' && typeof at === 'number' && Array.isArray(deals)) return dealProblem(rest, issue.message, deals[at], at, say);
  if (section === 'assessments' && typeof at === 'string') return say('backup_problem_assessment', at, fieldWords(rest, say));
  if (section === 'settings') return say('backup_problem_settings', fieldWords(issue.path.slice(1), say) || String(section));
  if (section === 'quarantine' && typeof at === 'string') return say('backup_problem_set_aside', at);
  return say('backup_problem_header', fieldWords(issue.path, say));
}
