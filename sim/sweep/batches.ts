/**
 * How a sweep's runs are handed to workers, the same on the command line (worker threads)
 * and in the page (Web Workers): batches of consecutive runs, about eight per worker, so
 * every core stays busy to the end without chatty messaging, and at most 32 runs each, so
 * progress and cancellation stay prompt.
 */
export function batchSize(runs: number, workers: number): number {
  return Math.max(1, Math.min(32, Math.ceil(runs / (workers * 8))));
}
