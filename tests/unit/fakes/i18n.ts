/**
 * browser.i18n.getMessage for jsdom tests, from the same catalogs the build ships (English), with
 * the browser's $1…$9 substitution, so tests assert the texts a rep really reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function catalog(locale = 'en'): Record<string, string> {
  const dir = path.resolve(import.meta.dirname, '../../../src/i18n', locale);
  return Object.assign({}, ...readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8'))));
}

const english = catalog();

export function getMessage(key: string, substitutions: string | string[] = []): string {
  const subs = Array.isArray(substitutions) ? substitutions : [substitutions];
  const text = english[key];
  return text === undefined ? '' : text.replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}
