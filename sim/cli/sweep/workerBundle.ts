/**
 * The sweep worker as one plain JavaScript file, bundled once per process with esbuild.
 * Starting a worker from it takes a few milliseconds, against about half a second for a
 * worker that must register the TypeScript loader and compile the engine file by file.
 */
import { buildSync } from 'esbuild';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAlive } from '../atomicWrite';

let bundled: URL | undefined;

const PREFIX = 'interstice-worker-';

/** Removes the bundles of sweeps that were killed (their exit hook never ran). */
export function removeStaleBundles(): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return;
  }
  for (const name of names) {
    const pid = /^interstice-worker-(\d+)-/.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid || isAlive(Number(pid))) continue;
    try {
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
    } catch {
      // Best effort: a leftover that cannot be removed does not stop the sweep.
    }
  }
}

export function workerBundle(): URL {
  if (bundled) return bundled;
  removeStaleBundles();
  // The process id in the name lets a later sweep remove this folder if this process is killed.
  const dir = mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`));
  const outfile = join(dir, 'sweep-worker.mjs');
  buildSync({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  bundled = new URL(`file://${outfile}`);
  return bundled;
}
