/**
 * The files of a finished sweep, built from its run records (pure, so the CLI, merge and
 * the browser produce byte-identical text). Rows are always in run order, whatever order
 * runs finished in, so the output does not depend on workers, shards or interruptions.
 * The numbers are settingOutcomes.ts's (the charts read the same); this file writes them.
 */
import { csvFormatValue } from 'd3-dsv';
import { SUMMARY_FIELDS } from '../metrics/summary';
import type { SweepPlan } from './plan';
import { runSpec } from './plan';
import { reportedInterval } from '../run/statistics';
import { screeningOf, sobolOf } from './designAnalysis';
import {
  comparesWithFirst,
  OUTCOME_METRICS,
  outcome,
  outcomeResponse,
  pairedDifferenceReported,
  recordsOf,
  settingOutcome,
  survivalOf,
  tickValues,
  type RunRecord,
} from './settingOutcomes';

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (starting with = + - @, tab
 * or carriage return) is prefixed with an apostrophe; numbers are never touched.
 */
export function csvCell(value: unknown): string {
  // A statistic that cannot be computed (NaN) is an empty cell, as a missing value in R or pandas.
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  let text =
    typeof value === 'string'
      ? value
      : value === undefined
        ? ''
        : typeof value === 'number' || typeof value === 'boolean'
          ? String(value)
          : JSON.stringify(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  // Quoting (commas, quotes, line breaks) as d3-dsv writes it.
  return csvFormatValue(text);
}
const row = (cells: unknown[]) => cells.map(csvCell).join(',');

function settingCells(plan: SweepPlan, setting: number): unknown[] {
  const s = plan.settings[setting]!;
  return [s.id, ...s.values];
}
const settingHeader = (plan: SweepPlan) => ['setting', ...plan.factorNames];

export function runsCsv(plan: SweepPlan, records: readonly RunRecord[]): string {
  const lines = [row([...settingHeader(plan), 'replication', ...SUMMARY_FIELDS, 'mean_efficiency_members', 'dissolved'])];
  for (const record of records) {
    const spec = runSpec(plan, record.run);
    const summary = record.summary;
    lines.push(
      row([
        ...settingCells(plan, spec.setting),
        spec.replication,
        ...SUMMARY_FIELDS.map((f) => summary[f]),
        summary.mean_efficiency_members,
        summary.dissolved,
      ]),
    );
  }
  return `${lines.join('\n')}\n`;
}

export function ticksCsv(plan: SweepPlan, records: readonly RunRecord[]): string {
  const lines = [row([...settingHeader(plan), 'tick', 'metric', 'mean', 'sd', 'ci_low', 'ci_high', 'n'])];
  for (const setting of plan.settings) {
    const group = recordsOf(plan, records, setting.index);
    const ticks = group.reduce((most, r) => Math.max(most, r.summary.ticks), 0);
    const values = new Float64Array(group.length);
    for (let t = 0; t < ticks; t++) {
      for (const metric of plan.metrics) {
        const ci = reportedInterval(tickValues(group, metric, t, values));
        lines.push(row([...settingCells(plan, setting.index), t + 1, metric, ci.mean, ci.sd, ci.low, ci.high, ci.n]));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Kaplan–Meier survival of the partnership per setting: first dissolution is the event, the horizon censors. */
export function survivalCsv(plan: SweepPlan, records: readonly RunRecord[]): string {
  const lines = [row([...settingHeader(plan), 'time', 'at_risk', 'events', 'censored', 'survival', 'ci_low', 'ci_high'])];
  for (const setting of plan.settings) {
    const curve = survivalOf(recordsOf(plan, records, setting.index));
    for (const step of curve.steps)
      lines.push(row([...settingCells(plan, setting.index), step.time, step.atRisk, step.events, step.censored, step.survival, step.ciLow, step.ciHigh]));
  }
  return `${lines.join('\n')}\n`;
}

/** Per setting: each outcome's mean and 95% interval, and the median lifetime. */
export function settingsCsv(plan: SweepPlan, records: readonly RunRecord[]): string {
  const header = [...settingHeader(plan), 'runs', 'median_lifetime', 'median_lifetime_ci_low', 'median_lifetime_ci_high'];
  for (const metric of OUTCOME_METRICS) header.push(`${metric}_mean`, `${metric}_ci_low`, `${metric}_ci_high`);
  const lines = [row(header)];
  for (const setting of plan.settings) {
    const group = recordsOf(plan, records, setting.index);
    const curve = survivalOf(group);
    const cells: unknown[] = [...settingCells(plan, setting.index), group.length, curve.median ?? '', curve.medianLow ?? '', curve.medianHigh ?? ''];
    for (const metric of OUTCOME_METRICS) {
      const ci = settingOutcome(group, metric);
      cells.push(ci.mean, ci.low, ci.high);
    }
    lines.push(row(cells));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Each setting against the first (reference) setting, paired by replication; empty unless
 * seeds are paired and the design is a grid (a sampled design's first point is no reference).
 */
export function differencesCsv(plan: SweepPlan, records: readonly RunRecord[]): string {
  const lines = [row([...settingHeader(plan), 'reference', 'metric', 'mean_difference', 'ci_low', 'ci_high', 'n'])];
  if (!comparesWithFirst(plan)) return `${lines.join('\n')}\n`;
  const reference = recordsOf(plan, records, 0);
  for (const setting of plan.settings.slice(1)) {
    const group = recordsOf(plan, records, setting.index);
    for (const metric of OUTCOME_METRICS) {
      const d = pairedDifferenceReported(
        reference.map((r) => outcome(r, metric)),
        group.map((r) => outcome(r, metric)),
      );
      lines.push(row([...settingCells(plan, setting.index), plan.settings[0]!.id, metric, d.mean, d.low, d.high, d.n]));
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Elementary-effects screening of the factors, ranked by μ* within each outcome: a grid's
 * effects, or Morris's along trajectories (with the bootstrap interval of μ*); only the
 * header for designs without elementary effects.
 */
export function sensitivityCsv(plan: SweepPlan, records: readonly RunRecord[]): string {
  const lines = [row(['metric', 'rank', 'factor', 'mu_star', 'mu_star_ci_low', 'mu_star_ci_high', 'mu', 'sigma', 'n'])];
  if (plan.design.type === 'grid' || plan.design.type === 'morris') {
    for (const metric of OUTCOME_METRICS) {
      screeningOf(plan, metric, outcomeResponse(plan, records, metric)).forEach((e, k) =>
        lines.push(row([metric, k + 1, e.factor, e.muStar, e.muStarLow, e.muStarHigh, e.mu, e.sigma, e.n])),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Sobol first-order and total indices with their bootstrap intervals; only the header unless the design is sobol. */
export function sobolCsv(plan: SweepPlan, records: readonly RunRecord[]): string {
  const lines = [row(['metric', 'factor', 's1', 's1_ci_low', 's1_ci_high', 'st', 'st_ci_low', 'st_ci_high', 'samples'])];
  if (plan.design.type === 'sobol') {
    for (const metric of OUTCOME_METRICS) {
      for (const index of sobolOf(plan, metric, outcomeResponse(plan, records, metric))) {
        lines.push(row([metric, index.factor, index.first, index.firstLow, index.firstHigh, index.total, index.totalLow, index.totalHigh, index.n]));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** All result files of a sweep, by name. */
export function sweepFiles(plan: SweepPlan, records: readonly RunRecord[]): Record<string, string> {
  return {
    'runs.csv': runsCsv(plan, records),
    'ticks.csv': ticksCsv(plan, records),
    'settings.csv': settingsCsv(plan, records),
    'survival.csv': survivalCsv(plan, records),
    'differences.csv': differencesCsv(plan, records),
    'sensitivity.csv': sensitivityCsv(plan, records),
    'sobol.csv': sobolCsv(plan, records),
  };
}
