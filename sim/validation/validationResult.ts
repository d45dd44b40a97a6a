/**
 * What the validation finds (validate.ts runs it): per fact, the effect on each seed block,
 * each mechanism's ablation and the robustness to the other constants; and the calibration
 * on each block. record.ts turns it into the report's JSON.
 */
import type { FactDefinition } from './facts';
import type { Check, Figure } from './checks';
import type { Mechanism, SeedBlock } from './protocol';

export interface BlockEffect {
  block: SeedBlock;
  checks: Check[];
  holds: boolean;
  figure: Figure;
  notes: string[];
}

export interface AblationResult {
  mechanism: Mechanism;
  block: SeedBlock;
  /** The checks that stand on this mechanism, measured with it switched off. */
  checks: Check[];
  /** Every one of them fails with the mechanism off. */
  explained: boolean;
}

export interface Breaking {
  path: string;
  factor: number;
  value: number;
  /** Labels of the checks that failed. */
  failed: string[];
}

export interface RobustnessResult {
  seeds: number;
  factors: readonly number[];
  tried: number;
  held: number;
  share: number;
  robust: boolean;
  breaking: Breaking[];
  /** Constants left at their value because they are the fact's own ablated ones. */
  excluded: string[];
  /** Constants whose perturbed values equal the default (zero, or pinned at a bound). */
  unperturbable: string[];
}

export interface FactValidation {
  fact: FactDefinition;
  effects: BlockEffect[];
  /** The effect holds on every block. */
  holds: boolean;
  ablations: AblationResult[];
  /** Every check that names a mechanism is explained by it; null when not measured. */
  explained: boolean | null;
  robustness: RobustnessResult | null;
}

export interface CalibrationBlock {
  block: SeedBlock;
  runs: number;
  aliveAtHorizon: { mean: number; low: number; high: number };
  neverDissolved: { mean: number; low: number; high: number };
  peakMedian: number;
  peakP5: number;
  peakP95: number;
  survivalPassed: boolean;
  sizePassed: boolean;
  passed: boolean;
}

export interface ValidationResult {
  facts: FactValidation[];
  calibration: CalibrationBlock[];
}
