/**
 * Statistics for comparing settings over replications. Pure functions, no dependencies:
 * Student-t intervals, Kaplan–Meier survival, paired differences, and Morris-style
 * elementary effects computed on a full factorial grid. Elementary functions come from
 * sim/math.ts, so intervals are the same to the bit in Node and in browsers.
 */
import { exp, log } from '../math';

/** log Γ(x) by the Lanczos approximation (g = 7, n = 9), accurate to ~1e-15 for x > 0. */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
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
}

export interface SurvivalCurve {
  steps: SurvivalStep[];
  /** First time at which survival falls to 0.5 or below; null when it never does. */
  median: number | null;
}

/** Kaplan–Meier product-limit estimate. `event[k]` false means observation k is censored at `time[k]`. */
export function kaplanMeier(time: ArrayLike<number>, event: ArrayLike<boolean>): SurvivalCurve {
  const order = Array.from({ length: time.length }, (_, k) => k).sort((i, j) => time[i]! - time[j]!);
  let atRisk = order.length;
  let survival = 1;
  let median: number | null = null;
  const steps: SurvivalStep[] = [];
  for (let k = 0; k < order.length; ) {
    const t = time[order[k]!]!;
    let events = 0;
    let censored = 0;
    for (; k < order.length && time[order[k]!] === t; k++) {
      if (event[order[k]!]) events++;
      else censored++;
    }
    if (events > 0) survival *= 1 - events / atRisk;
    steps.push({ time: t, atRisk, events, censored, survival });
    if (median === null && survival <= 0.5) median = t;
    atRisk -= events + censored;
  }
  return { steps, median };
}

export interface ElementaryEffects {
  factor: string;
  /** Mean absolute elementary effect (Campolongo's μ*): the screening rank. */
  muStar: number;
  mu: number;
  sigma: number;
  n: number;
}

/**
 * Elementary effects on a full factorial grid: for each factor, every pair of settings
 * that differ only by one step of that factor gives one effect, (y(next) − y(this)) / Δ,
 * with levels scaled to [0, 1] (categorical levels by their position). `response[s]` is
 * the mean outcome of setting s, settings ordered with the first factor varying slowest.
 */
export function gridElementaryEffects(factorNames: readonly string[], levelCounts: readonly number[], response: ArrayLike<number>): ElementaryEffects[] {
  const strides = new Array<number>(levelCounts.length);
  let stride = 1;
  for (let f = levelCounts.length - 1; f >= 0; f--) {
    strides[f] = stride;
    stride *= levelCounts[f]!;
  }
  return factorNames
    .map((factor, f) => {
      const levels = levelCounts[f]!;
      const effects: number[] = [];
      if (levels > 1) {
        const delta = 1 / (levels - 1);
        for (let s = 0; s < response.length; s++) {
          const level = Math.floor(s / strides[f]!) % levels;
          if (level + 1 < levels) effects.push((response[s + strides[f]!]! - response[s]!) / delta);
        }
      }
      const n = effects.length;
      const mu = n ? effects.reduce((a, b) => a + b, 0) / n : 0;
      const muStar = n ? effects.reduce((a, b) => a + Math.abs(b), 0) / n : 0;
      const sigma = n > 1 ? Math.sqrt(effects.reduce((a, b) => a + (b - mu) ** 2, 0) / (n - 1)) : 0;
      return { factor, muStar, mu, sigma, n };
    })
    .sort((a, b) => b.muStar - a.muStar || a.factor.localeCompare(b.factor));
}
