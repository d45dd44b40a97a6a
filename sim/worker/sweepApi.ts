/**
 * Sweeps in the browser, as a plain object for a Web Worker (through comlink) or any other
 * host; tested without a worker. A page runs one *collector* and a pool of *runners*, all
 * from the same worker file:
 *
 * - the collector validates and plans the sweep (zod and the scenario parser stay off the
 *   page's main thread), receives every finished run, and at the end builds the result
 *   files with `sweepFiles` and the charts' numbers with `analyseSweep`;
 * - each runner receives the plan once, then ranges of run numbers, and runs them with
 *   `runJobs`, the function the command line's worker threads call: same records, same files.
 */
import { designSettingCount, settingCountOrigin } from '../sweep/designs';
import { planSweep, runSpec, type SweepPlan } from '../run/design';
import { runJobs, type Job, type JobResult, type WorkerInit } from '../run/jobs';
import { completeRecords, sweepFiles, type RunRecord } from '../run/sweepOutput';
import { sweepSchema, type SweepFile } from '../sweep/schema';
import { toIssues } from '../scenario/parse';
import type { ScenarioIssue } from '../scenario/issues';
import { analyseSweep, type SweepAnalysis } from './sweepAnalysis';

/**
 * Limits of a sweep in a browser tab, lower than the command line's: the collector holds
 * every run's per-tick values, and a tab has less memory than a batch job.
 */
export const BROWSER_SWEEP_LIMITS = {
  settings: 1_000,
  runs: 50_000,
  /** runs × ticks × metrics, 8 bytes each. */
  values: 12_000_000,
  /** settings × ticks × metrics (about 110 bytes each). */
  ticksCsvRows: 500_000,
} as const;

export type PlanResult = { ok: true; plan: SweepPlan } | { ok: false; issues: ScenarioIssue[] };

export interface SweepResult {
  /** runs.csv, ticks.csv, settings.csv, survival.csv, differences.csv, sensitivity.csv: the command line's text. */
  files: Record<string, string>;
  analysis: SweepAnalysis;
}

const count = (n: number) => n.toLocaleString('en');

function sizeIssues(sweep: SweepFile, source: string): ScenarioIssue[] {
  const limits = BROWSER_SWEEP_LIMITS;
  const settings = designSettingCount(sweep);
  const replications = sweep.replications;
  if (settings > limits.settings) {
    const origin = settingCountOrigin(sweep);
    return [{ source, path: origin.path, expected: `at most ${count(limits.settings)} settings in the browser (${origin.made}; use the command line for more)`, received: count(settings) }];
  }
  if (settings * replications > limits.runs) {
    return [{ source, path: 'replications', expected: `at most ${count(limits.runs)} runs in the browser (use the command line for more)`, received: `${count(settings)} × ${count(replications)} = ${count(settings * replications)}` }];
  }
  return [];
}

function outputIssues(plan: SweepPlan, source: string): ScenarioIssue[] {
  let ticks = 0;
  for (const setting of plan.settings) ticks += setting.scenario.ticks;
  const values = ticks * plan.replications * plan.metrics.length;
  const rows = ticks * plan.metrics.length;
  const issues: ScenarioIssue[] = [];
  if (values > BROWSER_SWEEP_LIMITS.values) {
    issues.push({ source, path: 'metrics', expected: `at most ${count(BROWSER_SWEEP_LIMITS.values)} per-tick values in the browser (runs × months × metrics: fewer replications, months or metrics)`, received: count(values) });
  }
  if (rows > BROWSER_SWEEP_LIMITS.ticksCsvRows) {
    issues.push({ source, path: 'metrics', expected: `at most ${count(BROWSER_SWEEP_LIMITS.ticksCsvRows)} rows of ticks.csv in the browser (settings × months × metrics)`, received: count(rows) });
  }
  return issues;
}

/** Validates a sweep whose base scenario is inline (a page cannot read a path) and plans it. */
export function planInlineSweep(input: unknown, source: string): PlanResult {
  const parsed = sweepSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: toIssues(sweepSchema, parsed.error.issues, input).map((issue) => ({ ...issue, source })) };
  const sweep = parsed.data;
  if (typeof sweep.scenario === 'string') {
    return { ok: false, issues: [{ source, path: 'scenario', expected: 'the scenario inline (the browser cannot read a file path)', received: JSON.stringify(sweep.scenario) }] };
  }
  const size = sizeIssues(sweep, source);
  if (size.length > 0) return { ok: false, issues: size };
  const planned = planSweep(sweep, sweep.scenario, `${source} (scenario)`);
  if (!planned.ok) return planned;
  const output = outputIssues(planned.plan, source);
  return output.length > 0 ? { ok: false, issues: output } : planned;
}

export function createSweepApi() {
  let plan: SweepPlan | undefined;
  let init: WorkerInit | undefined;
  let records: (RunRecord | undefined)[] = [];
  let collected = 0;

  const planned = (): SweepPlan => {
    if (!plan) throw new Error('no sweep planned: call plan() or init() first');
    return plan;
  };

  return {
    /** Collector: validates and plans a sweep, and gets ready to collect its runs. */
    plan(sweep: unknown, source: string): PlanResult {
      const result = planInlineSweep(sweep, source);
      plan = result.ok ? result.plan : undefined;
      records = [];
      collected = 0;
      return result;
    },
    /** Runner: the plan whose runs this worker will be asked for. */
    init(sweepPlan: SweepPlan): void {
      plan = sweepPlan;
      init = { scenarios: sweepPlan.settings.map((s) => s.scenario), metrics: sweepPlan.metrics };
    },
    /** Runner: runs `from` .. `to − 1` of the plan (several runs per message; results carry typed arrays to transfer). */
    run(from: number, to: number): JobResult[] {
      const p = planned();
      const jobs: Job[] = [];
      for (let run = from; run < Math.min(to, p.totalRuns); run++) {
        const spec = runSpec(p, run);
        jobs.push({ run, setting: spec.setting, seed: spec.seed });
      }
      return runJobs(init!, jobs);
    },
    /** Collector: keeps finished runs (in any order); returns how many it holds. */
    collect(results: readonly JobResult[]): number {
      const p = planned();
      for (const result of results) {
        if (records[result.run] === undefined) collected++;
        records[result.run] = { run: result.run, summary: result.summary, ticks: Object.fromEntries(p.metrics.map((m, k) => [m, result.ticks[k]!])) };
      }
      return collected;
    },
    /** Collector: the result files and the charts' numbers, once every run is in. */
    finish(): SweepResult {
      const p = planned();
      const all = completeRecords(p, records.filter((r): r is RunRecord => r !== undefined));
      return { files: sweepFiles(p, all), analysis: analyseSweep(p, all) };
    },
  };
}

export type SweepApi = ReturnType<typeof createSweepApi>;
