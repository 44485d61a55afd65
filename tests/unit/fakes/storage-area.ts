/**
 * An in-memory stand-in for a browser storage area with the real API's async shape and copy
 * semantics (values are cloned in and out, as the browser serialises them).
 */
export function createStorageArea() {
  const data = new Map<string, unknown>();
  const area = {
    data,
    async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
      // A macrotask between the read and its result, as in a real browser, lets interleavings happen.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const wanted = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items: Record<string, unknown>): Promise<void> {
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys: string | string[]): Promise<void> {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
  return area;
}
