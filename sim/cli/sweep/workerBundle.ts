/**
 * A worker thread's code (the sweep worker by default, or the validation worker) as one
 * plain JavaScript file, bundled once per process and entry with esbuild.
 * Starting a worker from it takes a few milliseconds, against about half a second for a
 * worker that must register the TypeScript loader and compile the engine file by file.
 */
import { buildSync } from 'esbuild';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAlive } from '../atomicWrite';

const bundled = new Map<string, URL>();
let bundleDir: string | undefined;

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

/** `entry`: the worker's source file, relative to this folder. */
export function workerBundle(entry = './worker.ts'): URL {
  const known = bundled.get(entry);
  if (known) return known;
  if (!bundleDir) {
    removeStaleBundles();
    // The process id in the name lets a later run remove this folder if this process is killed.
    const dir = mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    bundleDir = dir;
  }
  const outfile = join(bundleDir, `worker-${bundled.size}.mjs`);
  buildSync({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  const url = new URL(`file://${outfile}`);
  bundled.set(entry, url);
  return url;
}
