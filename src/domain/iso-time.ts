/**
 * Epoch milliseconds of a stored date or time, exactly as Date.parse reads it. The two forms the
 * store writes (YYYY-MM-DD, and toISOString's YYYY-MM-DDTHH:MM:SS.sssZ) are read digit by digit:
 * the gap engine compares a pipeline's dates by the thousand (last touches, reassessments), and
 * Date.parse, which accepts every form, cost it more than the rules themselves. Anything else, and
 * any field out of range, goes to Date.parse.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

/** The number written at [from, to) in decimal digits; -1 when any of them is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant, "chrono-compatible low-level date
 * algorithms"); a day past the month's end runs into the next month, as Date.parse lets it.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

const at = (text: string, i: number, char: string) => text.charCodeAt(i) === char.charCodeAt(0);

export function timeOf(text: string): number {
  const isDate = text.length === 10;
  const isTime = text.length === 24 && at(text, 10, 'T') && at(text, 13, ':') && at(text, 16, ':') && at(text, 19, '.') && at(text, 23, 'Z');
  if (!(isDate || isTime) || !at(text, 4, '-') || !at(text, 7, '-')) return Date.parse(text);
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return Date.parse(text);
  const midnight = daysFromCivil(year, month, day) * DAY_MS;
  if (isDate) return midnight;
  const hours = digits(text, 11, 13);
  const minutes = digits(text, 14, 16);
  const seconds = digits(text, 17, 19);
  const millis = digits(text, 20, 23);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59 || millis < 0) return Date.parse(text);
  return midnight + ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}
