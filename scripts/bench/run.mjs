// `npm run bench`: builds what it measures, then runs the benchmark of issue 8 (tests/bench/main.ts).
//   node scripts/bench/run.mjs [--rounds=N] [--quick] [--no-build] [--only=<figure>[,<figure>…]]
// --quick takes fewer samples (to try the harness, never to quote); --no-build measures the builds
// already in dist/. --only runs just the figures named (page-cost, badge-latency, churn, popup,
// gap-engine, bundle; tests/bench/main.ts FIGURE_NAMES) and writes artifacts/bench-only.json, never
// bench.json. The harness is TypeScript that imports the extension's own modules (the
// Lightning adapter, the gap engine) and the e2e helpers, so it is loaded through Vite's module
// runner, as vitest loads tests.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const roundsArg = args.find((a) => a.startsWith('--rounds='));
const rounds = roundsArg ? Number(roundsArg.split('=')[1]) : quick ? 3 : 10;
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a positive integer, got ${roundsArg}`);
const onlyArg = args.find((a) => a.startsWith('--only='));

/**
 * Builds (unless --no-build) and copies the result at once: other engineers rebuild dist/ in this
 * working tree while the benchmark runs, and the popup is read from disk each time it opens.
 * @param {string[]} buildArgs
 * @param {string} built the build's Chromium directory
 * @param {string} copy
 */
function buildAndSnapshot(buildArgs, built, copy) {
  if (!args.includes('--no-build')) execFileSync(process.execPath, [path.join(root, 'build.mjs'), ...buildArgs], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  cpSync(built, copy, { recursive: true });
  return copy;
}

const work = mkdtempSync(path.join(tmpdir(), 'coach-network-bench-'));
try {
  /** @type {{ module: typeof import('../../tests/bench/main.ts') }} */
  const { module: bench } = await runnerImport(path.join(root, 'tests', 'bench', 'main.ts'), { root, configFile: false, logLevel: 'error' });
  const only = onlyArg ? bench.parseOnly(onlyArg.slice('--only='.length)) : undefined;
  const builds = {
    extension: buildAndSnapshot([], path.join(root, 'dist', 'chrome'), path.join(work, 'extension')),
    // Only the page-cost figure runs the positive control.
    control: only && !only.includes('page-cost') ? '' : buildAndSnapshot(['--bench-control'], path.join(root, 'dist', 'bench-control', 'chrome'), path.join(work, 'control')),
  };
  await bench.runBench({ builds, work, rounds, quick, only, outputJson: path.join(root, 'artifacts', 'bench.json') });
} finally {
  rmSync(work, { recursive: true, force: true });
}
