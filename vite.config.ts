/**
 * Vite: the page lives in viz/, the built site goes to dist/ at the repository root.
 * `base: './'` makes every URL in the build relative, so dist/ runs from any static host
 * or sub-folder. The page imports the engine (sim/) and the scenarios (scenarios/) from
 * outside viz/, so the dev server may read the whole repository.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The built page's Content-Security-Policy: scripts, workers and styles only from the
 * site's own files (no inline script, no eval); images also from data: (the empty
 * favicon) and blob: (charts turned into PNG). Only the build gets it: the dev server
 * injects inline styles and its own client.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The same policy as an HTTP header, as a host should send it: a header can also say who
 * may frame the page (`frame-ancestors`, ignored in a meta tag), here only the site itself.
 * `npm run preview` sends it; docs/browser.md shows it for common hosts.
 */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`;

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function contentSecurityPolicy(): Plugin {
  return {
    name: 'interstice-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./viz', import.meta.url)),
  base: './',
  publicDir: false,
  plugins: [contentSecurityPolicy()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    // dist/ is outside root: Vite only empties it when told to.
    emptyOutDir: true,
    target: 'es2022',
    // The scenario editor's chunk (CodeMirror and the scenario schema, ~570 kB) loads only
    // when its panel is opened; the page itself stays near 330 kB.
    chunkSizeWarningLimit: 600,
  },
  server: {
    fs: { allow: [repoRoot] },
  },
  preview: {
    headers: SECURITY_HEADERS,
  },
  // Listed up front (the worker's among them) so the dev server does not discover them mid-session and reload.
  optimizeDeps: {
    include: ['comlink', 'd3', 'zod', 'seedrandom'],
  },
  worker: {
    format: 'es',
  },
});
