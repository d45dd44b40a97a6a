/**
 * The protocol's second step (protocol.ts): each mechanism of each fact switched off, on
 * the usual block, and the checks that stand on it measured again. A mechanism explains
 * its checks when every one of them then fails (the effect vanishes or reverses).
 */
import { blockSeeds, type SeedBlock } from './protocol';
import type { FactDefinition } from './facts';
import { evaluateFact, type ArmScheduler } from './arms';
import type { FactValidation } from './validationResult';

/** One variant per fact and mechanism, with the mechanism's neutral values; results land in `results`. */
export function requestAblations(scheduler: ArmScheduler, facts: readonly FactDefinition[], usual: SeedBlock, results: Map<number, FactValidation>): void {
  const seeds = blockSeeds(usual);
  for (const fact of facts) {
    for (const mechanism of fact.mechanisms) {
      scheduler.addVariant([{ fact, overrides: mechanism.neutral }], seeds, (variant, runsOf) => {
        const entry = variant.facts[0]!;
        const checks = evaluateFact(entry, runsOf).checks.filter((c) => c.mechanism === mechanism.id);
        results.get(entry.fact.id)!.ablations.push({ mechanism, block: usual, checks, explained: checks.length > 0 && checks.every((c) => !c.passed) });
      });
    }
  }
}
