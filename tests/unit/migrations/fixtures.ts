/** The stored-data fixtures of every storage schema version (tests/fixtures/storage/v<n>-store.json). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/storage');

export interface StoreFixture {
  version: number;
  file: string;
  items: Record<string, unknown>;
}

export function storeFixtures(): StoreFixture[] {
  return readdirSync(DIR)
    .flatMap((file) => {
      const match = /^v(\d+)-store\.json$/.exec(file);
      return match ? [{ version: Number(match[1]), file, items: loadStore(file) }] : [];
    })
    .sort((a, b) => a.version - b.version);
}

export function loadStore(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as Record<string, unknown>;
}
