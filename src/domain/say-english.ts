/**
 * The domain's default voice: the English catalog. Kept apart from say.ts so the content script,
 * which speaks through the browser's i18n, never bundles the catalog.
 */
import english from '../i18n/en/gaps.json';
import type { Say } from './say';

const ENGLISH: Readonly<Record<string, string>> = english;

export const englishSay: Say = (key, ...substitutions) =>
  (ENGLISH[key] ?? key).replace(/\$([1-9])/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
