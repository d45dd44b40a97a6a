/**
 * A worker thread started from its TypeScript source (the sweep worker by default, or the
 * validation worker): the source and what it imports are bundled in memory, once per
 * process and entry, with esbuild, into one CommonJS text the worker evaluates. Starting a
 * worker then takes a few milliseconds, against about half a second for a worker that must
 * register the TypeScript loader and compile the engine file by file; nothing is written to
 * disk, so a killed sweep leaves nothing behind, and the code is always that of the clone
 * being run (a bundle built ahead of time would go stale in a clone that edits `sim/`).
 */
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

const bundled = new Map<string, string>();

/** The bundled code of `entry` (a worker's source file, relative to this folder). */
function workerCode(entry: string): string {
  const known = bundled.get(entry);
  if (known !== undefined) return known;
  const result = buildSync({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    platform: 'node',
    // A worker evaluates CommonJS text; the workers' code reads nothing of `import.meta`.
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'error',
    // CommonJS has no import.meta: a worker that came to read it must fail here, not start broken.
    logOverride: { 'empty-import-meta': 'error' },
  });
  const code = result.outputFiles[0]!.text;
  bundled.set(entry, code);
  return code;
}

/** A worker running `entry` (relative to this folder), with `options` (e.g. its workerData). */
export function startWorker(entry = './worker.ts', options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  return new Worker(workerCode(entry), { ...options, eval: true });
}
