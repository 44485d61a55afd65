/**
 * Figure 6: each entry as shipped (raw) and as transferred or stored compressed (gzip -9, as
 * build.mjs prints it), read from the built files themselves.
 *
 * An entry built as ES modules with code splitting (the popup, build.mjs) is loaded in parts, each
 * file gzipped on its own as it is loaded:
 * - first load: what it loads before its first render: the entry file, the chunks it imports, and
 *   what those import statically, recursively. The entry's own import() counts here too: the
 *   entry is the small module that starts the popup and imports the rest of it at once
 *   (src/popup/index.tsx), so whatever it imports, statically or not, loads before the first render;
 * - all chunks: every file it can load, the lazy parts (import() in any other chunk) included.
 * An entry built as one script is its file in both.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const ENTRIES = ['content', 'content-reader', 'background', 'popup', 'options'] as const;
export type Entry = (typeof ENTRIES)[number];

export interface FilesSize {
  /** Paths relative to the build's folder, entry first. */
  files: string[];
  rawBytes: number;
  /** Sum over the files of each one's gzip -9. */
  gzipBytes: number;
}

export interface BundleSize extends FilesSize {
  entry: Entry;
  /** Every file the entry can load; the same as the first load for an entry that is one script. */
  all: FilesSize;
}

/** `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`, as esbuild writes them (minified). */
const STATIC_IMPORT = /(?<![\w$.])(?:import|export)\s*(?:[\w$]+\s*,?\s*)?(?:\*\s*(?:as\s+[\w$]+\s*)?|\{[^{}]*\}\s*)?(?:from\s*)?["'](\.\.?\/[^"']+)["']/g;
/** `import("./x.js")`. */
const DYNAMIC_IMPORT = /(?<![\w$.])import\(\s*["'](\.\.?\/[^"']+)["']\s*\)/g;

/** The files `file` imports, each relative to the build's folder. */
export function importsOf(dir: string, file: string): { static: string[]; dynamic: string[] } {
  const code = readFileSync(path.join(dir, file), 'utf8');
  const resolve = (matches: IterableIterator<RegExpMatchArray>) => [...new Set([...matches].map((m) => path.posix.join(path.posix.dirname(file), m[1]!)))];
  return { static: resolve(code.matchAll(STATIC_IMPORT)), dynamic: resolve(code.matchAll(DYNAMIC_IMPORT)) };
}

/** `from` and every file it reaches, following static imports, and dynamic ones too when `lazy`. */
function reach(dir: string, from: readonly string[], lazy: boolean): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const { static: statically, dynamic } = importsOf(dir, file);
    for (const next of lazy ? [...statically, ...dynamic] : statically) visit(next);
  };
  for (const file of from) visit(file);
  return [...seen];
}

function sizeOf(dir: string, files: string[]): FilesSize {
  const codes = files.map((file) => readFileSync(path.join(dir, file)));
  return {
    files,
    rawBytes: codes.reduce((sum, code) => sum + code.length, 0),
    gzipBytes: codes.reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0),
  };
}

/** One entry: its first load and all it can load. */
export function bundleSize(dir: string, entry: Entry): BundleSize {
  const file = `${entry}.js`;
  const first = reach(dir, [file, ...importsOf(dir, file).dynamic], false);
  return { entry, ...sizeOf(dir, first), all: sizeOf(dir, reach(dir, [file], true)) };
}

export function bundleSizes(chromeDir: string): BundleSize[] {
  return ENTRIES.map((entry) => bundleSize(chromeDir, entry));
}
