/**
 * What 10,000 contacts cost in storage, measured the way the browser counts it (each item's key
 * plus its JSON, UTF-8). Chrome's storage.local quota without `unlimitedStorage` is 10 MiB
 * (chrome.storage.local.QUOTA_BYTES); this figure is why the manifest asks for it. The bound below
 * guards against the format growing unnoticed.
 */
import { expect, test } from 'vitest';
import { dealItemKey } from '../../../src/domain/migrations/layout';
import { generatePipeline } from '../../bench/pipeline';

const CHROME_LOCAL_QUOTA_BYTES = 10 * 1024 * 1024;
const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

test('10,000 contacts (500 deals of 20, with logs and read history) fit in 16 MiB; Chrome’s 10 MiB would not hold them', () => {
  const deals = generatePipeline(500, 20);
  const bytes = deals.reduce((sum, deal) => sum + utf8Bytes(dealItemKey(deal.opportunity.key)) + utf8Bytes(JSON.stringify(deal)), 0);
  const perContact = bytes / 10_000;
  console.info(`storage footprint: ${(bytes / 1048576).toFixed(2)} MiB for 10,000 contacts (${Math.round(perContact)} bytes each)`);
  expect(bytes).toBeLessThan(16 * 1024 * 1024);
  expect(bytes).toBeGreaterThan(CHROME_LOCAL_QUOTA_BYTES * 0.8);
});
