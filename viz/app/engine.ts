/**
 * Engines, each in its own Web Worker and reached through comlink (one per run shown:
 * two in compare mode, so both runs advance in parallel). The worker is created with the
 * `new URL(…, import.meta.url)` form written inline: that is the form Vite recognises to
 * bundle the worker as its own ES module, in dev and in the build.
 */
import * as Comlink from 'comlink';
import type { WorkerApi } from '../sim';

export type Engine = Comlink.Remote<WorkerApi>;

/** Starts a worker; `onCrash` hears about errors thrown outside any call (e.g. a failed module load). */
export function startEngine(onCrash: (message: string) => void): Engine {
  const worker = new Worker(new URL('../../sim/worker/sim.worker.ts', import.meta.url), { type: 'module', name: 'interstice-engine' });
  worker.addEventListener('error', (event) => onCrash(event.message || 'the worker failed to start'));
  worker.addEventListener('messageerror', () => onCrash('a message from the worker could not be read'));
  return Comlink.wrap<WorkerApi>(worker);
}

/** Engines started on first use and kept: engine(0) runs A, engine(1) runs B. */
export function enginePool(onCrash: (message: string) => void): (index: number) => Engine {
  const engines: Engine[] = [];
  return (index) => (engines[index] ??= startEngine(onCrash));
}
