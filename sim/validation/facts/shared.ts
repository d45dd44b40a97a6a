/**
 * What the fact definitions share: the definition's shape, the measures they take of runs
 * (paired and unpaired differences, shares, the same organisations under two settings),
 * the thresholds of the population effect, and the mechanisms several facts stand on.
 */
import { meanInterval, pairedDifference } from '../../run/statistics';
import type { Mechanism } from '../protocol';
import type { FactRun } from '../runs';
import type { ProbeName } from '../probes';
import type { Check, Figure } from '../checks';

/** Organisations in the default scenario (12 E + 18 P + 30 T), the base of every validation arm. */
export const DEFAULT_ORGANISATIONS = 60;

export interface FactDefinition {
  id: number;
  title: string;
  claim: string;
  source: string;
  /** Scenario files (relative to scenarios/) compared, with the label used in the report. */
  arms: Record<string, string>;
  /** A measure taken inside the runs (probes.ts), when the fact needs one. */
  probe?: ProbeName;
  /** The mechanisms the checks stand on (each check names one, or none for a context check). */
  mechanisms: Mechanism[];
  evaluate(runs: Record<string, FactRun[]>): { checks: Check[]; figure: Figure; notes: string[] };
}

export const pair = (runs: Record<string, FactRun[]>, a: string, b: string, metric: (r: FactRun) => number) =>
  pairedDifference(runs[a]!.map(metric), runs[b]!.map(metric));
export const share = (runs: FactRun[], predicate: (r: FactRun) => boolean) => meanInterval(runs.map((r) => (predicate(r) ? 1 : 0)));
export const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
/** Per-run measures of a probe, leaving out runs that gave no case. */
export const measured = (runs: FactRun[], name: string) => runs.map((r) => r.measures[name]!).filter((x) => Number.isFinite(x));

/**
 * The paired difference, seed by seed, of the mean rung of the organisations that were
 * members for at least `minMonths` in both runs (engagement probe): the same organisations
 * under two settings, so that who stays does not count as how deeply they engage.
 */
export function sameOrganisations(a: FactRun[], b: FactRun[], minMonths = 12) {
  const diffs: number[] = [];
  a.forEach((runA, k) => {
    const runB = b[k]!;
    const { rungMonths: ra, months: ma } = runA.series;
    const { rungMonths: rb, months: mb } = runB.series;
    if (!ra || !ma || !rb || !mb) return;
    let sum = 0;
    let count = 0;
    for (let i = 0; i < ma.length; i++) {
      if (ma[i]! < minMonths || mb[i]! < minMonths) continue;
      sum += rb[i]! / mb[i]! - ra[i]! / ma[i]!;
      count++;
    }
    if (count > 0) diffs.push(sum / count);
  });
  return meanInterval(diffs);
}

/** Threshold of collaborative advantage: the action lifts the population outcome by 2 points of needs met. */
export const ADVANTAGE_THRESHOLD = 0.02;
/** A population effect is "detectable" once collective effectiveness reaches 1 point of needs met. */
export const DETECTABLE_EFFECT = 0.01;

/** Sets every key of a per-rung or per-arrangement group to one value. */
export const all = (prefix: string, keys: readonly string[], value: number): Record<string, number> =>
  Object.fromEntries(keys.map((key) => [`${prefix}.${key}`, value]));
export const RUNGS = ['information', 'coordination', 'cooperation', 'joint_operation'] as const;

export const LEADERSHIP: Mechanism = {
  id: 'leadership',
  name: 'facilitative leadership: more positive experiences (facilitation, mediation), results reported, members convened; handed on by succession',
  where: 'leadership.ts; trust.ts monthExperience; valuation.ts observability; aggregates.ts (invitations)',
  neutral: {
    'model.leadership.facilitation': 0,
    'model.leadership.mediation': 0,
    'model.leadership.observability': 0,
    'model.leadership.convening': 0,
    'model.leadership.cost': 0,
    'model.leadership.departure_trust_loss': 0,
  },
};
export const OBSERVABILITY: Mechanism = {
  id: 'observability',
  name: 'members judge what is not measured and reported by their own realised, attributable results (the attribution gap)',
  where: 'valuation.ts observability, updateValuationContext',
  neutral: { 'model.evaluation.observability_base': 1 },
};
export const STEWARD: Record<string, number> = {
  'model.knowledge.steward_retention': 0,
  'model.knowledge.steward_factor': 1,
  'model.evaluation.observability_steward': 0,
  'model.reform.steward_factor': 1,
};
