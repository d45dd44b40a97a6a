/**
 * A finished sweep as numbers for charts: per-tick means with 95% intervals per setting,
 * Kaplan–Meier curves, paired differences with the first setting and the sensitivity
 * ranking. Each is computed the way sim/sweep/output.ts computes the matching CSV
 * (same statistics, same order of operations), so a chart shows exactly the file's numbers;
 * tests/worker/sweepApi.test.ts checks that they agree to the last digit.
 */
import type { SweepPlan } from './plan';
import { comparesWithFirst, OUTCOME_METRICS, pairedDifferenceReported, settingOutcome, survivalOf, tickValues, type RunRecord } from './settingOutcomes';
import { reportedInterval, type MeanInterval } from '../run/statistics';
import type { SurvivalStep } from '../run/survival';
import type { ResolvedDesign } from './designs';
import { screeningOf, sobolOf } from './designAnalysis';
import type { ScreeningResult, SobolResult } from './sensitivity';

export interface BandSeries {
  /** Index t holds tick t + 1 (as ticks.csv). */
  mean: Float64Array;
  low: Float64Array;
  high: Float64Array;
}

export interface SettingDifference {
  /** Index of the setting compared with setting 0. */
  setting: number;
  metric: string;
  difference: MeanInterval;
}

export interface SweepAnalysis {
  title: string;
  design: ResolvedDesign;
  factorNames: string[];
  factorLevels: unknown[][];
  settings: { id: string; values: unknown[]; ticks: number }[];
  replications: number;
  seedPolicy: 'paired' | 'independent';
  /** Per-tick metrics summarised (ticks.csv). */
  metrics: string[];
  /** Summary outcomes compared between settings (settings.csv, differences.csv, sensitivity.csv). */
  outcomes: string[];
  /** bands[metric][setting]: ticks.csv. */
  bands: Record<string, BandSeries[]>;
  /** Per setting: survival.csv, and the median lifetime of settings.csv with its interval (null when more than half survive). */
  survival: { steps: SurvivalStep[]; median: number | null; medianLow: number | null; medianHigh: number | null }[];
  /** outcomeMeans[outcome][setting]: settings.csv. */
  outcomeMeans: Record<string, MeanInterval[]>;
  /** Settings other than the first, outcome by outcome (differences.csv); empty unless seeds are paired. */
  differences: SettingDifference[];
  /** Factors ranked by μ* for each outcome (sensitivity.csv); empty effects for designs without them. */
  sensitivity: { metric: string; effects: ScreeningResult[] }[];
  /** Sobol indices of each factor for each outcome (sobol.csv); empty indices unless the design is sobol. */
  sobol: { metric: string; indices: SobolResult[] }[];
}

const numeric = (value: number | boolean) => (typeof value === 'boolean' ? (value ? 1 : 0) : value);
const outcome = (record: RunRecord, metric: (typeof OUTCOME_METRICS)[number]) => numeric(record.summary[metric]);

/** Ticks of the longest run of a group (a loop: a spread of many replications would overflow the stack). */
function longestRun(group: readonly RunRecord[]): number {
  let ticks = -Infinity;
  for (const record of group) ticks = Math.max(ticks, record.summary.ticks);
  return ticks;
}

/** `records` complete and in run order (see completeRecords). */
export function analyseSweep(plan: SweepPlan, records: readonly RunRecord[]): SweepAnalysis {
  const groups = plan.settings.map((s) => records.slice(s.index * plan.replications, (s.index + 1) * plan.replications));

  const bands: Record<string, BandSeries[]> = {};
  for (const metric of plan.metrics) bands[metric] = [];
  const horizons = groups.map(longestRun);
  groups.forEach((group, g) => {
    const ticks = horizons[g]!;
    const values = new Float64Array(group.length);
    for (const metric of plan.metrics) {
      const band: BandSeries = { mean: new Float64Array(ticks), low: new Float64Array(ticks), high: new Float64Array(ticks) };
      for (let t = 0; t < ticks; t++) {
        const ci = reportedInterval(tickValues(group, metric, t, values));
        band.mean[t] = ci.mean;
        band.low[t] = ci.low;
        band.high[t] = ci.high;
      }
      bands[metric]!.push(band);
    }
  });

  const survival = groups.map(survivalOf);

  const outcomeMeans: Record<string, MeanInterval[]> = {};
  for (const metric of OUTCOME_METRICS) outcomeMeans[metric] = groups.map((group) => settingOutcome(group, metric));

  const differences: SettingDifference[] = [];
  if (comparesWithFirst(plan)) {
    const reference = groups[0]!;
    groups.slice(1).forEach((group, k) => {
      for (const metric of OUTCOME_METRICS) {
        differences.push({
          setting: k + 1,
          metric,
          difference: pairedDifferenceReported(
            reference.map((r) => outcome(r, metric)),
            group.map((r) => outcome(r, metric)),
          ),
        });
      }
    });
  }

  const response = (metric: string) => Float64Array.from(outcomeMeans[metric]!, (ci) => ci.mean);
  const sensitivity = OUTCOME_METRICS.map((metric) => ({ metric, effects: screeningOf(plan, metric, response(metric)) }));
  const sobol = OUTCOME_METRICS.map((metric) => ({ metric, indices: sobolOf(plan, metric, response(metric)) }));

  return {
    title: plan.title,
    design: plan.design,
    factorNames: plan.factorNames,
    factorLevels: plan.factorLevels,
    settings: plan.settings.map((s, k) => ({ id: s.id, values: s.values, ticks: horizons[k]! })),
    replications: plan.replications,
    seedPolicy: plan.seedPolicy,
    metrics: plan.metrics,
    outcomes: [...OUTCOME_METRICS],
    bands,
    survival,
    outcomeMeans,
    differences,
    sensitivity,
    sobol,
  };
}

/** The analysis' typed arrays, to transfer instead of copying. */
export function analysisBuffers(analysis: SweepAnalysis): ArrayBuffer[] {
  return Object.values(analysis.bands).flatMap((series) => series.flatMap((band) => [band.mean.buffer, band.low.buffer, band.high.buffer] as ArrayBuffer[]));
}
