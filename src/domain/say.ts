/**
 * How the pure domain speaks: every sentence it builds goes through a `Say` function, so the
 * background can pass the browser's i18n (the rep's language) while tests and the engine's own
 * default use the English catalog. Keeps the domain free of browser APIs.
 */
export type Say = (key: string, ...substitutions: string[]) => string;

/** "A", "A and B", "A, B and C" in the rep's language. */
export function listOf(say: Say, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return say('list_and', items.slice(0, -1).join(say('list_separator')), items[items.length - 1]!);
}
