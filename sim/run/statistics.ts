/**
 * Intervals for comparing settings over replications: the Student t interval of a mean,
 * paired differences, the Wilson interval of a share, and the interval a report shows (none
 * when it cannot be computed). The t quantiles are studentT.ts's; survival curves and
 * restricted means are survival.ts's.
 */
import { studentTQuantile } from './studentT';

/** The normal distribution's 97.5 % quantile: the half-width of a 95 % interval in standard errors. */
export const Z95 = 1.959963984540054;

export interface MeanInterval {
  n: number;
  mean: number;
  sd: number;
  /** 95% confidence interval of the mean (Student t); equal to the mean when n < 2. */
  low: number;
  high: number;
}

const criticalValues = new Map<number, number>();
function tCritical(df: number): number {
  let value = criticalValues.get(df);
  if (value === undefined) {
    value = studentTQuantile(0.975, df);
    criticalValues.set(df, value);
  }
  return value;
}

export function meanInterval(values: ArrayLike<number>): MeanInterval {
  const n = values.length;
  if (n === 0) return { n: 0, mean: 0, sd: 0, low: 0, high: 0 };
  let sum = 0;
  for (let k = 0; k < n; k++) sum += values[k]!;
  const mean = sum / n;
  if (n < 2) return { n, mean, sd: 0, low: mean, high: mean };
  let squares = 0;
  for (let k = 0; k < n; k++) squares += (values[k]! - mean) ** 2;
  const sd = Math.sqrt(squares / (n - 1));
  const half = (tCritical(n - 1) * sd) / Math.sqrt(n);
  return { n, mean, sd, low: mean - half, high: mean + half };
}

/** Mean of b − a over pairs (same seeds), with its 95% interval. */
export function pairedDifference(a: ArrayLike<number>, b: ArrayLike<number>): MeanInterval {
  if (a.length !== b.length) throw new Error(`paired samples differ in size: ${a.length} and ${b.length}`);
  const differences = new Float64Array(a.length);
  for (let k = 0; k < a.length; k++) differences[k] = b[k]! - a[k]!;
  return meanInterval(differences);
}

/** Wilson score 95% interval of a proportion (never outside [0, 1], never zero width for n ≥ 1). */
export function wilsonInterval(successes: number, n: number): { mean: number; low: number; high: number } {
  if (n === 0) return { mean: Number.NaN, low: Number.NaN, high: Number.NaN };
  const p = successes / n;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { mean: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * The 95% interval a report can show: a Student t interval of the mean, or none (NaN, an
 * empty cell) when it cannot be computed — fewer than two values, or values all equal (a
 * zero-width interval would claim a certainty the sample cannot give).
 */
export function reportedInterval(values: ArrayLike<number>): MeanInterval & { reason: 'n<2' | 'constant' | null } {
  const ci = meanInterval(values);
  if (ci.n < 2) return { ...ci, low: Number.NaN, high: Number.NaN, reason: 'n<2' };
  if (ci.sd === 0) return { ...ci, low: Number.NaN, high: Number.NaN, reason: 'constant' };
  return { ...ci, reason: null };
}
