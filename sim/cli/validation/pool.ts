/**
 * The validation's executor on worker_threads: the workers start once and take batches
 * as they free up (the first batches go out first, so early variants finish first and
 * their runs are freed). Results come back with transferred column buffers.
 */
import type { Worker } from 'node:worker_threads';
import type { Executor, RunBatch } from '../../validation/validate';
import type { FactRun } from '../../validation/runs';
import { startWorker } from '../sweep/workerBundle';
import type { FromValidationWorker, ToValidationWorker } from './worker';

export function workerPoolExecutor(workers: number): Executor {
  return (batches, onBatch) =>
    new Promise<void>((resolve, reject) => {
      const count = Math.max(1, Math.min(workers, batches.length));
      if (batches.length === 0) return resolve();
      const started: Worker[] = [];
      let next = 0;
      let pending = batches.length;
      let failed = false;
      const stop = () => Promise.all(started.map((w) => w.terminate()));
      const fail = (error: unknown) => {
        if (failed) return;
        failed = true;
        void stop().then(() => reject(error instanceof Error ? error : new Error(String(error))));
      };
      const feed = (worker: Worker) => {
        if (next >= batches.length) return;
        const id = next++;
        worker.postMessage({ id, batch: batches[id]! } satisfies ToValidationWorker);
      };
      for (let w = 0; w < count; w++) {
        const worker = startWorker('../validation/worker.ts');
        started.push(worker);
        worker.on('message', (message: FromValidationWorker) => {
          if (failed) return;
          if (message.type === 'error') return fail(new Error(`a validation worker failed: ${message.message}`));
          try {
            onBatch(batches[message.id] as RunBatch, message.runs as FactRun[]);
          } catch (error) {
            return fail(error);
          }
          if (--pending === 0) void stop().then(() => resolve());
          else feed(worker);
        });
        worker.on('error', fail);
        feed(worker);
      }
    });
}
