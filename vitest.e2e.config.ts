import { defineConfig } from 'vitest/config';

// Real browsers: one file at a time (each launches its own browser; two cores), generous timeouts
// for browser start-up, never retried (a flaky e2e test is a bug to fix, not to hide).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
