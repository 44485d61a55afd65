/**
 * The domain's default voice: the English catalog. Kept apart from say.ts so the content script,
 * which speaks through the browser's i18n, never bundles the catalog.
 */
import english from '../i18n/en/gaps.json';
import type { Say } from './say';

/** A Say reading one catalog, with the browser's $1…$9 substitutions; a missing key says itself. */
export function sayFrom(messages: Readonly<Record<string, string>>): Say {
  return (key, ...substitutions) => (messages[key] ?? key).replace(/\$([1-9])/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

// Pure: a bundle that never calls englishSay (the content script) leaves the English catalog out.
export const englishSay: Say = /* @__PURE__ */ sayFrom(english);
