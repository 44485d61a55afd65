/**
 * Least privilege, checked on what ships (issue 7): both built manifests ask for exactly the
 * permissions in permissions-allowlist.ts, run the content script on the CRMs' hosts only, expose
 * nothing to web pages or other extensions, and carry no key this test hasn't been told about
 * (a new capability is a decision to review here, not a side effect of a build change).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildInTemporaryFolder } from './isolated-build';
import { CRM_CONTENT_SCRIPT_MATCHES, OPTIONAL_HOST_PERMISSIONS, PERMISSIONS } from './permissions-allowlist';

type Manifest = Record<string, any>;
const TARGETS = ['chrome', 'firefox'] as const;
const manifests = {} as Record<(typeof TARGETS)[number], Manifest>;
let build: Awaited<ReturnType<typeof buildInTemporaryFolder>>;

/** Top-level keys the manifests may have. A new one (web_accessible_resources, sandbox, devtools_page …) fails until reviewed. */
const KNOWN_KEYS = {
  chrome: ['manifest_version', 'name', 'short_name', 'description', 'version', 'default_locale', 'icons', 'action', 'options_ui', 'background', 'permissions', 'host_permissions', 'optional_host_permissions', 'content_scripts', 'commands', 'minimum_chrome_version'],
  firefox: ['manifest_version', 'name', 'short_name', 'description', 'version', 'default_locale', 'icons', 'action', 'options_ui', 'background', 'permissions', 'host_permissions', 'optional_host_permissions', 'content_scripts', 'commands', 'browser_specific_settings'],
};

beforeAll(async () => {
  build = await buildInTemporaryFolder();
  for (const target of TARGETS) manifests[target] = JSON.parse(readFileSync(path.join(build.dist, target, 'manifest.json'), 'utf8'));
}, 120_000);

afterAll(() => build?.remove());

describe.each(TARGETS)('the %s manifest', (target) => {
  const manifest = () => manifests[target];

  test('asks for exactly the allowlisted permissions, and hosts beyond the CRMs only at run time, one by one', () => {
    expect([...manifest().permissions].sort()).toEqual(Object.keys(PERMISSIONS).sort());
    expect(manifest().optional_permissions).toBeUndefined();
    // The CRMs' own hosts, exactly the content-script matches: the gate there has the reader injected (executeScript).
    expect(manifest().host_permissions).toEqual(CRM_CONTENT_SCRIPT_MATCHES);
    expect(manifest().optional_host_permissions).toEqual(OPTIONAL_HOST_PERMISSIONS);
  });

  test('runs the content script on the CRMs’ own hosts only, in its isolated world, in no blank or opaque frame', () => {
    const scripts: Manifest[] = manifest().content_scripts;
    expect(scripts.flatMap((script) => script.matches)).toEqual(CRM_CONTENT_SCRIPT_MATCHES);
    for (const script of scripts) {
      expect(script.world ?? 'ISOLATED').toBe('ISOLATED');
      expect(script.match_about_blank ?? false).toBe(false);
      expect(script.match_origin_as_fallback ?? false).toBe(false);
      expect(script.include_globs).toBeUndefined();
    }
  });

  test('exposes no resource to web pages and no message port to pages or other extensions', () => {
    // Should a resource ever be needed: only with use_dynamic_url, so pages can't probe for the extension.
    for (const entry of manifest().web_accessible_resources ?? []) expect(entry.use_dynamic_url).toBe(true);
    const connectable = manifest().externally_connectable;
    if (connectable !== undefined) {
      expect(Object.keys(connectable).every((key) => ['ids', 'matches'].includes(key))).toBe(true);
      expect([...(connectable.ids ?? []), ...(connectable.matches ?? [])]).toEqual([]);
    }
  });

  test('keeps the browser’s default content security policy and updates only through the store', () => {
    // MV3's default for extension pages: script-src 'self' (no eval, no remote script).
    expect(manifest().content_security_policy).toBeUndefined();
    expect(manifest().update_url).toBeUndefined();
    expect(manifest().browser_specific_settings?.gecko?.update_url).toBeUndefined();
  });

  test('has no key this test has not reviewed', () => {
    expect(Object.keys(manifest()).filter((key) => !KNOWN_KEYS[target].includes(key))).toEqual([]);
  });
});
