/**
 * A pool of worker_threads running sweep jobs. Each worker receives the settings' scenarios
 * once, then batches of several runs per message (fewer messages, less overhead); results
 * come back with transferred typed arrays. Batches are handed out as workers free up.
 */
import { batchSize } from '../../sweep/batches';
import type { Worker } from 'node:worker_threads';
import type { FromWorker, Job, JobResult, ToWorker, WorkerInit } from './protocol';
import { startWorker } from './workerBundle';

export interface PoolOptions {
  workers: number;
  init: WorkerInit;
  /** Called on the main thread for each finished batch, in completion order. */
  onResults: (results: JobResult[]) => void;
}

export function runPool(jobs: readonly Job[], options: PoolOptions): Promise<void> {
  const size = batchSize(jobs.length, options.workers);
  const batches: Job[][] = [];
  for (let k = 0; k < jobs.length; k += size) batches.push(jobs.slice(k, k + size));
  const count = Math.min(options.workers, batches.length);
  if (count === 0) return Promise.resolve();

  return new Promise((resolve, reject) => {
    let next = 0;
    let pending = batches.length;
    let failed = false;
    const workers: Worker[] = [];
    const stopAll = () => Promise.all(workers.map((w) => w.terminate()));
    const feed = (worker: Worker) => {
      const batch = batches[next++];
      if (batch) worker.postMessage({ type: 'jobs', jobs: batch } satisfies ToWorker);
    };
    for (let w = 0; w < count; w++) {
      const worker = startWorker('./worker.ts', { workerData: options.init });
      workers.push(worker);
      worker.on('message', (message: FromWorker) => {
        if (failed) return;
        if (message.type === 'error') {
          failed = true;
          void stopAll().then(() => reject(new Error(`a sweep worker failed: ${message.message}`)));
          return;
        }
        try {
          options.onResults(message.results);
        } catch (error) {
          failed = true;
          void stopAll().then(() => reject(error));
          return;
        }
        if (--pending === 0) void stopAll().then(() => resolve());
        else feed(worker);
      });
      worker.on('error', (error) => {
        if (failed) return;
        failed = true;
        void stopAll().then(() => reject(error));
      });
      feed(worker);
    }
  });
}
