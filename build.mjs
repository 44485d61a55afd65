// Builds dist/chrome (MV3 service worker) and dist/firefox (MV3 background.scripts) from the one
// manifest.json. `--watch` rebuilds on change; `--dev` keeps code readable with inline source maps.
// `--bench-control` builds the positive control of `npm run bench` into dist/bench-control/.
import * as esbuild from 'esbuild';
import { watch as watchFiles } from 'node:fs';
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

async function writeTargets() {
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
      for (const name of Object.keys(ENTRIES)) {
        await cp(path.join(distRoot, 'chrome', `${name}.js`), path.join(out, `${name}.js`));
      }
    }
    await writeFile(path.join(out, 'manifest.json'), JSON.stringify(manifestFor(target, base), null, 2) + '\n');
  }
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

const options = {
  absWorkingDir: root,
  entryPoints: ENTRIES,
  outdir: path.join(distRoot, 'chrome'),
  bundle: true,
  format: 'iife',
  // Both builds share one bundle, so it targets the older of the two minimum versions.
  target: ['chrome116', 'firefox140'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  minify: !dev,
  sourcemap: dev ? 'inline' : false,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
  logLevel: 'warning',
  plugins: [preactWithoutHtmlSink, ...(benchControl ? [busyWaitAtContentStart] : []), copyToTargets],
};

/** Size of each entry as shipped and as transferred (gzip), for the budget in issue reports. */
async function printSizes() {
  for (const name of Object.keys(ENTRIES)) {
    const code = await readFile(path.join(distRoot, 'chrome', `${name}.js`));
    console.log(`  ${`${name}.js`.padEnd(14)} ${(code.length / 1024).toFixed(1).padStart(7)} KiB  ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1).padStart(6)} KiB gzip`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await rm(distRoot, { recursive: true, force: true });
  if (watch) {
    const context = await esbuild.context(options);
    await context.watch();
    // esbuild watches what it bundles; html, css, icons and locales are copied, so watch them too.
    watchFiles(path.join(root, 'assets'), { recursive: true }, () => void writeTargets());
    watchFiles(path.join(root, 'manifest.json'), () => void writeTargets());
    watchFiles(path.join(root, 'src', 'i18n'), { recursive: true }, () => void writeTargets());
    console.log('watching src/, assets/ and manifest.json … (Ctrl+C to stop)');
  } else {
    await esbuild.build(options);
    const out = path.relative(root, distRoot);
    console.log(`built ${out}/chrome and ${out}/firefox (${dev ? 'development' : 'production'}${benchControl ? ', bench control' : ''})`);
    if (!dev) await printSizes();
  }
}
