/**
 * Statistics for comparing settings over replications. Pure functions, no dependencies:
 * Student-t intervals, Kaplan–Meier survival, paired differences, and Morris-style
 * elementary effects computed on a full factorial grid. Elementary functions come from
 * sim/math.ts, so intervals are the same to the bit in Node and in browsers.
 */
import { exp, log, pow } from '../math';

/** log Γ(x) by the Lanczos approximation (g = 7, n = 9), accurate to ~1e-15 for x > 0. */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
    9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  // Only called with x ≥ 0.5 here (half-integer degrees of freedom); the reflection formula would need sin.
  if (x < 0.5) throw new RangeError(`logGamma needs x >= 0.5, received ${x}`);
  const z = x - 1;
  let sum = c[0]!;
  for (let k = 1; k < 9; k++) sum += c[k]! / (z + k);
  const t = z + 7.5;
  return 0.5 * log(2 * Math.PI) + (z + 0.5) * log(t) - t + log(sum);
}

/** Continued fraction of the regularised incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/** Regularised incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * log(x) + b * log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(a, b, x)) / a : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The p-quantile of Student's t (bisection on the CDF; |error| < 1e-10). */
export function studentTQuantile(p: number, df: number): number {
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  let low = 0;
  let high = 1;
  while (studentTCdf(high, df) < p) high *= 2;
  for (let k = 0; k < 200 && high - low > 1e-12; k++) {
    const mid = (low + high) / 2;
    if (studentTCdf(mid, df) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

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

export interface SurvivalStep {
  time: number;
  atRisk: number;
  events: number;
  censored: number;
  survival: number;
  /** Greenwood's variance of the survival estimate. */
  variance: number;
  /** 95% band, log-log transformed (R's survfit conf.type "log-log"): within [0, 1]; NaN where it cannot be computed. */
  ciLow: number;
  ciHigh: number;
}

export interface SurvivalCurve {
  /** From time 0 (survival 1), then one step per distinct time. */
  steps: SurvivalStep[];
  /**
   * Median lifetime by R's rule: the first time survival is at or below one half (within
   * rounding); when it is exactly one half until the next event, the midpoint of the two
   * times. Null when more than half survive.
   */
  median: number | null;
  /** Brookmeyer–Crowley 95% interval of the median, from the log-log band (null: not reached). */
  medianLow: number | null;
  medianHigh: number | null;
}

/** Survival within this of one half counts as one half (a product of fractions drifts by rounding). */
const HALF_TOLERANCE = 1e-9;
const Z95 = 1.959963984540054;

/** Kaplan–Meier product-limit estimate. `event[k]` false means observation k is censored at `time[k]`. */
export function kaplanMeier(time: ArrayLike<number>, event: ArrayLike<boolean>): SurvivalCurve {
  const order = Array.from({ length: time.length }, (_, k) => k).sort((i, j) => time[i]! - time[j]!);
  let atRisk = order.length;
  let survival = 1;
  let greenwood = 0;
  const steps: SurvivalStep[] = [{ time: 0, atRisk, events: 0, censored: 0, survival: 1, variance: 0, ciLow: 1, ciHigh: 1 }];
  for (let k = 0; k < order.length; ) {
    const t = time[order[k]!]!;
    let events = 0;
    let censored = 0;
    for (; k < order.length && time[order[k]!] === t; k++) {
      if (event[order[k]!]) events++;
      else censored++;
    }
    if (events > 0) {
      survival *= 1 - events / atRisk;
      greenwood += atRisk > events ? events / (atRisk * (atRisk - events)) : Number.POSITIVE_INFINITY;
    }
    const [ciLow, ciHigh] = logLogBand(survival, greenwood);
    const step = { time: t, atRisk, events, censored, survival, variance: survival * survival * greenwood, ciLow, ciHigh };
    if (t === 0 && steps.length === 1 && events === 0) steps[0] = { ...step, survival: 1 };
    else steps.push(step);
    atRisk -= events + censored;
  }
  for (const step of steps) if (!Number.isFinite(step.variance)) step.variance = Number.NaN;
  const median = quantileTime(steps, (s) => s.survival, true);
  // The interval is where one half lies within the band: from the first time the lower
  // band reaches it to the first time the upper band does (R's survfit, log-log).
  return { steps, median, medianLow: quantileTime(steps, (s) => s.ciLow, false), medianHigh: quantileTime(steps, (s) => s.ciHigh, false) };
}

/** 95% band of S with Greenwood's sum `g` (= Var Ŝ / Ŝ²) on the log(−log S) scale. */
function logLogBand(survival: number, g: number): [number, number] {
  if (survival >= 1) return [1, 1];
  if (survival <= 0) return [0, 0];
  if (!Number.isFinite(g)) return [Number.NaN, Number.NaN];
  // sim/math.ts's exp, log and pow: the same digits in every JavaScript engine (the page's
  // files must match the command line's byte for byte; Math.exp and ** may differ by an ulp).
  const se = Math.sqrt(g) / Math.abs(log(survival));
  return [pow(survival, exp(Z95 * se)), pow(survival, exp(-Z95 * se))];
}

/** First time the curve `value` is at or below one half; the midpoint rule for the estimate itself. */
function quantileTime(steps: readonly SurvivalStep[], value: (s: SurvivalStep) => number, midpoint: boolean): number | null {
  for (let k = 0; k < steps.length; k++) {
    const v = value(steps[k]!);
    if (!(v <= 0.5 + HALF_TOLERANCE)) continue;
    if (midpoint && Math.abs(v - 0.5) <= HALF_TOLERANCE) {
      // Exactly one half until the curve next drops: R takes the middle of that stretch.
      const next = steps.slice(k + 1).find((s) => value(s) < v - HALF_TOLERANCE);
      return next ? (steps[k]!.time + next.time) / 2 : steps[k]!.time;
    }
    return steps[k]!.time;
  }
  return null;
}

export interface RestrictedMean {
  /** Restricted mean survival time to the horizon: the area under the curve from 0 to `horizon`. */
  mean: number;
  /** 95% interval (normal, variance by the Greenwood-type formula of Klein & Moeschberger 4.5), within [0, horizon]; NaN when it cannot be computed. */
  low: number;
  high: number;
}

/** RMST of a Kaplan–Meier curve to `horizon` (months), with its interval. */
export function restrictedMean(curve: SurvivalCurve, horizon: number): RestrictedMean {
  const steps = curve.steps.filter((s) => s.time <= horizon);
  // Area after each step, to the horizon: A_k = ∫ from t_k to τ of S.
  const after = new Float64Array(steps.length);
  let area = 0;
  for (let k = steps.length - 1; k >= 0; k--) {
    const end = k + 1 < steps.length ? steps[k + 1]!.time : horizon;
    area += steps[k]!.survival * (end - steps[k]!.time);
    after[k] = area;
  }
  let variance = 0;
  for (let k = 1; k < steps.length; k++) {
    const s = steps[k]!;
    if (s.events === 0) continue;
    // Where everyone at risk dissolves, nothing is left after it (A = 0): no term.
    if (s.atRisk > s.events) variance += (after[k]! * after[k]! * s.events) / (s.atRisk * (s.atRisk - s.events));
  }
  const half = Z95 * Math.sqrt(variance);
  const n = steps[0]?.atRisk ?? 0;
  if (n < 2) return { mean: area, low: Number.NaN, high: Number.NaN };
  return { mean: area, low: Math.max(0, area - half), high: Math.min(horizon, area + half) };
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
