/**
 * Building blocks of the stylized-fact checks: an interval with the direction it must
 * show, series with confidence bands for figures, and small measures taken on runs.
 */
import type { FactRun } from './runs';
import type { NumericColumn } from '../metrics/columns';
import { meanInterval, type MeanInterval } from '../run/statistics';
import { kaplanMeier } from '../run/survival';

export type Expectation =
  | { kind: 'positive' }
  | { kind: 'negative' }
  | { kind: 'below'; value: number }
  | { kind: 'above'; value: number }
  | { kind: 'within'; low: number; high: number };

export interface Check {
  label: string;
  interval: MeanInterval;
  expectation: Expectation;
  passed: boolean;
  /** Id of the mechanism (FactDefinition.mechanisms) whose ablation must make this check fail; null for a context check. */
  mechanism: string | null;
}

/** A claim on an interval: the whole 95% interval must be on the claimed side. */
export function check(label: string, interval: MeanInterval, expectation: Expectation, mechanism: string | null): Check {
  const passed =
    expectation.kind === 'positive'
      ? interval.low > 0
      : expectation.kind === 'negative'
        ? interval.high < 0
        : expectation.kind === 'below'
          ? interval.high < expectation.value
          : expectation.kind === 'above'
            ? interval.low > expectation.value
            : interval.low > expectation.low && interval.high < expectation.high;
  return { label, interval, expectation, passed, mechanism };
}

export function describeExpectation(e: Expectation): string {
  switch (e.kind) {
    case 'positive':
      return 'interval above 0';
    case 'negative':
      return 'interval below 0';
    case 'below':
      return `interval below ${e.value}`;
    case 'above':
      return `interval above ${e.value}`;
    case 'within':
      return `interval within (${e.low}, ${e.high})`;
  }
}

/** Difference of two independent means (b − a) with a normal-approximation 95% interval. */
export function unpairedDifference(a: readonly number[], b: readonly number[]): MeanInterval {
  const x = meanInterval(a);
  const y = meanInterval(b);
  const se = Math.sqrt((x.sd * x.sd) / Math.max(1, x.n) + (y.sd * y.sd) / Math.max(1, y.n));
  const mean = y.mean - x.mean;
  return { n: x.n + y.n, mean, sd: se, low: mean - 1.96 * se, high: mean + 1.96 * se };
}

/** Pearson correlation with its Fisher-z 95% interval (reported as a MeanInterval over n pairs). */
export function correlation(x: readonly number[], y: readonly number[]): MeanInterval {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let k = 0; k < n; k++) {
    sxy += (x[k]! - mx) * (y[k]! - my);
    sxx += (x[k]! - mx) ** 2;
    syy += (y[k]! - my) ** 2;
  }
  const r = sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
  const z = Math.atanh(Math.max(-0.999999, Math.min(0.999999, r)));
  const half = 1.96 / Math.sqrt(Math.max(1, n - 3));
  return { n, mean: r, sd: 0, low: Math.tanh(z - half), high: Math.tanh(z + half) };
}

export interface Series {
  label: string;
  mean: number[];
  low: number[];
  high: number[];
}

export type Figure =
  | { kind: 'lines'; title: string; xLabel: string; yLabel: string; series: Series[] }
  | { kind: 'bars'; title: string; yLabel: string; bars: { label: string; interval: MeanInterval }[] }
  | { kind: 'steps'; title: string; xLabel: string; yLabel: string; series: { label: string; points: [number, number][] }[] };

/** Mean of a column across runs at each tick, with its 95% interval. */
export function band(label: string, runs: readonly FactRun[], column: NumericColumn): Series {
  const ticks = Math.min(...runs.map((r) => r.columns.tick.length));
  const series: Series = { label, mean: [], low: [], high: [] };
  const values = new Float64Array(runs.length);
  for (let t = 0; t < ticks; t++) {
    runs.forEach((r, k) => (values[k] = r.columns[column][t]!));
    const ci = meanInterval(values);
    series.mean.push(ci.mean);
    series.low.push(ci.low);
    series.high.push(ci.high);
  }
  return series;
}

/** Kaplan–Meier curve of the first dissolution, as step points starting at (0, 1). */
export function survivalSteps(label: string, runs: readonly FactRun[]): { label: string; points: [number, number][] } {
  const curve = kaplanMeier(
    runs.map((r) => r.summary.lifetime),
    runs.map((r) => r.summary.dissolved),
  );
  const points: [number, number][] = [[0, 1]];
  for (const step of curve.steps) if (step.events > 0) points.push([step.time, step.survival]);
  const horizon = Math.max(...runs.map((r) => r.summary.ticks));
  points.push([horizon, points.at(-1)![1]]);
  return { label, points };
}

export const columnMean = (run: FactRun, column: NumericColumn, from = 0, to = Infinity): number => {
  const values = run.columns[column];
  const end = Math.min(values.length, to);
  let sum = 0;
  for (let k = from; k < end; k++) sum += values[k]!;
  return end > from ? sum / (end - from) : 0;
};

/** Coefficient of variation of a column from tick `from` on (0 when its mean is 0). */
export function coefficientOfVariation(run: FactRun, column: NumericColumn, from = 0): number {
  const values = Array.from(run.columns[column]).slice(from);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  if (mean <= 0) return 0;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length) / mean;
}

/** Tick of the first re-formation after a dissolution (index into the columns), or -1. */
export function reformationIndex(run: FactRun): number {
  const alive = run.columns.alive;
  let dissolved = false;
  for (let t = 0; t < alive.length; t++) {
    if (!alive[t]) dissolved = true;
    else if (dissolved) return t;
  }
  return -1;
}
