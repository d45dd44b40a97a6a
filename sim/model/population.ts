/**
 * Population responsibility, field by field: each field's population outcome (share of
 * its needs met, 0–1) drifts back to the baseline, takes its share of the random
 * variation and of crises with or without the action, and is raised by the output the
 * action realises in that field after a delay. The territory's outcome is the fields'
 * outcomes weighted by need. The counterfactual runs alongside with the same draws, so
 * collective effectiveness, their difference, is exactly 0 when the action changes nothing.
 *
 *   realised_f  two-stage delay of the field's output, mean delay D(s) (synergy.ts)
 *   gain_f      = impact_scale × impact × scope(s) × realised_f / (total budget × need share_f)
 *   P_f        ← P_f + recovery (baseline − P_f) + gain_f (1 − P_f) + shock_f
 *   Q_f        ← Q_f + recovery (baseline − Q_f) + shock_f
 *
 * The same delay carries the return members can see realised (valuation.ts).
 */
import type { Scenario } from '../scenario/schema';
import type { Aggregates } from './aggregates';
import type { ActionState, Territory } from './state';
import { resultDelay, targetScope } from './synergy';
import type { ModelParameters } from './parameters';

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** Advances each field's output, and the realised return, one month through the two-stage delay. */
export function advanceResultPipeline(action: ActionState, territory: Territory, agg: Aggregates, specificity: number, p: ModelParameters): void {
  const rate = Math.min(1, 2 / resultDelay(specificity, p));
  const work = agg.effective;
  for (let f = 0; f < territory.fieldCount; f++) {
    const output = work > 0 ? (agg.output * agg.fieldWork[f]!) / work : 0;
    territory.fieldOutput1[f]! += rate * (output - territory.fieldOutput1[f]!);
    territory.fieldOutput2[f]! += rate * (territory.fieldOutput1[f]! - territory.fieldOutput2[f]!);
  }
  action.returnStage1 += rate * (agg.returnNow - action.returnStage1);
  const gain = rate * (action.returnStage1 - action.returnStage2);
  action.returnStage2 += gain;
  action.realisedGain = gain;
}

/**
 * `shocks[f]` is the month's random variation of field f (shared by both worlds);
 * `drop` a crisis' fall, the same in every field and both worlds.
 */
export function updatePopulation(territory: Territory, scenario: Scenario, shocks: Float64Array, drop: number, p: ModelParameters): void {
  const { population_baseline, population_recovery, impact } = scenario.territory;
  const scale = p.population.impact_scale * impact * targetScope(scenario.action.target_specificity, p);
  let withAction = 0;
  let without = 0;
  for (let f = 0; f < territory.fieldCount; f++) {
    const share = territory.needShare[f]!;
    const budget = territory.totalBudget * share;
    // At most all of the unmet need in a month (a field with almost no need and budget share would overflow).
    const gain = budget > 0 ? Math.min(1, (scale * territory.fieldOutput2[f]!) / budget) : 0;
    const shock = shocks[f]! - drop;
    const pf = territory.fieldPopulation[f]!;
    const qf = territory.fieldCounterfactual[f]!;
    territory.fieldPopulation[f] = clamp01(pf + population_recovery * (population_baseline - pf) + gain * (1 - pf) + shock);
    territory.fieldCounterfactual[f] = clamp01(qf + population_recovery * (population_baseline - qf) + shock);
    withAction += share * territory.fieldPopulation[f]!;
    without += share * territory.fieldCounterfactual[f]!;
  }
  // The need shares sum to 1 up to rounding: keep the weighted sums within [0, 1].
  territory.population = clamp01(withAction);
  territory.populationCounterfactual = clamp01(without);
}
