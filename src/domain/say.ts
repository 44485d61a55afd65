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

/**
 * The catalog keys of one family of messages (`role_` + `economic`, `title_` + `no-coach` →
 * `title_no_coach`), each built once. A key built anew for every sentence is a new string to hash
 * at each catalog lookup, which cost eight times the lookup itself. The names are the domain's own
 * enumerations (roles, kinds, topics, criteria), so the families stay small.
 */
export function keyFamily(prefix: string, suffix = ''): (name: string) => string {
  const keys = new Map<string, string>();
  return (name) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = `${prefix}${name.replace(/-/g, '_')}${suffix}`));
    return key;
  };
}
