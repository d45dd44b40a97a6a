import { defineConfig } from 'vitest/config';

// Unit and integration tests (node environment; chart tests opt into jsdom per file).
// End-to-end browser tests have their own config: vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
  },
});
