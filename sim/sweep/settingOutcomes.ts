/**
 * A finished sweep's run records, grouped by setting, and what each setting measured: the
 * outcome means with the interval that fits each, survival curves, values per tick, paired
 * differences with the first setting and the response the sensitivity designs analyse.
 * output.ts writes these numbers as files and analysis.ts hands them to charts: both read
 * them here, so a chart and its file cannot disagree.
 */
import type { RunSummary } from '../metrics/summary';
import type { SweepPlan } from './plan';
import { reportedInterval, wilsonInterval, type MeanInterval } from '../run/statistics';
import { kaplanMeier, restrictedMean, type SurvivalCurve } from '../run/survival';

export interface RunRecord {
  run: number;
  summary: RunSummary;
  /** Per-tick values of each of the plan's metrics. */
  ticks: Record<string, ArrayLike<number>>;
}

/** Summary fields compared between settings and screened for sensitivity. */
export const OUTCOME_METRICS = [
  'lifetime',
  'survived',
  'cumulative_effectiveness',
  'mean_efficiency',
  'mean_efficiency_members',
  'final_population_outcome',
  'mean_members',
] as const;

export type OutcomeMetric = (typeof OUTCOME_METRICS)[number];

const numeric = (value: number | boolean) => (typeof value === 'boolean' ? (value ? 1 : 0) : value);

/** Records indexed by run; throws if any run of the plan is missing. */
export function completeRecords(plan: SweepPlan, records: Iterable<RunRecord>): RunRecord[] {
  const byRun = new Array<RunRecord | undefined>(plan.totalRuns);
  for (const record of records) byRun[record.run] = record;
  const missing = byRun.reduce((n, r) => n + (r ? 0 : 1), 0) + (plan.totalRuns - byRun.length);
  if (missing > 0) throw new Error(`${missing} of ${plan.totalRuns} runs are missing`);
  return byRun as RunRecord[];
}

export function outcome(record: RunRecord, metric: OutcomeMetric): number {
  return numeric(record.summary[metric]);
}

/** The runs of one setting (records in run order: a setting's replications follow each other). */
export function recordsOf(plan: SweepPlan, records: readonly RunRecord[], setting: number): RunRecord[] {
  return records.slice(setting * plan.replications, (setting + 1) * plan.replications);
}

/** The Kaplan–Meier curve of a setting's runs: the first dissolution is the event, the horizon censors. */
export function survivalOf(group: readonly RunRecord[]): SurvivalCurve {
  return kaplanMeier(
    group.map((r) => r.summary.lifetime),
    group.map((r) => r.summary.dissolved),
  );
}

/**
 * A setting's outcome with the interval that fits it: lifetime is censored at the horizon,
 * so its mean is the restricted mean survival time with its own interval (within [0,
 * horizon]); survival is a proportion (Wilson); the others a Student t interval of the
 * mean, or none (empty) with fewer than two runs or runs all equal.
 */
export function settingOutcome(group: readonly RunRecord[], metric: OutcomeMetric): MeanInterval {
  const values = group.map((r) => outcome(r, metric));
  const ci = reportedInterval(values);
  if (metric === 'lifetime') {
    const horizon = group.reduce((most, r) => Math.max(most, r.summary.ticks), 0);
    const rmst = restrictedMean(survivalOf(group), horizon);
    return { n: ci.n, mean: rmst.mean, sd: ci.sd, low: rmst.low, high: rmst.high };
  }
  if (metric === 'survived') {
    const share = wilsonInterval(
      values.reduce((sum, v) => sum + v, 0),
      values.length,
    );
    return { n: ci.n, mean: share.mean, sd: ci.sd, low: share.low, high: share.high };
  }
  return ci;
}

/** Values of a per-tick metric at tick index t, from the runs that reached it (a shorter run lowers n, it is not a zero). */
export function tickValues(group: readonly RunRecord[], metric: string, t: number, into: Float64Array): Float64Array {
  let n = 0;
  for (const r of group) {
    const column = r.ticks[metric];
    if (column && t < column.length) into[n++] = column[t]!;
  }
  return into.subarray(0, n);
}

/** Whether settings are compared with the first: paired seeds on a grid of at least two settings. */
export function comparesWithFirst(plan: SweepPlan): boolean {
  return plan.seedPolicy === 'paired' && plan.design.type === 'grid' && plan.settings.length > 1;
}

/** Mean of b − a over pairs (same seeds) with its 95% interval, empty when it cannot be computed (fewer than two pairs, or all differences equal). */
export function pairedDifferenceReported(a: ArrayLike<number>, b: ArrayLike<number>): MeanInterval {
  if (a.length !== b.length) throw new Error(`paired samples differ in size: ${a.length} and ${b.length}`);
  const differences = new Float64Array(a.length);
  for (let k = 0; k < a.length; k++) differences[k] = b[k]! - a[k]!;
  return reportedInterval(differences);
}

/** Each setting's mean of an outcome, in setting order: the response sensitivity is measured on. */
export function outcomeResponse(plan: SweepPlan, records: readonly RunRecord[], metric: OutcomeMetric): Float64Array {
  return Float64Array.from(plan.settings, (s) => settingOutcome(recordsOf(plan, records, s.index), metric).mean);
}
