import { describe, expect, it } from 'vitest';
import { isWebUrl, matchesQuery, relativeTime } from '../../../../src/popup/pipeline/format';
import type { PipelineEntry } from '../../../../src/domain/view-schema';

const NOW = new Date('2026-06-10T12:00:00.000Z');
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000).toISOString();

describe('relativeTime', () => {
  it.each([
    [ago(10), 'en', 'now'],
    [ago(5 * 60), 'en', '5 minutes ago'],
    [ago(2 * 3600), 'en', '2 hours ago'],
    [ago(86_400), 'en', 'yesterday'],
    [ago(3 * 86_400), 'en', '3 days ago'],
    [ago(14 * 86_400), 'en', '2 weeks ago'],
    [ago(65 * 86_400), 'en', '2 months ago'],
    [ago(3 * 86_400), 'de', 'vor 3 Tagen'],
    [ago(86_400), 'de', 'gestern'],
    // Another device's clock a little ahead: "now", never "in 2 minutes".
    [new Date(NOW.getTime() + 120_000).toISOString(), 'en', 'now'],
    ['not a date', 'en', ''],
  ])('%s in %s → %s', (iso, locale, expected) => {
    expect(relativeTime(iso, NOW, locale)).toBe(expected);
  });

  it('falls back to English for a language tag Intl does not accept', () => {
    expect(relativeTime(ago(3 * 86_400), NOW, 'not a language!')).toBe('3 days ago');
  });
});

const entry = (overrides: Partial<PipelineEntry> = {}): PipelineEntry => ({
  key: 'salesforce:006A',
  name: 'Ashgrove Transit – Depot Maintenance Analytics',
  accountName: 'Ashgrove Regional Transit Authority',
  stage: null,
  url: 'https://example.lightning.force.com/lightning/r/Opportunity/006A/view',
  verdict: '',
  coachCount: 0,
  critical: 0,
  warning: 0,
  topGaps: [],
  lastActivity: NOW.toISOString(),
  people: ['Priya Raghunathan', 'Jürgen Müller'],
  ...overrides,
});

describe('matchesQuery', () => {
  it.each([
    ['', true],
    ['depot', true],
    ['REGIONAL transit', true],
    ['priya', true],
    ['muller', true],
    ['jürgen depot', true],
    ['harbour', false],
    ['priya harbour', false],
  ])('“%s” → %s', (query, expected) => {
    expect(matchesQuery(entry(), query)).toBe(expected);
  });

  it('copes with a deal without account', () => {
    expect(matchesQuery(entry({ accountName: null }), 'ashgrove')).toBe(true);
  });
});

describe('isWebUrl', () => {
  it.each([
    ['https://example.lightning.force.com/x', true],
    ['http://localhost:8080/x', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['chrome://settings', false],
    ['data:text/html,hi', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isWebUrl(url)).toBe(expected);
  });
});
