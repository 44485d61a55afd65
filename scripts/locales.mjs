// Builds each locale's messages.json from the catalogs in src/i18n/<locale>/*.json (one file per
// surface, so the popup, the page and the options page keep their own texts). A catalog text uses
// $1…$9 for substitutions; browsers want named placeholders, so they are generated here.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export const DEFAULT_LOCALE = 'en';
const MESSAGE_NAME = /^[A-Za-z0-9_]+$/;

async function catalogOf(dir) {
  const merged = {};
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.json')).sort()) {
    const entries = JSON.parse(await readFile(path.join(dir, file), 'utf8'));
    for (const [key, text] of Object.entries(entries)) {
      if (!MESSAGE_NAME.test(key)) throw new Error(`${file}: message name "${key}" may only hold A-Z a-z 0-9 _`);
      if (key in merged) throw new Error(`${file}: message "${key}" is defined twice`);
      if (typeof text !== 'string') throw new Error(`${file}: message "${key}" is not a string`);
      merged[key] = text;
    }
  }
  return merged;
}

function toMessage(text) {
  const numbers = [...new Set([...text.matchAll(/\$([1-9])/g)].map((m) => m[1]))];
  if (numbers.length === 0) return { message: text.replaceAll('$$', '$$$$') };
  const placeholders = Object.fromEntries(numbers.map((n) => [`p${n}`, { content: `$${n}` }]));
  return { message: text.replace(/\$([1-9])/g, (_, n) => `$P${n}$`), placeholders };
}

/** locale → messages.json content; every locale must translate exactly the default locale's keys. */
export async function buildLocales(i18nDir) {
  const locales = (await readdir(i18nDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const catalogs = Object.fromEntries(await Promise.all(locales.map(async (l) => [l, await catalogOf(path.join(i18nDir, l))])));
  const reference = catalogs[DEFAULT_LOCALE];
  if (!reference) throw new Error(`no ${DEFAULT_LOCALE} catalog in ${i18nDir}`);
  for (const [locale, catalog] of Object.entries(catalogs)) {
    const missing = Object.keys(reference).filter((k) => !(k in catalog));
    const extra = Object.keys(catalog).filter((k) => !(k in reference));
    if (missing.length || extra.length) {
      throw new Error(`locale ${locale}: ${missing.length ? `missing ${missing.join(', ')}` : ''}${extra.length ? ` unknown ${extra.join(', ')}` : ''}`);
    }
    for (const [key, text] of Object.entries(catalog)) {
      const subs = (t) => [...new Set(t.match(/\$[1-9]/g) ?? [])].sort().join();
      if (subs(text) !== subs(reference[key])) throw new Error(`locale ${locale}: "${key}" uses other substitutions than ${DEFAULT_LOCALE}`);
    }
  }
  return Object.fromEntries(Object.entries(catalogs).map(([l, c]) => [l, Object.fromEntries(Object.entries(c).map(([k, t]) => [k, toMessage(t)]))]));
}
