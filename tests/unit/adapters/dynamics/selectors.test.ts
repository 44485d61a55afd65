/**
 * Meta-tests that keep the Dynamics selector table honest: every selector matches something in a
 * saved fixture, and no other adapter file carries a selector string of its own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as selectors from '../../../../src/content/adapters/dynamics/selectors';
import { loadAllDynamics } from './fixtures';

const ADAPTER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../src/content/adapters/dynamics');
const pages = loadAllDynamics();
const entries = Object.entries(selectors);

describe('the Dynamics selector table', () => {
  it('exports only selector strings', () => {
    expect(entries.length).toBeGreaterThan(15);
    for (const [name, value] of entries) expect(typeof value, name).toBe('string');
  });

  it.each(entries)('%s matches an element in at least one fixture', (_name, selector) => {
    const users = pages.filter(({ doc }) => doc.querySelector(selector as string) !== null).map((p) => p.name);
    expect(users.length).toBeGreaterThan(0);
  });

  it('uses no generated class names: only ag-grid\'s own (ag-*) classes, attributes, ids and tags', () => {
    for (const [name, value] of entries) {
      for (const cls of (value as string).match(/(?<![\w"-])\.[A-Za-z_-][\w-]*/g) ?? []) expect(cls, name).toMatch(/^\.ag-[a-z-]+$/);
      expect(value as string, name).not.toMatch(/class[*^$~|]?=/);
    }
  });

  it('is the only adapter file with selector strings, innerHTML or innerText', () => {
    const others = readdirSync(ADAPTER_DIR).filter((file) => file.endsWith('.ts') && file !== 'selectors.ts');
    expect(others.length).toBeGreaterThan(2);
    for (const file of others) {
      const code = readFileSync(`${ADAPTER_DIR}/${file}`, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/\.(querySelector(All)?|closest|matches)\(\s*['"`]/);
            expect(code, file).not.toMatch(/\binner(HTML|Text)\b/);
    }
  });
});
