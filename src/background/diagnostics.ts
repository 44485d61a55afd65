/**
 * The diagnostics log: the last failed reads, so a rep can pass on what went wrong even after
 * leaving the page. Repeats of the same failure on the same page collapse into one entry with a
 * count, so a page re-reporting on every navigation can't push older, different failures out.
 */
import { browser } from '../platform/browser';
import { DIAGNOSTICS_MAX, diagnosticsSchema, type DiagnosticEntry, type Unreadable } from '../messaging/protocol';
import { inWords } from '../domain/migrations/reason';
import { enqueue, persist, quarantine } from './store';

export const DIAGNOSTICS_KEY = 'diagnostics';

/** The page without its query and fragment: enough to find it again, nothing the rep typed. */
function pageOf(url: string): string {
  try {
    const { origin, pathname } = new URL(url);
    return `${origin}${pathname}`.slice(0, 2000);
  } catch {
    return '';
  }
}

/** Pure: the log with one more failure, repeats collapsed, oldest dropped beyond the cap. */
export function withFailure(log: readonly DiagnosticEntry[], unreadable: Unreadable, at: Date): DiagnosticEntry[] {
  const page = pageOf(unreadable.url);
  const now = at.toISOString();
  const last = log.at(-1);
  if (last && last.page === page && last.code === unreadable.code && last.reason === unreadable.reason) {
    return [...log.slice(0, -1), { ...last, lastAt: now, times: last.times + 1 }];
  }
  const entry: DiagnosticEntry = { code: unreadable.code, reason: unreadable.reason, page, opportunityKey: unreadable.opportunityKey, firstAt: now, lastAt: now, times: 1 };
  return [...log, entry].slice(-DIAGNOSTICS_MAX);
}

async function readLog(now: Date): Promise<DiagnosticEntry[]> {
  const raw = (await browser.storage.local.get(DIAGNOSTICS_KEY))[DIAGNOSTICS_KEY];
  if (raw === undefined) return [];
  const parsed = diagnosticsSchema.safeParse(raw, inWords);
  if (parsed.success) return parsed.data;
  await quarantine(DIAGNOSTICS_KEY, raw, now, parsed.error.issues[0]);
  return [];
}

export function recordFailure(unreadable: Unreadable, now: Date): Promise<void> {
  return enqueue(async () => {
    await persist({ [DIAGNOSTICS_KEY]: withFailure(await readLog(now), unreadable, now) });
  });
}

export function getDiagnostics(now: Date): Promise<DiagnosticEntry[]> {
  return enqueue(() => readLog(now));
}
