import { defineConfig } from 'vitest/config';

// The Slurm integration test: starts a one-node cluster (root, Debian packages), so it
// runs on its own: `npm run test:cluster` (also part of `npm test`).
export default defineConfig({
  test: {
    include: ['tests/cluster/**/*.cluster.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
