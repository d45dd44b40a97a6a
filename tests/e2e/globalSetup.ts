/** Builds the site once for every end-to-end file, into a temporary folder removed afterwards. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const distDir = await mkdtemp(join(tmpdir(), 'interstice-dist-'));
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  project.provide('distDir', distDir);
  return async () => {
    await rm(distDir, { recursive: true, force: true });
  };
}
