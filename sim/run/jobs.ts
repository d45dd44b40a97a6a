/**
 * Sweep jobs as any host runs them: the Node worker_threads pool and the browser's Web
 * Worker pool both call `runJobs`, so a sweep gives the same records wherever it runs.
 */
import type { Scenario } from '../scenario/schema';
import type { RunSummary } from '../metrics/summary';
import type { NumericColumn } from '../metrics/columns';
import { runScenario } from './runScenario';

/** Sent once to each worker: the settings' scenarios and the metrics to keep. */
export interface WorkerInit {
  scenarios: Scenario[];
  metrics: string[];
}
export interface Job {
  run: number;
  setting: number;
  seed: number;
}
export interface JobResult {
  run: number;
  summary: RunSummary;
  /** One Float64Array per metric, in the order of WorkerInit.metrics (transferable). */
  ticks: Float64Array[];
}

export function runJobs(init: WorkerInit, jobs: readonly Job[]): JobResult[] {
  return jobs.map((job) => {
    const result = runScenario(init.scenarios[job.setting]!, job.seed);
    return { run: job.run, summary: result.summary, ticks: init.metrics.map((m) => result.columns[m as NumericColumn].slice()) };
  });
}

/** The buffers to transfer with a batch of results. */
export const resultBuffers = (results: readonly JobResult[]): ArrayBuffer[] => results.flatMap((r) => r.ticks.map((t) => t.buffer as ArrayBuffer));
