/**
 * The validation protocol (protocol.ts) run over the stylized facts (facts.ts):
 *
 *   effect       every fact on each seed block (usual, confirmation) (effects.ts);
 *   ablation     each mechanism switched off, the checks that stand on it re-measured on
 *                the usual block: a check is explained when it then fails (its effect
 *                vanishes or reverses) (ablations.ts);
 *   robustness   every other model constant × 0.5 and × 1.5, one at a time, the fact
 *                re-measured on the first ROBUSTNESS_SEEDS seeds of the usual block
 *                (factRobustness.ts).
 *
 * Each step asks for its runs as arms (a scenario file, overrides, seeds) and evaluates
 * them as variants (arms.ts: a shared arm runs once, and its runs are freed as soon as no
 * variant needs them); then every arm runs, and the results are put in order here.
 *
 * Pure apart from the injected `execute`, which runs batches of seeds of one scenario (in
 * this thread for the tests, on a worker pool for `npm run validate`).
 */
import type { FactDefinition } from './facts';
import type { SeedBlock } from './protocol';
import { ArmScheduler, type Executor } from './arms';
import { requestEffects } from './effects';
import { requestAblations } from './ablations';
import { requestRobustness, robustnessResult, type RobustnessOptions, type RobustnessTally } from './factRobustness';
import type { CalibrationBlock, FactValidation, ValidationResult } from './validationResult';

export type { Executor, RunBatch } from './arms';
export type { AblationResult, BlockEffect, Breaking, CalibrationBlock, FactValidation, RobustnessResult, ValidationResult } from './validationResult';

export interface ValidationOptions {
  facts: readonly FactDefinition[];
  blocks: readonly SeedBlock[];
  /** Parsed JSON of a scenario file (relative to scenarios/). */
  loadRaw: (file: string) => unknown;
  execute: Executor;
  ablation?: boolean;
  /** `only`: perturbation keys (protocol.ts perturbationKey) to try, for spot checks. */
  robustness?: RobustnessOptions | false;
  calibration?: boolean;
  /** Runs done / runs planned, after every batch. */
  onProgress?: (done: number, total: number) => void;
  /** Seeds per batch (smaller: smoother progress and load balance). */
  batchSeeds?: number;
}

export async function runValidation(options: ValidationOptions): Promise<ValidationResult> {
  const { facts, blocks, robustness } = options;
  const usual = blocks.find((b) => b.name === 'usual') ?? blocks[0]!;
  const scheduler = new ArmScheduler(options.loadRaw);
  const results = new Map<number, FactValidation>();
  for (const fact of facts) results.set(fact.id, { fact, effects: [], holds: false, ablations: [], explained: null, robustness: null });
  const calibration: CalibrationBlock[] = [];

  requestEffects(scheduler, facts, blocks, options.calibration !== false, results, calibration);
  if (options.ablation !== false) requestAblations(scheduler, facts, usual, results);
  const tallies = robustness ? requestRobustness(scheduler, facts, usual, robustness) : new Map<number, RobustnessTally>();
  await scheduler.run(options.execute, options.batchSeeds ?? 25, options.onProgress);

  const validations = facts.map((fact) => {
    const result = results.get(fact.id)!;
    inBlockOrder(result.effects, blocks);
    result.holds = result.effects.length > 0 && result.effects.every((e) => e.holds);
    if (options.ablation !== false) {
      const order = fact.mechanisms.map((m) => m.id);
      result.ablations.sort((a, b) => order.indexOf(a.mechanism.id) - order.indexOf(b.mechanism.id));
      result.explained = result.ablations.length > 0 && result.ablations.every((a) => a.explained);
    }
    const tally = tallies.get(fact.id);
    if (robustness && tally) result.robustness = robustnessResult(fact, tally, robustness, usual);
    return result;
  });
  return { facts: validations, calibration: inBlockOrder(calibration, blocks) };
}

/** Sorts results in the order of their blocks (variants complete in any order). */
function inBlockOrder<T extends { block: SeedBlock }>(list: T[], blocks: readonly SeedBlock[]): T[] {
  return list.sort((a, b) => blocks.indexOf(a.block) - blocks.indexOf(b.block));
}
