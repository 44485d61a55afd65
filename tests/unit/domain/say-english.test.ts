import * as fc from 'fast-check';
import { expect, test } from 'vitest';
import { englishSay, sayFrom } from '../../../src/domain/say-english';

/** The browser's i18n substitution, as chrome.i18n.getMessage applies $1…$9: the reference. */
const substituted = (message: string, substitutions: readonly string[]) => message.replace(/\$([1-9])/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');

test('substitutes $1…$9, each as often as it appears; a missing one says nothing', () => {
  const say = sayFrom({ greeting: 'Ask $1 about $2, then $1 again.$3', price: 'Costs $$1 and $10.' });
  expect(say('greeting', 'Priya', 'funding')).toBe('Ask Priya about funding, then Priya again.');
  expect(say('price', '5')).toBe('Costs $5 and 50.');
  // Cut once, said again with other words: the template is not bound to the first call's.
  expect(say('greeting', 'Colm', 'the board', '!')).toBe('Ask Colm about the board, then Colm again.!');
});

test('a missing key says itself', () => {
  expect(sayFrom({})('gap_no_such_key', 'x')).toBe('gap_no_such_key');
});

test('a substitution is not read for placeholders of its own', () => {
  expect(sayFrom({ m: '$1 and $2' })('m', '$2', 'b')).toBe('$2 and b');
});

test('says every catalog message as the browser would, whatever the substitutions', () => {
  const catalog = { a: 'plain', b: '$1', c: '$2 before $1', d: 'x$9y$1z', e: '$', f: '$0 $1' };
  const say = sayFrom(catalog);
  fc.assert(
    fc.property(fc.constantFrom(...(Object.keys(catalog) as (keyof typeof catalog)[])), fc.array(fc.string(), { maxLength: 10 }), (key, substitutions) => {
      expect(say(key, ...substitutions)).toBe(substituted(catalog[key], substitutions));
    }),
  );
});

test('the English catalog is the default voice', () => {
  expect(englishSay('list_and', 'A, B', 'C')).toBe('A, B and C');
});
