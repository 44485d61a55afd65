/**
 * zod only as `zod/mini` (issue 8's bundle budgets). Classic zod's schemas carry every method, so a
 * bundle can't leave any of them out (~96 KiB minified in each); importing it once, anywhere, also
 * installs its English locale and brings that along. zod/mini is functions, which a bundle keeps
 * only when used. Type-only imports count too: one form for every file keeps the rule simple.
 */
import { expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(import.meta.dirname, '../../../src');
const ALLOWED = 'zod/mini';

/** Every module specifier naming zod or one of its subpaths: import/export … from, bare import, import(), require(). */
const ZOD_SPECIFIER = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*(['"`])(zod(?:\/[^'"`]*)?)\1/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : /\.(?:[cm]?[jt]sx?)$/.test(entry.name) ? [path.join(dir, entry.name)] : [],
  );
}

const zodImportsIn = (code: string): string[] => [...code.matchAll(ZOD_SPECIFIER)].map((match) => match[2]!);

test('the scan sees every way of importing zod', () => {
  const named = {
    "import * as z from 'zod';": ['zod'],
    'import { z } from "zod";': ['zod'],
    "import type * as z from 'zod';": ['zod'],
    "import type { ZodType } from 'zod/v4';": ['zod/v4'],
    "export { object } from 'zod/v4/classic';": ['zod/v4/classic'],
    "import 'zod/locales';": ['zod/locales'],
    "const z = await import('zod');": ['zod'],
    "const z = require('zod');": ['zod'],
    "import * as z from 'zod/mini';": ['zod/mini'],
    "import * as z from 'zod/v4-mini';": ['zod/v4-mini'],
    "import { zodLike } from './zod-like';": [],
    "import { x } from 'zodiac';": [],
  };
  for (const [code, specifiers] of Object.entries(named)) expect(zodImportsIn(code), code).toEqual(specifiers);
});

test(`every file under src/ that imports zod imports '${ALLOWED}', and nothing else of it`, () => {
  const files = sourceFiles(SRC).map((file) => ({ file: path.relative(SRC, file), imports: zodImportsIn(readFileSync(file, 'utf8')) }));
  const offenders = files.flatMap(({ file, imports }) => imports.filter((specifier) => specifier !== ALLOWED).map((specifier) => `${file}: '${specifier}'`));
  expect(offenders).toEqual([]);
  // The scan did read the sources: the schemas' files import zod/mini.
  expect(files.filter(({ imports }) => imports.length > 0).length).toBeGreaterThan(10);
});
