import { defineConfig } from 'vitest/config';

// End-to-end tests: the site is built once (tests/e2e/globalSetup.ts), then each file serves
// it with `vite preview` and drives Debian Chromium. Kept apart from vitest.config.ts so unit
// tests stay fast; one file at a time, so each has the machine to itself (timings matter).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
