// Builds dist/chrome (MV3 service worker) and dist/firefox (MV3 background.scripts) from the one
// manifest.json. `--watch` rebuilds on change; `--dev` keeps code readable with inline source maps.
// `--bench-control` builds the positive control of `npm run bench` into dist/bench-control/.
import * as esbuild from 'esbuild';
import { existsSync, watch as watchFiles } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { buildLocales } from './scripts/locales.mjs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const dev = args.has('--dev') || watch;
/**
 * The benchmark's positive control (issue 8): the production build, except that the content script
 * busy-waits 20 ms before it starts reading the page. The page-cost figure must show it as about +20 ms, or the
 * harness can't see cost. Written apart (dist/bench-control/) so it never replaces the real build.
 */
const benchControl = args.has('--bench-control');
const distRoot = path.join(root, 'dist', ...(benchControl ? ['bench-control'] : []));

export const GECKO_ID = 'coach-network@coach-network.example';
const TARGETS = ['chrome', 'firefox'];
const ENTRIES = {
  // The gate on every CRM page; the reader, injected by the background on opportunity pages only.
  content: 'src/content/gate.ts',
  'content-reader': 'src/content/index.ts',
  background: 'src/background/index.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
};
/**
 * Entries built as ES modules with code splitting, each with the page that loads it: a page of the
 * extension may import(), so what is not on its first screen comes in chunks of its own, loaded on
 * demand (src/popup/lazy.ts). The service worker and the content scripts can't (classic scripts),
 * so they stay one IIFE each, as the options page does.
 */
const MODULE_ENTRIES = { popup: 'popup.html' };
/** Where the split entries' chunks go, beside the entries, for both browsers. */
const CHUNKS_DIR = 'chunks';

/** The one manifest, shaped for each browser. */
export function manifestFor(target, base) {
  const manifest = structuredClone(base);
  if (target === 'firefox') {
    // Firefox MV3 has no extension service worker: the same bundle runs as an event page.
    manifest.background = { scripts: [base.background.service_worker] };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // 140 is the first release that reads data_collection_permissions.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142.
      gecko_android: { strict_min_version: '142.0' },
    };
  } else {
    // 116: storage.session readable from the worker and action.openPopup(); both are used.
    manifest.minimum_chrome_version = '116';
  }
  return manifest;
}

/** One at a time: watching, both builds and the asset watchers call it, and each copy starts with a removal. */
let lastWrite = Promise.resolve();
function writeTargets() {
  lastWrite = lastWrite.then(writeTargetsNow, writeTargetsNow);
  return lastWrite;
}

async function writeTargetsNow() {
  const base = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
  const locales = await buildLocales(path.join(root, 'src', 'i18n'));
  for (const target of TARGETS) {
    const out = path.join(distRoot, target);
    await mkdir(out, { recursive: true });
    await cp(path.join(root, 'assets'), out, { recursive: true });
    for (const [locale, messages] of Object.entries(locales)) {
      await mkdir(path.join(out, '_locales', locale), { recursive: true });
      await writeFile(path.join(out, '_locales', locale, 'messages.json'), JSON.stringify(messages, null, 1) + '\n');
    }
    if (target !== 'chrome') {
      // The scripts and the split entries' chunks, as built into dist/chrome.
      for (const file of [...Object.keys(ENTRIES).map((name) => `${name}.js`), CHUNKS_DIR]) {
        const built = path.join(distRoot, 'chrome', file);
        // Watching, the two builds end apart: each copies what it built when it ends.
        if (watch && !existsSync(built)) continue;
        await rm(path.join(out, file), { recursive: true, force: true });
        await cp(built, path.join(out, file), { recursive: true });
      }
    }
    for (const [name, page] of Object.entries(MODULE_ENTRIES)) await writeFile(path.join(out, page), withPreloads(await readFile(path.join(root, 'assets', page), 'utf8'), name));
    await writeFile(path.join(out, 'manifest.json'), JSON.stringify(manifestFor(target, base), null, 2) + '\n');
  }
}

/**
 * What each module entry loads before its first render (the `first` of loadGraph), from the last
 * build of the module entries. Watching, the first copy may come before that build has ended: its
 * page then goes without preloads until the build's own copy.
 */
const firstLoads = {};

/**
 * The page with a `<link rel="modulepreload">` per chunk its entry loads before its first render,
 * where the page has `<!-- modulepreload -->`: the browser fetches and compiles them all while it
 * parses the page, instead of one import after another (the entry imports the popup, which imports
 * its chunks). Issue 8, figure 4: the popup's first render.
 */
