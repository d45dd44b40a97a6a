/** Messages between the sweep coordinator and its worker threads. */
import type { Job, JobResult } from '../../run/jobs';

export type { Job, JobResult, WorkerInit } from '../../run/jobs';
export type ToWorker = { type: 'jobs'; jobs: Job[] };
export type FromWorker = { type: 'results'; results: JobResult[] } | { type: 'error'; message: string };
