/** A sweep worker thread: runs batches of jobs and sends results back as transferred typed arrays. */
import { parentPort, workerData } from 'node:worker_threads';
import { runScenario } from '../../run/runScenario';
import type { FromWorker, JobResult, ToWorker, WorkerInit } from './protocol';
import type { NumericColumn } from '../../metrics/columns';

const init = workerData as WorkerInit;
const port = parentPort!;

port.on('message', (message: ToWorker) => {
  try {
    const results: JobResult[] = message.jobs.map((job) => {
      const result = runScenario(init.scenarios[job.setting]!, job.seed);
      return { run: job.run, summary: result.summary, ticks: init.metrics.map((m) => result.columns[m as NumericColumn].slice()) };
    });
    const reply: FromWorker = { type: 'results', results };
    port.postMessage(reply, results.flatMap((r) => r.ticks.map((t) => t.buffer as ArrayBuffer)));
  } catch (error) {
    const reply: FromWorker = { type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    port.postMessage(reply);
  }
});
