/** Sweep throughput: runs per second through the worker_threads pool, with 1 and 2 workers. */
import { planSweep } from '../sim/run/design';
import { runSpec } from '../sim/run/design';
import { sweepSchema } from '../sim/sweep/schema';
import { runPool } from '../sim/cli/sweep/pool';
import type { Job } from '../sim/cli/sweep/protocol';

export interface SweepMeasure {
  workers: number;
  runs: number;
  organisations: number;
  ticks: number;
  seconds: number;
  runsPerSecond: number;
}

export async function measureSweep(workers: number, runs = 1000, organisations = 200, ticks = 120): Promise<SweepMeasure> {
  const E = Math.round(organisations * 0.2);
  const P = Math.round(organisations * 0.3);
  const sweep = sweepSchema.parse({ scenario: {}, replications: runs, ticks, metrics: ['collective_effectiveness', 'members'] });
  const planned = planSweep(sweep, { organisations: { count: { E, P, T: organisations - E - P } }, action: { initial_members: Math.round(organisations / 6) } }, 'bench');
  if (!planned.ok) throw new Error(JSON.stringify(planned.issues));
  const plan = planned.plan;
  const jobs: Job[] = Array.from({ length: plan.totalRuns }, (_, run) => {
    const spec = runSpec(plan, run);
    return { run, setting: spec.setting, seed: spec.seed };
  });
  let done = 0;
  const start = performance.now();
  await runPool(jobs, {
    workers,
    init: { scenarios: plan.settings.map((s) => s.scenario), metrics: plan.metrics },
    onResults: (results) => (done += results.length),
  });
  const seconds = (performance.now() - start) / 1000;
  if (done !== runs) throw new Error(`expected ${runs} runs, got ${done}`);
  return { workers, runs, organisations, ticks, seconds, runsPerSecond: runs / seconds };
}
