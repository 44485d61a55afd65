import * as fc from 'fast-check';
import { expect, test } from 'vitest';
import { timeOf } from '../../../src/domain/iso-time';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

test.each([
  '2026-11-27',
  '2026-11-27T09:30:15.250Z',
  '0001-01-01',
  '9999-12-31T23:59:59.999Z',
  // Forms the store does not write, read by Date.parse itself.
  '2026-11-27T09:30:15Z',
  '2026-11-27T09:30Z',
  '2026-11-27T09:30:15.5Z',
  '2026-11-27T24:00:00.000Z',
  '2026-11-27T09:30:15.000+02:00',
  '+002026-11-27',
  // Out of range, or no date at all: NaN, as Date.parse says.
  '2026-13-01',
  '2026-00-10',
  '2026-11-32',
  '2026-11-27T09:60:00.000Z',
  '2026-1x-27',
  '',
  'yesterday',
])('%j reads as Date.parse reads it', (text) => {
  expect(Object.is(timeOf(text), Date.parse(text))).toBe(true);
});

test('a day past the end of its month runs into the next one, as in Date.parse', () => {
  expect(timeOf('2026-02-30')).toBe(Date.parse('2026-03-02'));
});

test('every date and time of the stored forms, and near misses, read as Date.parse reads them', () => {
  const fields = fc.record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 0, max: 14 }),
    day: fc.integer({ min: 0, max: 33 }),
    hours: fc.integer({ min: 0, max: 25 }),
    minutes: fc.integer({ min: 0, max: 61 }),
    seconds: fc.integer({ min: 0, max: 61 }),
    millis: fc.integer({ min: 0, max: 999 }),
  });
  fc.assert(
    fc.property(fields, fc.boolean(), ({ year, month, day, hours, minutes, seconds, millis }, withTime) => {
      const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
      const text = withTime ? `${date}T${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(millis, 3)}Z` : date;
      expect(Object.is(timeOf(text), Date.parse(text))).toBe(true);
    }),
    { numRuns: 5000 },
  );
  fc.assert(
    fc.property(fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), (date) => {
      const iso = date.toISOString();
      expect(timeOf(iso)).toBe(date.getTime());
      expect(timeOf(iso.slice(0, 10))).toBe(Date.parse(iso.slice(0, 10)));
    }),
    { numRuns: 2000 },
  );
});
