/** A sweep worker thread: runs batches of jobs and sends results back as transferred typed arrays. */
import { parentPort, workerData } from 'node:worker_threads';
import { resultBuffers, runJobs, type WorkerInit } from '../../run/jobs';
import type { FromWorker, ToWorker } from './protocol';

const init = workerData as WorkerInit;
const port = parentPort!;

port.on('message', (message: ToWorker) => {
  try {
    const results = runJobs(init, message.jobs);
    const reply: FromWorker = { type: 'results', results };
    port.postMessage(reply, resultBuffers(results));
  } catch (error) {
    const reply: FromWorker = { type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    port.postMessage(reply);
  }
});
