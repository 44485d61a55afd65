/**
 * The built manifests are what the stores and browsers see: one per browser from the one
 * manifest.json, least privilege, Salesforce's real domains only.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');
type Manifest = Record<string, any>;
let chrome: Manifest;
let firefox: Manifest;

beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, 'build.mjs')], { cwd: ROOT });
  chrome = JSON.parse(readFileSync(path.join(ROOT, 'dist/chrome/manifest.json'), 'utf8'));
  firefox = JSON.parse(readFileSync(path.join(ROOT, 'dist/firefox/manifest.json'), 'utf8'));
}, 60_000);

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

  test.each(['chrome', 'firefox'])('%s asks only for storage and matches only Salesforce’s real domains', (name) => {
    const manifest = name === 'chrome' ? chrome : firefox;
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect(matches).toEqual(['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*']);
    expect(JSON.stringify(manifest)).not.toMatch(/localhost|127\.0\.0\.1|<all_urls>|http:\/\//);
  });

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
