import { defineConfig } from 'vitest/config';

// End-to-end tests: build the site, serve it with `vite preview`, drive Debian Chromium.
// Kept apart from vitest.config.ts so unit tests stay fast; one file at a time (one browser).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
