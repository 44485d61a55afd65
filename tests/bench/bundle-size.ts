/** Figure 6: each entry as shipped (raw) and as transferred or stored compressed (gzip -9, as build.mjs prints it). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const ENTRIES = ['content', 'content-reader', 'background', 'popup', 'options'] as const;
export type Entry = (typeof ENTRIES)[number];

export interface BundleSize {
  entry: Entry;
  rawBytes: number;
  gzipBytes: number;
}

export function bundleSizes(chromeDir: string): BundleSize[] {
  return ENTRIES.map((entry) => {
    const code = readFileSync(path.join(chromeDir, `${entry}.js`));
    return { entry, rawBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
  });
}
