/**
 * Population responsibility: the territory's population outcome (share of needs met, 0–1)
 * drifts back to its baseline, takes the same random variation and crises with or
 * without the action, and is raised by the action's realised output after a delay.
 * The counterfactual runs alongside with the same draws, so collective effectiveness,
 * their difference, is exactly 0 when the action changes nothing.
 */
import type { Scenario } from '../scenario/schema';
import type { ActionState, Territory } from './state';
import { resultDelay, targetScope } from './synergy';
import type { ModelParameters } from './parameters';

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** Two-stage exponential delay with mean `resultDelay(specificity)` for output and for the return members see realised. */
export function advanceResultPipeline(action: ActionState, output: number, returnNow: number, specificity: number, p: ModelParameters): void {
  const rate = Math.min(1, 2 / resultDelay(specificity, p));
  action.outputStage1 += rate * (output - action.outputStage1);
  action.outputStage2 += rate * (action.outputStage1 - action.outputStage2);
  action.returnStage1 += rate * (returnNow - action.returnStage1);
  const gain = rate * (action.returnStage1 - action.returnStage2);
  action.returnStage2 += gain;
  action.realisedGain = gain;
}

/** `commonShock` is the month's shared random variation plus any crisis drop, applied to both worlds. */
export function updatePopulation(territory: Territory, action: ActionState, scenario: Scenario, commonShock: number, p: ModelParameters): void {
  const { population_baseline, population_recovery, impact } = scenario.territory;
  const realised = territory.totalBudget > 0 ? action.outputStage2 / territory.totalBudget : 0;
  const gain = p.population.impact_scale * impact * targetScope(scenario.action.target_specificity, p) * realised;
  const withAction = territory.population;
  const q = territory.populationCounterfactual;
  territory.population = clamp01(withAction + population_recovery * (population_baseline - withAction) + gain * (1 - withAction) + commonShock);
  territory.populationCounterfactual = clamp01(q + population_recovery * (population_baseline - q) + commonShock);
}
