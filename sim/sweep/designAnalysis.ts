/**
 * A design's sensitivity results from the settings' mean outcomes: elementary effects
 * (a grid's, or Morris's along trajectories) and Sobol indices. Shared by the result files
 * (sim/sweep/output.ts) and the page's charts (sim/sweep/analysis.ts), so both
 * show the same numbers. Bootstrap streams are seeded by the design's seed and the
 * outcome, so every outcome's intervals are reproducible on their own.
 */
import type { SweepPlan } from './plan';
import { designRandom } from './sampling';
import { gridEffects, rankScreening, screeningStatistics, sobolIndices, trajectoryEffects, type ScreeningResult, type SobolResult } from './sensitivity';

/** Elementary effects ranked by μ*: empty for designs that give none (Sobol, Latin hypercube). */
export function screeningOf(plan: SweepPlan, metric: string, response: ArrayLike<number>): ScreeningResult[] {
  const design = plan.design;
  if (design.type === 'grid')
    return gridEffects(
      plan.factorNames.map((name, f) => ({ name, levels: plan.factorLevels[f]! })),
      response,
    );
  if (design.type !== 'morris') return [];
  const k = plan.factorNames.length;
  const coordinates: number[][][] = [];
  const responses: number[][] = [];
  for (let t = 0; t < design.trajectories; t++) {
    const settings = plan.settings.slice(t * (k + 1), (t + 1) * (k + 1));
    coordinates.push(settings.map((s) => s.coordinates!));
    responses.push(settings.map((s) => response[s.index]!));
  }
  const effects = trajectoryEffects(k, coordinates, responses);
  const random = designRandom(design.seed, `morris-bootstrap:${metric}`);
  return rankScreening(plan.factorNames.map((name, f) => screeningStatistics(name, effects[f]!, design.bootstrap, random)));
}

/** Sobol first-order and total indices of each factor, in factor order; empty for other designs. */
export function sobolOf(plan: SweepPlan, metric: string, response: ArrayLike<number>): SobolResult[] {
  const design = plan.design;
  if (design.type !== 'sobol') return [];
  const k = plan.factorNames.length;
  const n = design.samples;
  const yA = new Float64Array(n);
  const yB = new Float64Array(n);
  const yAB = Array.from({ length: k }, () => new Float64Array(n));
  for (let j = 0; j < n; j++) {
    const base = j * (k + 2);
    yA[j] = response[base]!;
    yB[j] = response[base + 1]!;
    for (let i = 0; i < k; i++) yAB[i]![j] = response[base + 2 + i]!;
  }
  return sobolIndices(plan.factorNames, yA, yB, yAB, design.bootstrap, designRandom(design.seed, `sobol-bootstrap:${metric}`));
}
