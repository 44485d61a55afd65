/**
 * All UI text goes through browser.i18n: every locale translates every message, with the same
 * substitutions, and every key the code asks for exists.
 */
import { expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildLocales } from '../../../scripts/locales.mjs';
import { catalog } from '../fakes/i18n';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

test('every locale translates exactly the English messages, with the same substitutions', async () => {
  const locales = await buildLocales(path.join(ROOT, 'src/i18n'));
  expect(Object.keys(locales).sort()).toEqual(['de', 'en']);
});

test('every message key the code uses exists', () => {
  const english = catalog('en');
  const used = sourceFiles(path.join(ROOT, 'src')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => `${m[1]} (${path.relative(ROOT, file)})`),
  );
  expect(used.filter((entry) => !(entry.split(' ')[0]! in english))).toEqual([]);
});

test('the manifest’s __MSG_…__ names exist', () => {
  const manifest = readFileSync(path.join(ROOT, 'manifest.json'), 'utf8');
  const names = [...manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]!);
  expect(names.length).toBeGreaterThan(0);
  expect(names.filter((n) => !(n in catalog('en')))).toEqual([]);
});
