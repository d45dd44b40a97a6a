/**
 * Survival over replications: the Kaplan–Meier product-limit curve with its Greenwood
 * variance and log-log band, the median lifetime and its interval (R's survfit rules), and
 * the restricted mean survival time to a horizon. Elementary functions come from
 * sim/math.ts, so the curves are the same to the bit in Node and in browsers.
 */
import { exp, log, pow } from '../math';
import { Z95 } from './statistics';

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
