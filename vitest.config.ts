import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{analyzers,fixtures,server,web}/test/**/*.test.ts', 'test/**/*.test.ts'],
    // Tests build real git repositories and DuckDB files; a 2-core CI machine needs the headroom.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
