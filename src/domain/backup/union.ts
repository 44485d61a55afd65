/** Joining two lists of the rep's entries without duplicates and within a bound. */

export interface Union<T> {
  items: T[];
  /** Entries of the second list left out because the bound was reached. */
  overLimit: number;
}

/**
 * Every entry of `current` (it is already within the bound), then each entry of `added` whose key
 * is new, until `max`: what the rep has in this browser is never the part that gets cut.
 */
export function unionBy<T>(current: readonly T[], added: readonly T[], keyOf: (item: T) => string, max: number): Union<T> {
  const seen = new Set(current.map(keyOf));
  const items = [...current];
  let overLimit = 0;
  for (const item of added) {
    const key = keyOf(item);
    if (seen.has(key)) continue;
    seen.add(key);
    if (items.length < max) items.push(item);
    else overLimit++;
  }
  return { items, overLimit };
}
