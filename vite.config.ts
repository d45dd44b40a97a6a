/**
 * Vite: the page lives in viz/, the built site goes to dist/ at the repository root.
 * `base: './'` makes every URL in the build relative, so dist/ runs from any static host
 * or sub-folder. The page imports the engine (sim/) and the scenario (scenarios/) from
 * outside viz/, so the dev server may read the whole repository.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('./viz', import.meta.url)),
  base: './',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    // dist/ is outside root: Vite only empties it when told to.
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    fs: { allow: [repoRoot] },
  },
  // Listed up front (the worker's among them) so the dev server does not discover them mid-session and reload.
  optimizeDeps: {
    include: ['comlink', 'd3', 'zod', 'seedrandom'],
  },
  worker: {
    format: 'es',
  },
});
