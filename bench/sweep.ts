/** Sweep throughput: runs per second through the worker_threads pool, with 1 and 2 workers. */
import { planSweep } from '../sim/sweep/plan';
import { runSpec } from '../sim/sweep/plan';
import { sweepSchema } from '../sim/sweep/schema';
import { runPool } from '../sim/cli/sweep/pool';
import type { Job } from '../sim/cli/sweep/protocol';
import type { WorkerInit } from '../sim/run/jobs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface SweepMeasure {
  workers: number;
  runs: number;
  organisations: number;
  ticks: number;
  seconds: number;
  runsPerSecond: number;
}

/** The benchmark's sweep: `runs` replications of the default model at N organisations. */
export function benchSweep(runs: number, organisations = 200, ticks = 120): { init: WorkerInit; jobs: Job[] } {
  const E = Math.round(organisations * 0.2);
  const P = Math.round(organisations * 0.3);
  const sweep = sweepSchema.parse({ scenario: {}, replications: runs, ticks, metrics: ['collective_effectiveness', 'members'] });
  const planned = planSweep(
    sweep,
    { organisations: { count: { E, P, T: organisations - E - P } }, action: { initial_members: Math.round(organisations / 6) } },
    { name: 'bench' },
  );
  if (!planned.ok) throw new Error(JSON.stringify(planned.issues));
  const plan = planned.plan;
  const jobs: Job[] = Array.from({ length: plan.totalRuns }, (_, run) => {
    const spec = runSpec(plan, run);
    return { run, setting: spec.setting, seed: spec.seed };
  });
  return { init: { scenarios: plan.settings.map((s) => s.scenario), metrics: plan.metrics }, jobs };
}

export async function measureSweep(workers: number, runs = 1000, organisations = 200, ticks = 120): Promise<SweepMeasure> {
  const { init, jobs } = benchSweep(runs, organisations, ticks);
  let done = 0;
  const start = performance.now();
  await runPool(jobs, {
    workers,
    init,
    onResults: (results) => (done += results.length),
  });
  const seconds = (performance.now() - start) / 1000;
  if (done !== runs) throw new Error(`expected ${runs} runs, got ${done}`);
  return { workers, runs, organisations, ticks, seconds, runsPerSecond: runs / seconds };
}

export interface CeilingMeasure {
  runs: number;
  /** One process running every run in its main thread. */
  oneProcessSeconds: number;
  /** Two processes started together, each running half the runs: the slower one's time. */
  twoProcessesSeconds: number;
  /** What this machine allows two independent processes for this work (no pool, no messages). */
  speedUp: number;
}

/** Seconds of work reported by bench/sweepShare.ts for runs [from, from + count). */
function share(runs: number, from: number, count: number): Promise<number> {
  const script = fileURLToPath(new URL('./sweepShare.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, String(runs), String(from), String(count)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Number(out.trim())) : reject(new Error(`sweepShare exited with ${code}`))));
  });
}

/**
 * The speed-up two cores give this work at all: the same runs in one process, then split
 * between two independent processes started together. A shared or virtual machine often
 * gives less than 2×; the pool's speed-up is best read against this ceiling.
 */
export async function measureCeiling(runs = 1000): Promise<CeilingMeasure> {
  const oneProcessSeconds = await share(runs, 0, runs);
  const half = Math.ceil(runs / 2);
  const both = await Promise.all([share(runs, 0, half), share(runs, half, runs - half)]);
  const twoProcessesSeconds = Math.max(...both);
  return { runs, oneProcessSeconds, twoProcessesSeconds, speedUp: oneProcessSeconds / twoProcessesSeconds };
}