const PRELOADS_HERE = '<!-- modulepreload -->';
function withPreloads(html, name) {
  if (!html.includes(PRELOADS_HERE)) throw new Error(`assets/${MODULE_ENTRIES[name]} has no ${PRELOADS_HERE}`);
  const chunks = (firstLoads[name] ?? []).filter((file) => file !== `${name}.js`);
  return html.replace(PRELOADS_HERE, chunks.map((file) => `<link rel="modulepreload" href="${file}">`).join('\n    '));
}

const copyToTargets = {
  name: 'copy-to-targets',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length > 0) return;
      await writeTargets();
      if (watch) console.log(`[${new Date().toLocaleTimeString()}] built dist/chrome and dist/firefox`);
    });
  },
};

/** Prepends the control's busy wait to the content script's entry module only. */
const busyWaitAtContentStart = {
  name: 'bench-control',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]content[\\/]index\.ts$/ }, async ({ path: file }) => ({
      contents: `{ const until = performance.now() + 20; while (performance.now() < until); }\n${await readFile(file, 'utf8')}`,
      loader: 'ts',
    }));
  },
};

/**
 * Preact's one HTML sink: `dom.innerHTML = props.dangerouslySetInnerHTML.__html`. No component of
 * ours passes that prop (tests/unit/meta/no-html-sinks.test.ts), so the build turns it into a
 * textContent assignment: the shipped code holds no HTML sink at all, and web-ext lint has nothing
 * to warn about. A preact whose code no longer matches stops the build rather than ship the sink.
 */
const PREACT_HTML_SINK = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/;
const preactWithoutHtmlSink = {
  name: 'preact-without-html-sink',
  setup(build) {
    build.onLoad({ filter: /[\\/]preact[\\/]dist[\\/]preact\.mjs$/ }, async ({ path: file }) => {
      const source = await readFile(file, 'utf8');
      if (!PREACT_HTML_SINK.test(source)) throw new Error(`${file}: preact's innerHTML assignment changed; review it before building`);
      return { contents: source.replace(PREACT_HTML_SINK, '($1.textContent=$2.__html)'), loader: 'js' };
    });
  },
};

/**
 * zod declares its schema and check constructors free of side effects (`@__NO_SIDE_EFFECTS__`),
 * but esbuild honours that only within zod's own files: at our call sites every `z.object(…)` and
 * `….check(…)` counts as code that must run, so each bundle carried, and built at start, every
 * schema of every module it touches (the content script built ~130, most never used). Marking our
 * `z.…(` calls `@__PURE__` says at the call site what zod says at the declaration; esbuild then drops
 * the schemas nothing uses. A call whose result is used is never dropped, and no zod call of ours is a
 * statement run for its effect (`z.config` would be: it is never called).
 */
