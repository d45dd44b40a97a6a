/**
 * The protocol's third step (protocol.ts): every model constant × 0.5 and × 1.5, one at a
 * time, on the first seeds of the usual block, and every fact that does not ablate that
 * constant measured again. A fact is robust when it holds under at least ROBUST_SHARE of
 * the perturbations.
 */
import type { Scenario } from '../scenario/schema';
import { modelValueAt } from '../scenario/modelConstants';
import { blockSeeds, perturbations, PERTURBATION_FACTORS, perturbationKey, ROBUST_SHARE, type Perturbation, type SeedBlock } from './protocol';
import type { FactDefinition } from './facts';
import { evaluateFact, type ArmScheduler } from './arms';
import type { Breaking, RobustnessResult } from './validationResult';

/** What to perturb: seeds per perturbation, the factors, and (`only`: perturbation keys, protocol.ts perturbationKey) a subset for spot checks. */
export interface RobustnessOptions {
  seeds: number;
  factors?: readonly number[];
  only?: readonly string[];
}

/** Perturbations tried on a fact, how many it held under, and those that broke it. */
export interface RobustnessTally {
  tried: number;
  held: number;
  breaking: Breaking[];
}

/** Every `model.*` path that a fact's mechanisms set: left out of its robustness. */
export function ablatedConstants(fact: FactDefinition): Set<string> {
  return new Set(fact.mechanisms.flatMap((m) => Object.keys(m.neutral)).filter((path) => path.startsWith('model.')));
}

/** One variant per perturbation, over the facts that do not ablate that constant; the tallies by fact id. */
export function requestRobustness(
  scheduler: ArmScheduler,
  facts: readonly FactDefinition[],
  usual: SeedBlock,
  robustness: RobustnessOptions,
): Map<number, RobustnessTally> {
  const factors = robustness.factors ?? PERTURBATION_FACTORS;
  const seeds = blockSeeds({ ...usual, count: Math.min(robustness.seeds, usual.count) });
  const perFact = new Map<number, RobustnessTally>();
  for (const fact of facts) perFact.set(fact.id, { tried: 0, held: 0, breaking: [] });
  const { list } = perturbations(new Set(), factors);
  const only = robustness.only ? new Set(robustness.only) : undefined;
  for (const perturbation of list) {
    if (only && !only.has(perturbationKey(perturbation))) continue;
    const entries = facts
      .filter((fact) => !ablatedConstants(fact).has(perturbation.path))
      .map((fact) => ({ fact, overrides: perturbedOverrides(fact, perturbation, (file) => scheduler.scenarioFor(file, {})) }));
    if (entries.length === 0) continue;
    scheduler.addVariant(entries, seeds, (variant, runsOf) => {
      for (const entry of variant.facts) {
        const tally = perFact.get(entry.fact.id)!;
        const { checks } = evaluateFact(entry, runsOf);
        tally.tried++;
        const failed = checks.filter((c) => !c.passed).map((c) => c.label);
        if (failed.length === 0) tally.held++;
        else tally.breaking.push({ path: perturbation.path, factor: perturbation.factor, value: perturbation.value, failed });
      }
    });
  }
  return perFact;
}

/** A fact's robustness from its tally: the share of perturbations it held under, and what was left out. */
export function robustnessResult(fact: FactDefinition, tally: RobustnessTally, robustness: RobustnessOptions, usual: SeedBlock): RobustnessResult {
  const excluded = [...ablatedConstants(fact)].sort();
  const factors = robustness.factors ?? PERTURBATION_FACTORS;
  const share = tally.tried > 0 ? tally.held / tally.tried : 0;
  return {
    seeds: Math.min(robustness.seeds, usual.count),
    factors,
    tried: tally.tried,
    held: tally.held,
    share,
    robust: share >= ROBUST_SHARE,
    breaking: tally.breaking,
    excluded,
    unperturbable: perturbations(new Set(excluded), factors).unperturbable,
  };
}

/**
 * The override for one perturbation in a fact's arms: the default × the factor. The
 * validation arms leave model constants at their defaults (checked here), so this is also
 * each arm's own value × the factor.
 */
function perturbedOverrides(fact: FactDefinition, perturbation: Perturbation, scenarioOf: (file: string) => Scenario): Record<string, unknown> {
  for (const file of Object.values(fact.arms)) {
    const own = modelValueAt(scenarioOf(file).model, perturbation.path.slice('model.'.length));
    if (own !== perturbation.base) throw new Error(`${file} sets ${perturbation.path} to ${own}: validation arms must leave model constants at their defaults`);
  }
  return { [perturbation.path]: perturbation.value };
}
