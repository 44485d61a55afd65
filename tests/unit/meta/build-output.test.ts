/**
 * What the build ships, checked once per run (one file, so no two tests rebuild dist/ at once):
 * - the manifests: one per browser from the one manifest.json, least privilege, Salesforce's real
 *   domains only;
 * - the store zips and the source archive Firefox's review rebuilds bundled add-ons from, which
 *   must hold everything the build needs and produce the very same files.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, mkdirSync, writeFileSync, symlinkSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
type Manifest = Record<string, any>;
let chrome: Manifest;
let firefox: Manifest;

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))],
  );
}

beforeAll(() => {
  // `npm run package` is the production build followed by the zips.
  execFileSync('npm', ['run', 'package', '--silent'], { cwd: ROOT, stdio: 'pipe' });
  chrome = JSON.parse(readFileSync(path.join(ROOT, 'dist/chrome/manifest.json'), 'utf8'));
  firefox = JSON.parse(readFileSync(path.join(ROOT, 'dist/firefox/manifest.json'), 'utf8'));
}, 120_000);

describe('built manifests', () => {
  test('Chrome runs the background as an MV3 service worker', () => {
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  test('Firefox runs it as background scripts, with a gecko id and no data collection', () => {
    expect(firefox.manifest_version).toBe(3);
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  // What the manifests may ask for (permissions, hosts, match patterns) is least-privilege.test.ts's.

  test('every file the manifests name was built', () => {
    for (const [dir, manifest] of [['chrome', chrome], ['firefox', firefox]] as const) {
      const files = [
        manifest.action.default_popup,
        manifest.options_ui.page,
        ...(manifest.background.scripts ?? [manifest.background.service_worker]),
        ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js),
        ...Object.values(manifest.icons as Record<string, string>),
      ];
      for (const file of files) expect(() => readFileSync(path.join(ROOT, 'dist', dir, file))).not.toThrow();
    }
  });
});

test('the source archive rebuilds byte-identical bundles, with its build instructions', () => {
  const archive = unzipSync(readFileSync(path.join(ROOT, 'artifacts', `coach-network-${version}-source.zip`)));
  expect(new TextDecoder().decode(archive['BUILDING.txt'])).toMatch(/npm ci\s+node build\.mjs/);
  expect(Object.keys(archive).some((name) => name.startsWith('tests/') || name.startsWith('node_modules/'))).toBe(false);

  const dir = mkdtempSync(path.join(os.tmpdir(), 'coach-network-source-'));
  try {
    for (const [name, data] of Object.entries(archive)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), data);
    }
    // Stands in for `npm ci`: the same locked packages.
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    execFileSync(process.execPath, ['build.mjs'], { cwd: dir, stdio: 'pipe' });
    for (const target of ['chrome', 'firefox']) {
      const shipped = unzipSync(readFileSync(path.join(ROOT, 'artifacts', `coach-network-${version}-${target}.zip`)));
      const rebuilt = listFiles(path.join(dir, 'dist', target)).sort();
      expect(rebuilt).toEqual(Object.keys(shipped).sort());
      for (const file of rebuilt) {
        expect(Buffer.compare(readFileSync(path.join(dir, 'dist', target, file)), Buffer.from(shipped[file]!)), `${target}/${file}`).toBe(0);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
