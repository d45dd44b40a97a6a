/**
 * The outputs the concept map (conceptMap.ts) measures, per run: each concept's mechanism,
 * switched off, must move one of them (tests/model/conceptMap.test.ts compares the runs
 * seed for seed).
 */
import type { RunResult } from '../run/runScenario';

/** An output of one run, with the label the test prints. */
export interface ConceptMeasure {
  label: string;
  of: (run: RunResult) => number;
}

/** The mean of values[from..to), 0 when empty. */
export const mean = (values: ArrayLike<number>, from = 0, to = values.length) => {
  let sum = 0;
  for (let k = from; k < to; k++) sum += values[k]!;
  return to > from ? sum / (to - from) : 0;
};

export const cumulativeEffectiveness: ConceptMeasure = { label: 'cumulative collective effectiveness', of: (r) => r.summary.cumulative_effectiveness };
export const meanMembers: ConceptMeasure = { label: 'mean members', of: (r) => r.summary.mean_members };
export const lifetime: ConceptMeasure = { label: 'lifetime (months)', of: (r) => r.summary.lifetime };
export const engagement: ConceptMeasure = { label: 'mean engagement rung', of: (r) => mean(r.columns.engagement_mean) };
export const knowledge: ConceptMeasure = { label: 'mean knowledge stock', of: (r) => mean(r.columns.knowledge_stock) };
export const trust: ConceptMeasure = { label: "members' mean trust", of: (r) => mean(r.columns.trust_mean) };
/** Organisational efficiency in the last two years of a ten-year run (months 97 to 120). */
export const lateEfficiency: ConceptMeasure = {
  label: 'organisational efficiency in years 9–10',
  of: (r) => mean(r.columns.organisational_efficiency, 96, 120),
};
