import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KEY_PREFIX, checksumOf, hasKeyPrefix, isSalesforceId, toId18 } from '../../../src/domain/salesforce-id';

/** crm-pages.md §1.3 (Code Golf SE / Salesforce SE test vectors). */
const VECTORS: ReadonlyArray<[id15: string, suffix: string]> = [
  ['a0RE000000IJmcN', 'MAT'],
  ['001A000010khO8J', 'IAU'],
  ['a01M00000062mPg', 'IAI'],
  ['001M000000qfPyS', 'IAU'],
  ['a0FE000000D6r3F', 'MAR'],
  ['0F9E000000092w2', 'KAA'],
  ['aaaaaaaaaaaaaaa', 'AAA'],
  ['a0D30000001n7Pi', 'EAI'],
];

describe('15 → 18 character ids', () => {
  it.each(VECTORS)('%s gets the suffix %s', (id15, suffix) => {
    expect(checksumOf(id15)).toBe(suffix);
    expect(toId18(id15)).toBe(id15 + suffix);
  });

  it.each(VECTORS)('the 18-character form of %s is already canonical', (id15, suffix) => {
    expect(toId18(id15 + suffix)).toBe(id15 + suffix);
  });

  it('restores the case of an 18-character id from its checksum (that is what it is for)', () => {
    expect(toId18('a0re000000ijmcnmat')).toBe('a0RE000000IJmcNMAT');
    expect(toId18('A0RE000000IJMCNMAT')).toBe('a0RE000000IJmcNMAT');
  });

  it('agrees with every Salesforce id of the Lightning fixtures', () => {
    const expected = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/expected.json'), 'utf8');
    const pairs = [...expected.matchAll(/"id": "(\w{18})",\s*"id15": "(\w{15})"/g)];
    expect(pairs.length).toBeGreaterThan(10);
    for (const [, id18, id15] of pairs) expect(toId18(id15!)).toBe(id18);
  });
});

describe('isSalesforceId', () => {
  it.each(['0068V00000kQ3wZQAS', '0068V00000kQ3wZ', '0038V00001cWq2AQAS'])('accepts %s', (id) => {
    expect(isSalesforceId(id)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['0068V00000kQ3w', '14 characters'],
    ['0068V00000kQ3wZQ', '16 characters'],
    ['0068V00000kQ3wZQASX', '19 characters'],
    ['0068V00000kQ3w-QAS', 'a character outside base 62'],
    ['0068V00000kQ3wZ999', 'a suffix outside the checksum alphabet'],
    ['0068V00000kQ3wZ5AS', 'a checksum that marks digits as uppercase'],
    ['Opportunity', 'a word'],
  ])('rejects %j (%s)', (id) => {
    expect(isSalesforceId(id)).toBe(false);
    expect(toId18(id)).toBeNull();
  });
});

describe('key prefixes', () => {
  it.each([
    ['0018V00000tRm4FQAS', KEY_PREFIX.account],
    ['0038V00001cWq2AQAS', KEY_PREFIX.contact],
    ['0058V000004gHt2QAE', KEY_PREFIX.user],
    ['0068V00000kQ3wZQAS', KEY_PREFIX.opportunity],
    ['0068V00000kQ3wZ', KEY_PREFIX.opportunity],
  ] as const)('%s has the prefix %s', (id, prefix) => {
    expect(hasKeyPrefix(id, prefix)).toBe(true);
  });

  it('is false for another object, and for text that is not an id', () => {
    expect(hasKeyPrefix('0038V00001cWq2AQAS', KEY_PREFIX.opportunity)).toBe(false);
    expect(hasKeyPrefix('0058V000004gHt2QAE', KEY_PREFIX.contact)).toBe(false);
    expect(hasKeyPrefix('003', KEY_PREFIX.contact)).toBe(false);
  });

  it('is case-sensitive, as Salesforce prefixes are (00K contact role ≠ 00k line item)', () => {
    // Prefixes are compared on the canonical id, whose case the checksum fixes.
    expect(toId18('00K8V00000Mf3aBUAR')?.startsWith('00K')).toBe(true);
    expect(toId18('00k8v00000mf3abuar')?.startsWith('00K')).toBe(true);
  });
});
