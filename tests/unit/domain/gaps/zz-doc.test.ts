import { test, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { dealSchema } from '../../../../src/domain/network';
test('doc example parses', () => {
  const md = readFileSync('docs/deal-format.md', 'utf8');
  const json = md.split('```json')[1]!.split('```')[0]!;
  const raw = JSON.parse(json);
  expect(dealSchema.strict().parse(raw)).toEqual(raw);
});
