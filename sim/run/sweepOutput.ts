/**
 * The files of a finished sweep, built from its run records (pure, so the CLI, merge and
 * the browser produce byte-identical text). Rows are always in run order, whatever order
 * runs finished in, so the output does not depend on workers, shards or interruptions.
 */
import { SUMMARY_FIELDS, type RunSummary } from '../metrics/summary';
import type { SweepPlan } from './design';
import { runSpec } from './design';
import { gridElementaryEffects, kaplanMeier, meanInterval, pairedDifference } from './statistics';

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

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (starting with = + - @, tab
 * or carriage return) is prefixed with an apostrophe; numbers are never touched.
 */
export function csvCell(value: unknown): string {
  let text = typeof value === 'string' ? value : value === undefined ? '' : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
const row = (cells: unknown[]) => cells.map(csvCell).join(',');
const numeric = (value: number | boolean) => (typeof value === 'boolean' ? (value ? 1 : 0) : value);

/** Records indexed by run; throws if any run of the plan is missing. */
export function completeRecords(plan: SweepPlan, records: Iterable<RunRecord>): RunRecord[] {
  const byRun = new Array<RunRecord | undefined>(plan.totalRuns);
  for (const record of records) byRun[record.run] = record;
  const missing = byRun.reduce((n, r) => n + (r ? 0 : 1), 0) + (plan.totalRuns - byRun.length);
  if (missing > 0) throw new Error(`${missing} of ${plan.totalRuns} runs are missing`);
  return byRun as RunRecord[];
}

function settingCells(plan: SweepPlan, setting: number): unknown[] {
  const s = plan.settings[setting]!;
  return [s.id, ...s.values];
}
const settingHeader = (plan: SweepPlan) => ['setting', ...plan.factorNames];

function outcome(record: RunRecord, metric: (typeof OUTCOME_METRICS)[number]): number {
  return numeric(record.summary[metric]);
}

function recordsOf(plan: SweepPlan, records: readonly RunRecord[], setting: number): RunRecord[] {
  return records.slice(setting * plan.replications, (setting + 1) * plan.replications);
}

export function runsCsv(plan: SweepPlan, records: readonly RunRecord[]): string {
  const lines = [row([...settingHeader(plan), 'replication', ...SUMMARY_FIELDS, 'dissolved'])];
  for (const record of records) {
    const spec = runSpec(plan, record.run);
    const summary = record.summary;
    lines.push(row([...settingCells(plan, spec.setting), spec.replication, ...SUMMARY_FIELDS.map((f) => summary[f]), summary.dissolved]));
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
        group.forEach((r, k) => (values[k] = r.ticks[metric]?.[t] ?? 0));
        const ci = meanInterval(values);
        lines.push(row([...settingCells(plan, setting.index), t + 1, metric, ci.mean, ci.sd, ci.low, ci.high, ci.n]));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Kaplan–Meier survival of the partnership per setting: first dissolution is the event, the horizon censors. */
export function survivalCsv(plan: SweepPlan, records: readonly RunRecord[]): string {
  const lines = [row([...settingHeader(plan), 'time', 'at_risk', 'events', 'censored', 'survival'])];
  for (const setting of plan.settings) {
    const group = recordsOf(plan, records, setting.index);
    const curve = kaplanMeier(group.map((r) => r.summary.lifetime), group.map((r) => r.summary.dissolved));
    for (const step of curve.steps) lines.push(row([...settingCells(plan, setting.index), step.time, step.atRisk, step.events, step.censored, step.survival]));
  }
  return `${lines.join('\n')}\n`;
}

/** Per setting: each outcome's mean and 95% interval, and the median lifetime. */
export function settingsCsv(plan: SweepPlan, records: readonly RunRecord[]): string {
  const header = [...settingHeader(plan), 'runs', 'median_lifetime'];
  for (const metric of OUTCOME_METRICS) header.push(`${metric}_mean`, `${metric}_ci_low`, `${metric}_ci_high`);
  const lines = [row(header)];
  for (const setting of plan.settings) {
    const group = recordsOf(plan, records, setting.index);
    const median = kaplanMeier(group.map((r) => r.summary.lifetime), group.map((r) => r.summary.dissolved)).median;
    const cells: unknown[] = [...settingCells(plan, setting.index), group.length, median ?? ''];
    for (const metric of OUTCOME_METRICS) {
      const ci = meanInterval(group.map((r) => outcome(r, metric)));
      cells.push(ci.mean, ci.low, ci.high);
    }
    lines.push(row(cells));
  }
  return `${lines.join('\n')}\n`;
}

/** Each setting against the first (reference) setting, paired by replication; empty unless seeds are paired. */
export function differencesCsv(plan: SweepPlan, records: readonly RunRecord[]): string {
  const lines = [row([...settingHeader(plan), 'reference', 'metric', 'mean_difference', 'ci_low', 'ci_high', 'n'])];
  if (plan.seedPolicy !== 'paired' || plan.settings.length < 2) return `${lines.join('\n')}\n`;
  const reference = recordsOf(plan, records, 0);
  for (const setting of plan.settings.slice(1)) {
    const group = recordsOf(plan, records, setting.index);
    for (const metric of OUTCOME_METRICS) {
      const d = pairedDifference(reference.map((r) => outcome(r, metric)), group.map((r) => outcome(r, metric)));
      lines.push(row([...settingCells(plan, setting.index), plan.settings[0]!.id, metric, d.mean, d.low, d.high, d.n]));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Elementary-effects screening of the factors, ranked by μ* within each outcome. */
export function sensitivityCsv(plan: SweepPlan, records: readonly RunRecord[]): string {
  const lines = [row(['metric', 'rank', 'factor', 'mu_star', 'mu', 'sigma', 'n'])];
  const levelCounts = plan.factorLevels.map((levels) => levels.length);
  for (const metric of OUTCOME_METRICS) {
    const response = plan.settings.map((s) => meanInterval(recordsOf(plan, records, s.index).map((r) => outcome(r, metric))).mean);
    gridElementaryEffects(plan.factorNames, levelCounts, response).forEach((e, k) =>
      lines.push(row([metric, k + 1, e.factor, e.muStar, e.mu, e.sigma, e.n])),
    );
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
  };
}
