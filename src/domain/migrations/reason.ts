/**
 * Why a stored value could not be read, in one line: kept with the quarantine report so whoever
 * looks at a set-aside value (the rep, support, a developer) knows which field broke.
 */
import type * as z from 'zod/mini';

export function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'not valid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/*
 * zod/mini loads no locale (classic zod installed its English one for every importer), so an issue
 * without a message of ours would read "Invalid input", whatever broke. `inWords` words the issues
 * our schemas raise as that English locale did, so the reasons and the logs read as before.
 */
const UNITS: Readonly<Record<string, string>> = { string: 'characters', array: 'items', set: 'items', map: 'entries', file: 'bytes' };
const FORMATS: Readonly<Record<string, string>> = { email: 'email address', url: 'URL', datetime: 'ISO datetime', date: 'ISO date', time: 'ISO time' };

/** What a value is, in the locale's words: `number`, `Infinity`, `NaN`, `null`, `array`, a class's name. */
function typeOf(input: unknown): string {
  if (typeof input === 'number') return Number.isFinite(input) ? 'number' : String(input);
  if (input === null) return 'null';
  if (typeof input !== 'object') return typeof input;
  if (Array.isArray(input)) return 'array';
  return Object.getPrototypeOf(input) === Object.prototype ? 'object' : ((input as { constructor?: { name?: string } }).constructor?.name ?? 'object');
}
const shown = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : String(value));

/**
 * Parse options that word every issue without a message of ours (a refine's or a regex's own
 * message still wins): `schema.safeParse(value, inWords)` wherever an issue's text is kept or logged.
 */
export const inWords: z.core.ParseContext<z.core.$ZodIssue> = {
  error(issue) {
    switch (issue.code) {
      case 'invalid_type':
        return `Invalid input: expected ${issue.expected}, received ${typeOf(issue.input)}`;
      case 'invalid_value':
        return issue.values.length === 1 ? `Invalid input: expected ${shown(issue.values[0])}` : `Invalid option: expected one of ${issue.values.map(shown).join('|')}`;
      case 'too_big':
      case 'too_small': {
        const big = issue.code === 'too_big';
        const bound = big ? issue.maximum : issue.minimum;
        const adjective = issue.exact ? 'exactly ' : issue.inclusive ? (big ? '<=' : '>=') : big ? '<' : '>';
        const unit = UNITS[issue.origin];
        return `Too ${big ? 'big' : 'small'}: expected ${issue.origin} to ${unit ? `have ${adjective}${bound} ${unit}` : `be ${adjective}${bound}`}`;
      }
      case 'invalid_format':
        if (issue.format === 'regex') return `Invalid string: must match pattern ${issue.pattern}`;
        return `Invalid ${FORMATS[issue.format] ?? issue.format}`;
      case 'unrecognized_keys':
        return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map(shown).join(', ')}`;
      case 'invalid_key':
        return `Invalid key in ${issue.origin}`;
      case 'invalid_element':
        return `Invalid value in ${issue.origin}`;
      default:
        return undefined;
    }
  },
};
