/** Page text is text: no source file may use an HTML sink, so nothing from a page or storage is parsed as markup. */
import { expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(import.meta.dirname, '../../../src');
const SINKS = /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment|DOMParser/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [path.join(dir, entry.name)] : [],
  );
}

test('no HTML sinks anywhere in src/', () => {
  const offenders = sourceFiles(SRC).filter((file) => SINKS.test(readFileSync(file, 'utf8')));
  expect(offenders.map((f) => path.relative(SRC, f))).toEqual([]);
});
