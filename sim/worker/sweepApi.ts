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
import { BROWSER_SWEEP_LIMITS } from '../sweep/limits';
import { runSpec, type SweepPlan } from '../sweep/plan';
import { planWithinLimits, type PlanResult } from '../sweep/planWithinLimits';
import { sweepProblem } from '../sweep/problems';
import { runJobs, type Job, type JobResult, type WorkerInit } from '../run/jobs';
import { sweepFiles } from '../sweep/output';
import { completeRecords, type RunRecord } from '../sweep/settingOutcomes';
import { sweepSchema } from '../sweep/schema';
import { toIssues } from '../scenario/zodIssues';
import { placed, type SweepPlace } from '../scenario/issues';
import { analyseSweep, type SweepAnalysis } from '../sweep/analysis';

/** Limits of a sweep in a browser tab (sim/sweep/limits.ts), lower than the command line's. */
export { BROWSER_SWEEP_LIMITS };

export type { PlanResult };

/** The name the page gives its own sweep (the analysis view): each language words it ("sweep", "balayage"). */
export const PAGE_SWEEP = 'sweep';

export interface SweepResult {
  /** runs.csv, ticks.csv, settings.csv, survival.csv, differences.csv, sensitivity.csv, sobol.csv: the command line's text. */
  files: Record<string, string>;
  analysis: SweepAnalysis;
}

/** Validates a sweep whose base scenario is inline (a page cannot read a path) and plans it; `source` names it (PAGE_SWEEP for the page's own). */
export function planInlineSweep(input: unknown, source: string): PlanResult {
  const sweepPlace: SweepPlace = { name: source === PAGE_SWEEP ? null : source };
  const parsed = sweepSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: toIssues(sweepSchema, parsed.error.issues, input).map((issue) => placed(issue, sweepPlace)) };
  const sweep = parsed.data;
  if (typeof sweep.scenario === 'string') {
    return { ok: false, issues: [placed(sweepProblem(source, 'scenario', 'scenarioPathInBrowser', { path: sweep.scenario }), sweepPlace)] };
  }
  return planWithinLimits(sweep, sweep.scenario, BROWSER_SWEEP_LIMITS, { sweep: sweepPlace, scenario: { ...sweepPlace, scenario: true } });
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
      const all = completeRecords(
        p,
        records.filter((r): r is RunRecord => r !== undefined),
      );
      return { files: sweepFiles(p, all), analysis: analyseSweep(p, all) };
    },
  };
}

export type SweepApi = ReturnType<typeof createSweepApi>;
