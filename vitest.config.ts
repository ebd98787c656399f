import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores here and in CI: keep parallelism modest so end-to-end tests are not starved.
    maxWorkers: 2,
  },
});
