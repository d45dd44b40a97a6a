/**
 * How a stylized fact earns its place (docs/model.md §10; the design brief's §6.1), as data: two disjoint blocks of
 * seeds (the usual one and a confirmation block drawn from a fingerprint of the model's
 * source, so nothing can be tuned to it), the mechanism each check stands on and the
 * values that switch it off (ablation), and the one-at-a-time perturbations of every other
 * model constant (robustness).
 */
import { modelConstantList, type ModelConstant } from '../scenario/modelConstants';
import { cyrb53 } from '../run/hash';

/** Seeds per block for the effect and the ablation. */
export const BLOCK_SEEDS = 200;
/** Paired seeds per perturbation for robustness (the first of the usual block). */
export const ROBUSTNESS_SEEDS = 200;
/** Seeds per perturbation with `--quick`: a first look, not the report. */
export const QUICK_ROBUSTNESS_SEEDS = 40;
/** Perturbation factors applied to every model constant, one at a time. */
export const PERTURBATION_FACTORS = [0.5, 1.5] as const;
/** A fact is robust when it holds under at least this share of the perturbations. */
export const ROBUST_SHARE = 0.8;

export interface SeedBlock {
  name: 'usual' | 'confirmation';
  first: number;
  count: number;
}

export const blockSeeds = (block: SeedBlock): number[] => Array.from({ length: block.count }, (_, k) => block.first + k);

/**
 * The fingerprint of what decides the facts: the model's source files, the constants'
 * defaults and the fact definitions and scenarios (their text, with line endings made
 * uniform so a checkout on Windows gives the same fingerprint). Any change to any of them
 * draws a new confirmation block.
 */
export function modelFingerprint(files: readonly { path: string; text: string }[]): string {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const joined = sorted.map((f) => `${f.path}\n${f.text.replace(/\r\n?/g, '\n')}`).join('\n\u0000\n');
  return cyrb53(joined).toString(16).padStart(14, '0');
}

/** The usual block starts at seed 1; the confirmation block at a seed ≥ 1,000 derived from the fingerprint, so the two never overlap. */
export function seedBlocks(fingerprint: string, count = BLOCK_SEEDS): SeedBlock[] {
  const first = 1_000 + (cyrb53(`confirmation:${fingerprint}`) % 1_000_000_000);
  return [
    { name: 'usual', first: 1, count },
    { name: 'confirmation', first, count },
  ];
}

/** A mechanism of the model and the values that switch exactly it off. */
export interface Mechanism {
  id: string;
  /** What the model description names as the cause. */
  name: string;
  /** Where it lives: file and function, or the docs section. */
  where: string;
  /** Dotted scenario paths (usually `model.*`) and their neutral values. */
  neutral: Record<string, number | boolean | string>;
}

/** One perturbed constant: its path (with `model.`), the factor and the value it takes. */
export interface Perturbation {
  path: string;
  factor: number;
  value: number;
  base: number;
}

/** Default × factor, kept within the constant's bounds (integers rounded). */
export function perturbedValue(constant: ModelConstant, base: number, factor: number): number {
  // Rounded to 12 significant digits, so that 0.3 × 1.5 is 0.45 (as a user would write it), not 0.44999999999999996.
  const raw = Number((base * factor).toPrecision(12));
  const rounded = constant.integer ? Math.round(raw) : raw;
  return Math.min(constant.max, Math.max(constant.min, rounded));
}

/**
 * Every constant except `excluded` (dotted `model.*` paths), × each factor. A constant
 * whose perturbed value equals its default (zero by default, or pinned at a bound) cannot
 * be perturbed that way and is listed in `unperturbable`.
 */
export function perturbations(
  excluded: ReadonlySet<string>,
  factors: readonly number[] = PERTURBATION_FACTORS,
): { list: Perturbation[]; unperturbable: string[] } {
  const list: Perturbation[] = [];
  const unperturbable: string[] = [];
  for (const { path, constant } of modelConstantList()) {
    const full = `model.${path}`;
    if (excluded.has(full)) continue;
    let any = false;
    for (const factor of factors) {
      const value = perturbedValue(constant, constant.value, factor);
      if (value === constant.value) continue;
      any = true;
      list.push({ path: full, factor, value, base: constant.value });
    }
    if (!any) unperturbable.push(full);
  }
  return { list, unperturbable };
}

export const perturbationKey = (p: Pick<Perturbation, 'path' | 'factor'>) => `${p.path}×${p.factor}`;
