/**
 * Meta-tests that keep the HubSpot selector table honest: every selector matches something in a
 * saved fixture, and no other adapter file carries a selector string of its own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as selectors from '../../../../src/content/adapters/hubspot/selectors';
import { loadAllHubspot } from './fixtures';

const ADAPTER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../src/content/adapters/hubspot');
const pages = loadAllHubspot();
const entries = Object.entries(selectors);

describe('the HubSpot selector table', () => {
  it('exports only selector strings', () => {
    expect(entries.length).toBeGreaterThan(15);
    for (const [name, value] of entries) expect(typeof value, name).toBe('string');
  });

  it.each(entries)('%s matches an element in at least one fixture', (_name, selector) => {
    const users = pages.filter(({ doc }) => doc.querySelector(selector as string) !== null).map((p) => p.name);
    expect(users.length).toBeGreaterThan(0);
  });

  it('uses no class names: only data-test-id / data-selenium-test / data-crm-location attributes, ids and tags', () => {
    for (const [name, value] of entries) expect(value as string, name).not.toMatch(/\.[A-Za-z_-]/);
  });

  it('is the only adapter file with selector strings, innerHTML or innerText', () => {
    const others = readdirSync(ADAPTER_DIR).filter((file) => file.endsWith('.ts') && file !== 'selectors.ts');
    expect(others.length).toBeGreaterThan(2);
    for (const file of others) {
      const code = readFileSync(`${ADAPTER_DIR}/${file}`, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/\.(querySelector(All)?|closest|matches)\(\s*['"`]/);
      expect(code, file).not.toMatch(/query(All)?OutsidePreview\([^,]+,\s*['"`]/);
      expect(code, file).not.toMatch(/\binner(HTML|Text)\b/);
    }
  });
});
