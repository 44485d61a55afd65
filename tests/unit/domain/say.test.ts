/**
 * The domain's sentences come from the catalogs: every key it builds exists in every language, and
 * a German rep reads German gaps.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CRITERIA } from '../../../src/domain/criteria';
import { computeGaps } from '../../../src/domain/gaps';
import { GAP_KINDS } from '../../../src/domain/gaps/types';
import { mergePageRead } from '../../../src/domain/merge';
import { CHANGE_KINDS, INTELLIGENCE_TOPICS } from '../../../src/domain/network';
import { QUESTION_BANK } from '../../../src/domain/questions';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { viewDeal } from '../../../src/domain/view';
import { keyFamily, type Say } from '../../../src/domain/say';
import { catalog } from '../fakes/i18n';
import { pageRead } from '../background/fixtures';

const NOW = new Date('2026-11-27T10:00:00Z');
const sayFrom = (messages: Record<string, string>): Say => (key, ...subs) =>
  (messages[key] ?? `MISSING:${key}`).replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');

const keyOf = (text: string) => text.replace(/-/g, '_');
/** The keys the domain builds from its own enumerations. */
const builtKeys = [
  ...GAP_KINDS.map((k) => `title_${keyOf(k)}`),
  ...['economic', 'user', 'technical'].flatMap((r) => [`role_${r}`, `gap_role_uncovered_matters_${r}`]),
  ...INTELLIGENCE_TOPICS.map((t) => `topic_${keyOf(t)}`),
  ...CRITERIA.flatMap((c) => [`criterion_${c}`, `gap_partial_test_${c}`]),
  ...QUESTION_BANK.map((q) => `question_${keyOf(q.id)}`),
  ...CHANGE_KINDS.map((k) => `change_${keyOf(k)}`),
];

function literalSayKeys(): string[] {
  const dir = path.resolve(import.meta.dirname, '../../../src/domain');
  const files = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(d, e.name)) : e.name.endsWith('.ts') ? [path.join(d, e.name)] : []));
  return files(dir).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bsay\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1]!));
}

describe.each(['en', 'de'])('the %s catalog', (locale) => {
  test('has every key the domain uses', () => {
    const messages = catalog(locale);
    expect([...builtKeys, ...literalSayKeys()].filter((k) => !(k in messages))).toEqual([]);
  });
});

test('a German rep reads German gaps, verdict and titles', () => {
  const german = sayFrom(catalog('de'));
  const deal = mergePageRead(undefined, pageRead());
  const gaps = computeGaps(deal, DEFAULT_SETTINGS, NOW, german);
  const noCoach = gaps.find((g) => g.kind === 'no-coach');
  expect(noCoach?.why).toMatch(/Keiner der 2 Kontakte/);
  expect(gaps.map((g) => `${g.why} ${g.nextAction}`).join(' ')).not.toMatch(/MISSING:/);
  expect(viewDeal(deal, DEFAULT_SETTINGS, NOW, new Map(), german).verdict).toBe('Noch kein Coach');
});

test('a family of catalog keys: prefix, name with underscores for dashes, suffix; built once per name', () => {
  const title = keyFamily('title_');
  expect(title('no-coach')).toBe('title_no_coach');
  expect(title('no-coach')).toBe(title('no-coach'));
  expect(keyFamily('question_', '_any')('economic-buyer-cares')).toBe('question_economic_buyer_cares_any');
  expect(keyFamily('criterion_')('wantsOurSolution')).toBe('criterion_wantsOurSolution');
});
