/** A validation worker thread: runs batches of seeds of one scenario and sends the runs back, columns transferred. */
import { parentPort } from 'node:worker_threads';
import { runForFacts } from '../../validation/runs';
import type { RunBatch } from '../../validation/validate';
import type { FactRun } from '../../validation/runs';

export type FromValidationWorker = { type: 'runs'; id: number; runs: FactRun[] } | { type: 'error'; id: number; message: string };
export type ToValidationWorker = { id: number; batch: RunBatch };

const port = parentPort!;
port.on('message', ({ id, batch }: ToValidationWorker) => {
  try {
    const runs = batch.seeds.map((seed) => runForFacts(batch.scenario, seed, batch.probes));
    const buffers = runs.flatMap((run) => Object.values(run.columns).map((column) => column.buffer as ArrayBuffer));
    port.postMessage({ type: 'runs', id, runs } satisfies FromValidationWorker, buffers);
  } catch (error) {
    port.postMessage({ type: 'error', id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies FromValidationWorker);
  }
});
