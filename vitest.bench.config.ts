import { defineConfig } from 'vitest/config';

// Benchmarks, never tests: they report times (`npm run bench`) and are not part of `npm test`.
export default defineConfig({
  test: {
    include: [],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    environment: 'node',
  },
});
