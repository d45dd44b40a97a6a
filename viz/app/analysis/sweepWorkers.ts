/**
 * Sweep workers, each a Web Worker reached through comlink. As for the engine (engine.ts),
 * the `new URL(…, import.meta.url)` form is written inline: the form Vite bundles as its
 * own ES module, in dev and in the build.
 */
import * as Comlink from 'comlink';
import type { SweepApi } from '../../sim';
import type { RemoteSweepApi, SweepWorker } from './sweepPool';

export function startSweepWorker(onError: (message: string) => void): SweepWorker {
  const worker = new Worker(new URL('../../../sim/worker/sweep.worker.ts', import.meta.url), { type: 'module', name: 'interstice-sweep' });
  worker.addEventListener('error', (event) => onError(event.message || 'a sweep worker failed to start'));
  worker.addEventListener('messageerror', () => onError('a message from a sweep worker could not be read'));
  return { api: Comlink.wrap<SweepApi>(worker) as unknown as RemoteSweepApi, terminate: () => worker.terminate() };
}
