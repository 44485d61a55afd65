/**
 * Why a stored value could not be read, in one line: kept with the quarantine report so whoever
 * looks at a set-aside value (the rep, support, a developer) knows which field broke.
 */
import type * as z from 'zod';

export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'not valid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
