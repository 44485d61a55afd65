// `npm run package` (after the production build): store-ready zips of dist/chrome and
// dist/firefox, plus the source archive Firefox's add-on review asks for when code is bundled.
import { zipSync } from 'fflate';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'artifacts');
const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
// Fixed timestamps make the archives byte-for-byte reproducible from the same tree.
const mtime = new Date('2026-01-01T00:00:00Z');

async function collect(dir, base = dir, files = {}) {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await collect(full, base, files);
    else files[path.relative(base, full).split(path.sep).join('/')] = [await readFile(full), { mtime }];
  }
  return files;
}

const SOURCE_ITEMS = ['package.json', 'package-lock.json', 'tsconfig.json', 'manifest.json', 'build.mjs', 'README.md', 'src', 'assets', 'scripts'];

const BUILDING = `Coach Network ${version}: building the add-on from this source

Requirements: Linux, macOS or Windows with Node.js 20.19 or later and npm 10 or later.
No other tool, no network access beyond the npm registry for installing dependencies.

  npm ci
  node build.mjs

The add-on is then in dist/firefox (dist/chrome is the Chromium build of the same bundles).
build.mjs bundles src/ with esbuild (minified, no source maps), copies assets/ as they are, and
writes each browser's manifest.json from the one manifest.json at the top. The content scripts,
the background and the options page are one script each; the popup is ES modules: popup.js and
the chunks in chunks/, which it imports from the add-on itself (its later screens on demand).
Nothing is fetched or generated at run time; the bundles contain only this source and the npm
packages pinned in package-lock.json (preact, @preact/signals, zod).
`;

await mkdir(out, { recursive: true });
const written = [];
for (const target of ['chrome', 'firefox']) {
  const file = path.join(out, `coach-network-${version}-${target}.zip`);
  await writeFile(file, zipSync(await collect(path.join(root, 'dist', target)), { level: 9 }));
  written.push(file);
}
const source = { 'BUILDING.txt': [new TextEncoder().encode(BUILDING), { mtime }] };
for (const item of SOURCE_ITEMS) {
  const full = path.join(root, item);
  if ((await stat(full)).isDirectory()) Object.assign(source, Object.fromEntries(Object.entries(await collect(full)).map(([k, v]) => [`${item}/${k}`, v])));
  else source[item] = [await readFile(full), { mtime }];
}
const sourceFile = path.join(out, `coach-network-${version}-source.zip`);
await writeFile(sourceFile, zipSync(source, { level: 9 }));
written.push(sourceFile);
for (const file of written) console.log(`${path.relative(root, file)}  ${((await stat(file)).size / 1024).toFixed(1)} KiB`);
