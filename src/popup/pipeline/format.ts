/**
 * Pure helpers of the pipeline: relative times in the UI language, the search match, and which
 * urls may be opened. Kept apart from the views so each is a plain input/output table in tests.
 */
import type { PipelineEntry } from '../../domain/view-schema';

const UNITS: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/** "3 days ago", "yesterday", "vor 2 Stunden": the largest whole unit, in the given language. */
export function relativeTime(iso: string, now: Date, locale: string): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  // A stored time slightly ahead of this clock (another device's skew) reads as "now", not "in 2 min".
  const seconds = Math.min(0, (then - now.getTime()) / 1000);
  let format: Intl.RelativeTimeFormat;
  try {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  } catch {
    format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  }
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** The full moment, for the tooltip beside the relative time. */
export function absoluteTime(iso: string, locale: string): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(then);
  } catch {
    return then.toISOString();
  }
}

/** Case- and accent-insensitive ("muller" finds "Müller"), as reps type names from memory. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** Every word of the query must appear in the deal's name, its account or one of its people. */
export function matchesQuery(entry: PipelineEntry, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [entry.name, entry.accountName ?? '', ...entry.people].map(fold);
  return words.every((word) => haystack.some((field) => field.includes(word)));
}

/**
 * Only web pages are opened: the url was read off a page and stored, and a `javascript:` or
 * `file:` address must never become a tab the extension opened on the rep's behalf.
 */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
