/**
 * Vite: the page lives in viz/, the built site goes to dist/ at the repository root.
 * `base: './'` makes every URL in the build relative, so dist/ runs from any static host
 * or sub-folder. The page imports the engine (sim/) and the scenarios (scenarios/) from
 * outside viz/, so the dev server may read the whole repository.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './viz/security.ts';
import { expandIncludes } from './viz/htmlIncludes.ts';

export { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER, SECURITY_HEADERS } from './viz/security.ts';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const page = (name: string) => fileURLToPath(new URL(`./viz/${name}`, import.meta.url));

/** The pages' parts, written in viz/views/ and included in every page, dev server and build alike (viz/htmlIncludes.ts); a change to one reloads the page. */
function includedViews(): Plugin {
  const views = fileURLToPath(new URL('./viz/views/', import.meta.url));
  return {
    name: 'interstice-views',
    transformIndexHtml: { order: 'pre', handler: (html) => expandIncludes(html, (name) => readFileSync(`${views}${name}`, 'utf8')) },
    configureServer(server) {
      server.watcher.add(views);
      server.watcher.on('change', (file) => {
        if (file.startsWith(views)) server.ws.send({ type: 'full-reload' });
      });
    },
  };
}

/** What every page's head starts with (the simulator and the classroom's two pages), written once. */
function commonHead(): Plugin {
  const meta = (attrs: Record<string, string>) => ({ tag: 'meta', attrs, injectTo: 'head-prepend' as const });
  return {
    name: 'interstice-head',
    transformIndexHtml: () => [
      meta({ charset: 'utf-8' }),
      meta({ name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      meta({ name: 'color-scheme', content: 'light' }),
      { tag: 'link', attrs: { rel: 'icon', href: 'data:,' }, injectTo: 'head' as const },
    ],
  };
}

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
  plugins: [includedViews(), commonHead(), contentSecurityPolicy()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    // dist/ is outside root: Vite only empties it when told to.
    emptyOutDir: true,
    target: 'es2022',
    // The simulator, and the classroom's two pages (students' phones, the instructor's screen).
    rolldownOptions: { input: { main: page('index.html'), play: page('play.html'), host: page('host.html') } },
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
