/** Messages between the sweep coordinator and its worker threads. */
import type { Scenario } from '../../scenario/schema';
import type { RunSummary } from '../../metrics/summary';

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
  /** One Float64Array per metric, in the order of WorkerInit.metrics (transferred). */
  ticks: Float64Array[];
}
export type ToWorker = { type: 'jobs'; jobs: Job[] };
export type FromWorker = { type: 'results'; results: JobResult[] } | { type: 'error'; message: string };
