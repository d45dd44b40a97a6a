/**
 * The engine, running in a Web Worker and reached through comlink. The worker is created
 * with the `new URL(…, import.meta.url)` form written inline: that is the form Vite
 * recognises to bundle the worker as its own ES module, in dev and in the build.
 */
import * as Comlink from 'comlink';
import type { WorkerApi } from '../../sim/worker/sim.worker';

export type Engine = Comlink.Remote<WorkerApi>;

/** Starts the worker; `onCrash` hears about errors thrown outside any call (e.g. a failed module load). */
export function startEngine(onCrash: (message: string) => void): Engine {
  const worker = new Worker(new URL('../../sim/worker/sim.worker.ts', import.meta.url), { type: 'module', name: 'interstice-engine' });
  worker.addEventListener('error', (event) => onCrash(event.message || 'the worker failed to start'));
  worker.addEventListener('messageerror', () => onCrash('a message from the worker could not be read'));
  return Comlink.wrap<WorkerApi>(worker);
}
