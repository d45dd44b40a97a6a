/**
 * The protocol's first step (protocol.ts): every fact's effect on each seed block (usual,
 * confirmation), and the calibration of docs/model.md §10 measured on the same block's
 * runs of the default scenario.
 */
import { Z95 } from '../run/statistics';
import { blockSeeds, type SeedBlock } from './protocol';
import type { FactDefinition } from './facts';
import type { FactRun } from './runs';
import { evaluateFact, type ArmScheduler } from './arms';
import type { CalibrationBlock, FactValidation } from './validationResult';

/** The scenario file that the calibration reads (its runs are shared with the facts that use it). */
export const CALIBRATION_FILE = 'default.json';

/** One variant per block: every fact as defined, and the calibration when `withCalibration`; results land in `results` and `calibration`. */
export function requestEffects(
  scheduler: ArmScheduler,
  facts: readonly FactDefinition[],
  blocks: readonly SeedBlock[],
  withCalibration: boolean,
  results: Map<number, FactValidation>,
  calibration: CalibrationBlock[],
): void {
  for (const block of blocks) {
    scheduler.addVariant(
      facts.map((fact) => ({ fact, overrides: {} })),
      blockSeeds(block),
      (variant, runsOf) => {
        for (const entry of variant.facts) {
          const { checks, figure, notes } = evaluateFact(entry, runsOf);
          results.get(entry.fact.id)!.effects.push({ block, checks, holds: checks.every((c) => c.passed), figure, notes });
        }
        if (variant.calibrationArm) calibration.push(calibrate(block, runsOf(variant.calibrationArm)));
      },
      withCalibration ? CALIBRATION_FILE : undefined,
    );
  }
}

/** The calibration of docs/model.md §10 on one block: about half to four fifths alive after 10 years, coalitions of tens of members. */
export function calibrate(block: SeedBlock, runs: readonly FactRun[]): CalibrationBlock {
  const alive = wilson(runs.map((r) => (r.summary.survived ? 1 : 0)));
  const never = wilson(runs.map((r) => (r.summary.dissolved ? 0 : 1)));
  const peaks = runs.map((r) => r.summary.peak_members).sort((a, b) => a - b);
  const at = (q: number) => peaks[Math.min(peaks.length - 1, Math.floor(q * peaks.length))]!;
  const survivalPassed = alive.mean >= 0.5 && alive.mean <= 0.8;
  const sizePassed = at(0.5) >= 10 && at(0.05) >= 3;
  return {
    block,
    runs: runs.length,
    aliveAtHorizon: alive,
    neverDissolved: never,
    peakMedian: at(0.5),
    peakP5: at(0.05),
    peakP95: at(0.95),
    survivalPassed,
    sizePassed,
    passed: survivalPassed && sizePassed,
  };
}

/**
 * Wilson score interval of the share of ones among `values` (exact 0 and 1 handled). Not
 * statistics.ts's wilsonInterval, which clamps to [0, 1]: kept apart so that the report's
 * numbers stay those it was computed with, to the last digit.
 */
function wilson(values: number[]): { mean: number; low: number; high: number } {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const z = Z95;
  const centre = (mean + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((mean * (1 - mean)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return { mean, low: centre - half, high: centre + half };
}
