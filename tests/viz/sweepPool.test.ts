/**
 * The page's sweep pool without a browser: workers are the plain sweep API behind
 * promises. A sweep gives the collector's files whatever the number of workers, reports
 * progress per batch, cancels at once (terminating every worker), and ends with a failure
 * instead of waiting when a worker dies.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SweepPool, batchSize, defaultWorkers, type SweepWorker } from '../../viz/app/analysis/sweepPool';
import { createSweepApi } from '../../sim/worker/sweepApi';

const sweep = (replications: number) => ({
  title: 'pool test',
  scenario: JSON.parse(readFileSync('scenarios/default.json', 'utf8')),
  factors: { 'action.steward': [false, true] },
  replications,
  ticks: 24,
});

/** Workers answering asynchronously (as a real one does); `alive` counts those not terminated. */
function fakeWorkers() {
  const stats = { started: 0, alive: 0, calls: 0 };
  let crash: ((message: string) => void)[] = [];
  const start = (onError: (message: string) => void): SweepWorker => {
    const api = createSweepApi();
    stats.started++;
    stats.alive++;
    crash.push(onError);
    let terminated = false;
    const remote = new Proxy(api, {
      get:
        (target, key) =>
        async (...args: unknown[]) => {
          stats.calls++;
          await new Promise((resolve) => setTimeout(resolve, 0));
          // A terminated worker never answers.
          if (terminated) return new Promise(() => {});
          return structuredClone((target[key as keyof typeof target] as (...a: unknown[]) => unknown).apply(target, structuredClone(args)));
        },
    });
    return { api: remote as unknown as SweepWorker['api'], terminate: () => void (!terminated && ((terminated = true), stats.alive--)) };
  };
  return { start, stats, crash: (message: string) => crash.forEach((fail) => fail(message)), reset: () => (crash = []) };
}

describe('sweep pool', () => {
  it('gives the same files with one or three workers, reports progress per batch and ends with no worker alive', async () => {
    const files: Record<string, string>[] = [];
    for (const workers of [1, 3]) {
      const fake = fakeWorkers();
      const progress: number[] = [];
      const pool = new SweepPool(fake.start, { progress: (done) => progress.push(done) });
      const outcome = await pool.run(sweep(9), workers);
      if (outcome.status !== 'done') throw new Error(JSON.stringify(outcome));
      files.push(outcome.result.files);
      expect(outcome.runs).toBe(18);
      expect(progress[progress.length - 1]).toBe(18);
      expect(progress.length).toBe(Math.ceil(18 / batchSize(18, workers)));
      expect(fake.stats.started).toBe(1 + workers);
      expect([fake.stats.alive, pool.workers, pool.running]).toEqual([0, 0, false]);
    }
    expect(files[1]).toEqual(files[0]);
  });

  it('cancels at once: every worker terminated, the runs so far reported and dropped', async () => {
    const fake = fakeWorkers();
    let pool!: SweepPool;
    pool = new SweepPool(fake.start, { progress: (done) => done >= 4 && pool.cancel() });
    const outcome = await pool.run(sweep(200), 2);
    expect(outcome).toMatchObject({ status: 'cancelled', total: 400 });
    if (outcome.status === 'cancelled') expect(outcome.done).toBeGreaterThanOrEqual(4);
    expect([fake.stats.alive, pool.running]).toEqual([0, false]);
    // The pool is free for the next sweep.
    expect((await pool.run(sweep(1), 2)).status).toBe('done');
  });

  it('reports an invalid sweep with the command line’s problems, and a dead worker as a failure', async () => {
    const fake = fakeWorkers();
    const pool = new SweepPool(fake.start);
    const invalid = await pool.run({ ...sweep(2), factors: { 'action.governance': ['council'] } }, 2);
    expect(invalid).toMatchObject({ status: 'invalid', issues: [{ path: 'action.governance' }] });
    expect(fake.stats.alive).toBe(0);
    const running = pool.run(sweep(500), 2);
    await new Promise((resolve) => setTimeout(resolve, 5));
    fake.crash('the worker failed to load');
    expect(await running).toEqual({ status: 'failed', message: 'the worker failed to load' });
    expect(fake.stats.alive).toBe(0);
  });

  it('sizes batches and workers as the machine allows', () => {
    expect([batchSize(200, 2), batchSize(10, 8), batchSize(1_000_000, 4)]).toEqual([13, 1, 32]);
    expect([defaultWorkers(undefined), defaultWorkers(1), defaultWorkers(8), defaultWorkers(128)]).toEqual([2, 1, 8, 16]);
  });
});