/** `z.object(`, `z.iso.datetime(`, and chains the formatter split across lines (`z\n  .string()`). */
const ZOD_CALL = /(?<![\w$.])z(?=\s*\.\s*[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*\s*\()/g;
const pureZodCalls = {
  name: 'pure-zod-calls',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.tsx?$/ }, async ({ path: file }) => {
      const source = await readFile(file, 'utf8');
      if (!source.includes("from 'zod/mini'")) return undefined;
      if (/\bz\.config\(/.test(source)) throw new Error(`${file}: z.config() runs for its effect; pure-zod-calls would drop it`);
      return { contents: source.replace(ZOD_CALL, '/* @__PURE__ */ z'), loader: file.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

/** A watch rebuild of the split entries must not leave the previous build's chunks behind. */
const freshChunks = {
  name: 'fresh-chunks',
  setup(build) {
    build.onStart(() => rm(path.join(distRoot, 'chrome', CHUNKS_DIR), { recursive: true, force: true }));
  },
};

/**
 * What a module entry loads, from esbuild's metafile: `first`, before its first render (the entry,
 * what the entry imports, statically or with import() as it starts, and what those import
 * statically); `all`, every file it may load, the lazy chunks included. Paths relative to the
 * output folder. tests/bench/bundle-size.ts reads the same from the built files.
 */
function loadGraph(metafile, name) {
  const inOut = (file) => path.relative(path.join(distRoot, 'chrome'), path.join(root, file));
  const outputs = Object.fromEntries(Object.entries(metafile.outputs).map(([file, output]) => [inOut(file), output]));
  const importsOf = (file, kinds) => (outputs[file]?.imports ?? []).filter((i) => kinds.includes(i.kind) && !i.external).map((i) => inOut(i.path));
  const reach = (from, kinds) => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      importsOf(file, kinds).forEach(visit);
    };
    from.forEach(visit);
    return [...seen];
  };
  const entry = `${name}.js`;
  return {
    first: reach([entry, ...importsOf(entry, ['dynamic-import'])], ['import-statement']),
    all: reach([entry], ['import-statement', 'dynamic-import']),
  };
}

/** Keeps what each module entry loads first, for its page's preloads (withPreloads). */
const recordFirstLoads = {
  name: 'record-first-loads',
  setup(build) {
    build.onEnd((result) => {
      if (!result.metafile) return;
      for (const name of Object.keys(MODULE_ENTRIES)) firstLoads[name] = loadGraph(result.metafile, name).first;
    });
  },
};

const common = {
  absWorkingDir: root,
  outdir: path.join(distRoot, 'chrome'),
  bundle: true,
  // Chrome and Firefox share one bundle, so it targets the older of the two minimum versions.
  target: ['chrome116', 'firefox140'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  minify: !dev,
  sourcemap: dev ? 'inline' : false,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
  logLevel: 'warning',
};
const entriesAs = (modules) => Object.fromEntries(Object.entries(ENTRIES).filter(([name]) => name in MODULE_ENTRIES === modules));
/** Every entry that runs as a classic script: one IIFE each. */
const scriptBuild = {
  ...common,
  entryPoints: entriesAs(false),
  format: 'iife',
  plugins: [preactWithoutHtmlSink, pureZodCalls, ...(benchControl ? [busyWaitAtContentStart] : []), ...(watch ? [copyToTargets] : [])],
};
/** The extension pages that load as `<script type="module">`: the entry, and its lazy parts in chunks/. */
const moduleBuild = {
  ...common,
  entryPoints: entriesAs(true),
  format: 'esm',
  splitting: true,
  chunkNames: `${CHUNKS_DIR}/[name]-[hash]`,
  // A chunk's name holds a hash that depends on where its inputs are, as esbuild resolves them:
  // with node_modules a link to elsewhere (the source archive's rebuild in build-output.test.ts)
  // the same sources would name their chunks differently. After `npm ci` nothing is a link.
  preserveSymlinks: true,
  metafile: true,
  plugins: [preactWithoutHtmlSink, pureZodCalls, freshChunks, recordFirstLoads, ...(watch ? [copyToTargets] : [])],
};

/**
 * Size of each entry as shipped and as transferred (gzip), for the budget in issue reports; a
 * module entry's first load and all it may load (loadGraph), each file gzipped on its own.
 */
async function printSizes(metafile) {
  const sizes = async (files) => {
    const codes = await Promise.all(files.map((file) => readFile(path.join(distRoot, 'chrome', file))));
    return codes.reduce(([raw, gzip], code) => [raw + code.length, gzip + gzipSync(code, { level: 9 }).length], [0, 0]);
  };
  const line = (label, [raw, gzip]) => console.log(`  ${label.padEnd(24)} ${(raw / 1024).toFixed(1).padStart(7)} KiB  ${(gzip / 1024).toFixed(1).padStart(6)} KiB gzip`);
  for (const name of Object.keys(ENTRIES)) {
    const file = `${name}.js`;
    if (!(name in MODULE_ENTRIES)) {
      line(file, await sizes([file]));
      continue;
    }
    const { first, all } = loadGraph(metafile, name);
    line(`${file} first load`, await sizes(first));
    line(`  + lazy chunks (${all.length - first.length})`, await sizes(all.filter((f) => !first.includes(f))));
    line('  all chunks', await sizes(all));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await rm(distRoot, { recursive: true, force: true });
  if (watch) {
    for (const build of [scriptBuild, moduleBuild]) await (await esbuild.context(build)).watch();
    // esbuild watches what it bundles; html, css, icons and locales are copied, so watch them too.
    watchFiles(path.join(root, 'assets'), { recursive: true }, () => void writeTargets());
    watchFiles(path.join(root, 'manifest.json'), () => void writeTargets());
    watchFiles(path.join(root, 'src', 'i18n'), { recursive: true }, () => void writeTargets());
    console.log('watching src/, assets/ and manifest.json … (Ctrl+C to stop)');
  } else {
    const [, modules] = await Promise.all([esbuild.build(scriptBuild), esbuild.build(moduleBuild)]);
    await writeTargets();
    const out = path.relative(root, distRoot);
    console.log(`built ${out}/chrome and ${out}/firefox (${dev ? 'development' : 'production'}${benchControl ? ', bench control' : ''})`);
    if (!dev) await printSizes(modules.metafile);
  }
}
