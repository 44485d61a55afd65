import { describe, expect, it } from 'vitest';
import { validateDraft, type Draft } from '../../../src/popup/model/drafts';
import { isCalendarDate, todayLocal } from '../../../src/popup/model/dates';
import { tabFromSearch } from '../../../src/popup/model/tab-param';

const TOM = 'salesforce:003TOM';
const TODAY = '2026-11-27';
const id = () => 'e1';
const check = (draft: Draft) => validateDraft(draft, TOM, TODAY, id);

describe('validateDraft', () => {
  const intel = (patch: Partial<Extract<Draft, { kind: 'intelligence' }>> = {}): Draft => ({
    kind: 'intelligence', topic: 'funding', specific: true, date: TODAY, text: 'Board approves in March', corroboratedBy: [], ...patch,
  });

  it('turns intelligence into add-intelligence, trimmed, without the source among its corroborators', () => {
    expect(check(intel({ text: '  x  ', corroboratedBy: ['salesforce:003A', TOM, 'salesforce:003A'] }))).toEqual({
      ok: true,
      submission: { kind: 'edit', action: { type: 'add-intelligence', entry: { id: 'e1', source: TOM, date: TODAY, topic: 'funding', specific: true, text: 'x', corroboratedBy: ['salesforce:003A'] } } },
    });
  });

  it('names every wrong field of a draft at once', () => {
    expect(check(intel({ text: ' ', date: '' }))).toEqual({ ok: false, errors: { text: 'text-required', date: 'date-required' } });
    expect(check(intel({ date: '2026-02-30' }))).toEqual({ ok: false, errors: { date: 'date-invalid' } });
    expect(check(intel({ date: '27.11.2026' }))).toEqual({ ok: false, errors: { date: 'date-invalid' } });
    expect(check(intel({ date: '2026-11-28' }))).toEqual({ ok: false, errors: { date: 'date-future' } });
    expect(check(intel({ text: 'x'.repeat(4001) }))).toEqual({ ok: false, errors: { text: 'too-long' } });
  });

  it('lets a value given go without text, but not without a date', () => {
    const value = (date: string): Draft => ({ kind: 'value', valueKind: 'help-with-win', date, text: '' });
    expect(check(value(TODAY))).toEqual({ ok: true, submission: { kind: 'edit', action: { type: 'add-value', entry: { id: 'e1', to: TOM, date: TODAY, kind: 'help-with-win', text: '' } } } });
    expect(check(value(''))).toEqual({ ok: false, errors: { date: 'date-required' } });
  });

  it('sends evidence (empty clears it) and wins as they are, within their bounds', () => {
    expect(check({ kind: 'evidence', criterion: 'hasCredibility', text: ' ' })).toEqual({ ok: true, submission: { kind: 'criterion', criterion: 'hasCredibility', evidence: '' } });
    expect(check({ kind: 'evidence', criterion: 'hasCredibility', text: 'x'.repeat(2001) })).toEqual({ ok: false, errors: { text: 'too-long' } });
    expect(check({ kind: 'win', personalWin: ' promotion ', organizationResult: '' })).toEqual({
      ok: true,
      submission: { kind: 'edit', action: { type: 'set-win', contact: TOM, personalWin: 'promotion', organizationResult: '' } },
    });
  });
});

describe('dates', () => {
  it('today is the local calendar day', () => {
    expect(todayLocal(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
    expect(todayLocal(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });

  it('knows real calendar days', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
  });
});

describe('?tab=<id>', () => {
  it('accepts a non-negative integer and nothing else', () => {
    expect(tabFromSearch('?tab=42')).toBe(42);
    expect(tabFromSearch('?x=1&tab=0')).toBe(0);
    for (const search of ['', '?tab=', '?tab=-1', '?tab=1.5', '?tab=0x10', '?tab=1e3', '?tab=%2042', '?tab=99999999999999999999', '?tab=abc']) {
      expect(tabFromSearch(search), search).toBeNull();
    }
  });
});
