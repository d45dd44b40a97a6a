/**
 * The size limits of a sweep, checked before any run: on one machine (the command line
 * holds every run's summary and per-tick values to write the result files) and, lower, in
 * a browser tab. One pair of checks serves both hosts; each limit set carries its words.
 */
import type { ScenarioIssue } from '../scenario/issues';
import type { SweepPlan } from './plan';
import { designSettingCount, settingCountOrigin } from './designs';
import type { SweepFile } from './schema';

export interface SweepLimits {
  settings: number;
  /** Settings × replications, whole sweep (not per shard). */
  runs: number;
  /** Per-tick values kept: runs × ticks × metrics (8 bytes each in memory). */
  values: number;
  /** Rows of ticks.csv: settings × ticks × metrics (about 110 bytes each). */
  ticksCsvRows: number;
  /** How each message names where the limit holds and what to do beyond it. */
  words: {
    settings: (made: string) => string;
    runs: string;
    values: string;
    rows: string;
  };
}

export const MACHINE_SWEEP_LIMITS: SweepLimits = {
  settings: 10_000,
  runs: 200_000,
  values: 50_000_000,
  ticksCsvRows: 2_000_000,
  words: {
    settings: (made) => `settings (${made})`,
    runs: 'runs in one sweep (settings × replications; split a larger study into several sweeps)',
    values: 'per-tick values kept (runs × ticks × metrics; fewer replications, ticks or metrics)',
    rows: 'rows of ticks.csv (settings × ticks × metrics)',
  },
};

/** Lower than one machine's: the page's collector holds every run's per-tick values, and a tab has less memory than a batch job. */
export const BROWSER_SWEEP_LIMITS: SweepLimits = {
  settings: 1_000,
  runs: 50_000,
  values: 12_000_000,
  ticksCsvRows: 500_000,
  words: {
    settings: (made) => `settings in the browser (${made}; use the command line for more)`,
    runs: 'runs in the browser (use the command line for more)',
    values: 'per-tick values in the browser (runs × months × metrics: fewer replications, months or metrics)',
    rows: 'rows of ticks.csv in the browser (settings × months × metrics)',
  },
};

const count = (n: number) => n.toLocaleString('en');

/** Checked before the settings are even built: their number and the number of runs. */
export function sweepSizeIssues(sweep: SweepFile, limits: SweepLimits, source: string): ScenarioIssue[] {
  const settings = designSettingCount(sweep);
  if (settings > limits.settings) {
    const origin = settingCountOrigin(sweep);
    return [{ source, path: origin.path, expected: `at most ${count(limits.settings)} ${limits.words.settings(origin.made)}`, received: count(settings) }];
  }
  if (settings * sweep.replications > limits.runs) {
    return [{ source, path: 'replications', expected: `at most ${count(limits.runs)} ${limits.words.runs}`, received: `${count(settings)} × ${count(sweep.replications)} = ${count(settings * sweep.replications)}` }];
  }
  return [];
}

/** Checked once the settings are known (each may have its own horizon), before any run. */
export function sweepOutputIssues(plan: SweepPlan, limits: SweepLimits, source: string): ScenarioIssue[] {
  let ticks = 0;
  for (const setting of plan.settings) ticks += setting.scenario.ticks;
  const values = ticks * plan.replications * plan.metrics.length;
  const rows = ticks * plan.metrics.length;
  const issues: ScenarioIssue[] = [];
  if (values > limits.values) issues.push({ source, path: 'metrics', expected: `at most ${count(limits.values)} ${limits.words.values}`, received: count(values) });
  if (rows > limits.ticksCsvRows) issues.push({ source, path: 'metrics', expected: `at most ${count(limits.ticksCsvRows)} ${limits.words.rows}`, received: count(rows) });
  return issues;
}
