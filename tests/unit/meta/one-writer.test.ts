/** The background is the only writer of storage: no other context touches the storage API. */
import { expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(import.meta.dirname, '../../../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

test('only src/background/ uses browser storage', () => {
  const users = files(SRC)
    .filter((file) => /\bstorage\.(local|session|sync|managed)\b/.test(readFileSync(file, 'utf8')))
    .map((file) => path.relative(SRC, file).split(path.sep).join('/'));
  expect(users.length).toBeGreaterThan(0);
  expect(users.filter((file) => !file.startsWith('background/'))).toEqual([]);
});

test('only src/platform/browser.ts imports webextension-polyfill', () => {
  const importers = files(SRC)
    .filter((file) => /from 'webextension-polyfill'/.test(readFileSync(file, 'utf8')))
    .map((file) => path.relative(SRC, file).split(path.sep).join('/'));
  expect(importers).toEqual(['platform/browser.ts']);
});
