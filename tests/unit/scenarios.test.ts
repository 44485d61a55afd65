/**
 * The scenario suite: every tests/scenarios/*.json is a whole deal as the store keeps it (format 1,
 * docs/deal-format.md), with the settings, the moment and the exact gaps the engine must find. A
 * scenario that does not parse as a stored deal fails: scenarios cannot describe impossible states.
 */
import { summarize } from './domain/gaps/builders';
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { computeGaps } from '../../src/domain/gaps';
import { GAP_KINDS, SEVERITIES, type Gap } from '../../src/domain/gaps/types';
import { dealSchema, intelligenceTopicSchema, type Deal } from '../../src/domain/network';
import { nameOf } from '../../src/domain/people';
import { buyingInfluenceRoleSchema } from '../../src/domain/roles';
import { settingsSchema } from '../../src/domain/settings';
import { englishSay } from '../../src/domain/say-english';

const DIR = path.resolve(import.meta.dirname, '../scenarios');

const expectedGapSchema = z.strictObject({
  kind: z.enum(GAP_KINDS),
  severity: z.enum(SEVERITIES),
  people: z.array(z.string()),
  candidates: z.optional(z.array(z.string())),
  role: z.optional(buyingInfluenceRoleSchema),
  topic: z.optional(intelligenceTopicSchema),
  question: z.optional(z.strictObject({ id: z.string(), askWhom: z.nullable(z.string()) })),
});

const scenarioSchema = z.looseObject({
  name: z.string().check(z.minLength(1)),
  story: z.string().check(z.minLength(1)),
  now: z.iso.datetime(),
  settings: z.optional(z.record(z.string(), z.unknown())),
  expected: z.array(expectedGapSchema),
});

interface Scenario {
  file: string;
  name: string;
  raw: Record<string, unknown>;
  meta: z.infer<typeof scenarioSchema>;
}

const scenarios: Scenario[] = readdirSync(DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => {
    const raw = JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as Record<string, unknown>;
    const meta = scenarioSchema.parse(raw);
    return { file, name: meta.name, raw, meta };
  });

/** A stored deal with no key the schema doesn't know (classic zod's `.strict()`). */
const strictDealSchema = z.catchall(dealSchema, z.never());

/** The stored deal: the file without the scenario's own fields, parsed strictly (no stray keys). */
function storedDeal(raw: Record<string, unknown>): { deal: Deal; stored: Record<string, unknown> } {
  const { name: _name, story: _story, now: _now, settings: _settings, expected: _expected, ...stored } = raw;
  return { deal: strictDealSchema.parse(stored), stored };
}

/** A gap reduced to what scenarios state (the rule tests' summary; the question only where stated). */
function comparable(gap: Gap, question: boolean) {
  const { question: asked, ...rest } = summarize(gap);
  return question ? { ...rest, question: asked } : rest;
}

describe.each(scenarios)('$file', ({ raw, meta }) => {
  test('is a stored deal of format 1, complete, with nothing unknown in it', () => {
    expect(raw.format).toBe(1);
    const { deal, stored } = storedDeal(raw);
    // Equal after parsing: every field present, no field the schema would drop or default.
    expect(deal).toEqual(stored);
  });

  test(`finds exactly the expected gaps: ${meta.name}`, () => {
    const { deal } = storedDeal(raw);
    const settings = settingsSchema.parse(meta.settings ?? {});
    const gaps = computeGaps(deal, settings, new Date(meta.now), englishSay);
    const expected = meta.expected.map((e) => ({
      kind: e.kind,
      severity: e.severity,
      people: e.people,
      candidates: e.candidates ?? [],
      role: e.role ?? null,
      topic: e.topic ?? null,
      ...(e.question ? { question: e.question } : {}),
    }));
    expect(gaps.map((gap, i) => comparable(gap, meta.expected[i]?.question !== undefined))).toEqual(expected);
    for (const gap of gaps) {
      expect(gap.why.trim()).not.toBe('');
      expect(gap.nextAction.trim()).not.toBe('');
      for (const person of gap.people) expect(gap.why).toContain(nameOf(deal, person));
    }
  });

  test('is deterministic: the same input gives the same gaps', () => {
    const { deal } = storedDeal(raw);
    const settings = settingsSchema.parse(meta.settings ?? {});
    const now = new Date(meta.now);
    expect(computeGaps(structuredClone(deal), settings, now, englishSay)).toEqual(computeGaps(deal, settings, now, englishSay));
  });
});

describe('the scenario suite', () => {
  test('has at least 25 scenarios with distinct names', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(25);
    expect(new Set(scenarios.map((s) => s.name)).size).toBe(scenarios.length);
  });

  test('every gap kind appears in at least one scenario', () => {
    const seen = new Set(scenarios.flatMap((s) => s.meta.expected.map((e) => e.kind)));
    expect(GAP_KINDS.filter((kind) => !seen.has(kind))).toEqual([]);
  });

  test('at least one scenario expects no gaps at all', () => {
    expect(scenarios.some((s) => s.meta.expected.length === 0)).toBe(true);
  });
});
