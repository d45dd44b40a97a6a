/**
 * The size limits of a sweep, checked before any run: on one machine (the command line
 * holds every run's summary and per-tick values to write the result files) and, lower, in
 * a browser tab. One pair of checks serves both hosts; each limit set carries its words.
 */
import type { ScenarioIssue } from '../scenario/issues';
import type { SweepPlan } from './plan';
import { designSettingCount, settingCountOrigin } from './designs';
import type { SweepFile } from './schema';
import { sweepProblem } from './problems';

export interface SweepLimits {
  settings: number;
  /** Settings × replications, whole sweep (not per shard). */
  runs: number;
  /** Per-tick values kept: runs × ticks × metrics (8 bytes each in memory). */
  values: number;
  /** Rows of ticks.csv: settings × ticks × metrics (about 110 bytes each). */
  ticksCsvRows: number;
  /** The page's limits (its problems say to use the command line beyond them). */
  browser: boolean;
}

export const MACHINE_SWEEP_LIMITS: SweepLimits = { settings: 10_000, runs: 200_000, values: 50_000_000, ticksCsvRows: 2_000_000, browser: false };

/** Lower than one machine's: the page's collector holds every run's per-tick values, and a tab has less memory than a batch job. */
export const BROWSER_SWEEP_LIMITS: SweepLimits = { settings: 1_000, runs: 50_000, values: 12_000_000, ticksCsvRows: 500_000, browser: true };

/** Checked before the settings are even built: their number and the number of runs. */
export function sweepSizeIssues(sweep: SweepFile, limits: SweepLimits, source: string): ScenarioIssue[] {
  const settings = designSettingCount(sweep);
  const browser = limits.browser;
  if (settings > limits.settings) {
    const origin = settingCountOrigin(sweep);
    return [sweepProblem(source, origin.path, 'tooManySettings', { limit: limits.settings, settings, made: origin.made, browser })];
  }
  if (settings * sweep.replications > limits.runs)
    return [sweepProblem(source, 'replications', 'tooManyRuns', { limit: limits.runs, settings, replications: sweep.replications, browser })];
  return [];
}

/** Checked once the settings are known (each may have its own horizon), before any run. */
export function sweepOutputIssues(plan: SweepPlan, limits: SweepLimits, source: string): ScenarioIssue[] {
  let ticks = 0;
  for (const setting of plan.settings) ticks += setting.scenario.ticks;
  const values = ticks * plan.replications * plan.metrics.length;
  const rows = ticks * plan.metrics.length;
  const issues: ScenarioIssue[] = [];
  if (values > limits.values) issues.push(sweepProblem(source, 'metrics', 'tooManyValues', { limit: limits.values, values, browser: limits.browser }));
  if (rows > limits.ticksCsvRows)
    issues.push(sweepProblem(source, 'metrics', 'tooManyTickRows', { limit: limits.ticksCsvRows, rows, browser: limits.browser }));
  return issues;
}
