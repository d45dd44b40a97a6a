/**
 * The validation protocol (protocol.ts) run over the stylized facts (facts.ts):
 *
 *   effect       every fact on each seed block (usual, confirmation);
 *   ablation     each mechanism switched off, the checks that stand on it re-measured on
 *                the usual block: a check is explained when it then fails (its effect
 *                vanishes or reverses);
 *   robustness   every other model constant × 0.5 and × 1.5, one at a time, the fact
 *                re-measured on the first ROBUSTNESS_SEEDS seeds of the usual block.
 *
 * Pure apart from the injected `execute`, which runs batches of seeds of one scenario (in
 * this thread for the tests, on a worker pool for `npm run validate`). Runs are requested
 * as arms (a scenario file, overrides, seeds); an arm shared by several facts or variants
 * runs once, and is dropped as soon as every variant that needs it has been evaluated, so
 * memory stays bounded whatever the number of perturbations.
 */
import type { Scenario } from '../scenario/schema';
import { applyOverride, parseOverride } from '../scenario/overrides';
import { validateScenario } from '../scenario/parse';
import { modelValueAt } from '../scenario/modelConstants';
import { canonicalJson } from '../run/hash';
import type { FactDefinition } from './facts';
import type { Check, Figure } from './checks';
import type { FactRun } from './runs';
import type { ProbeName } from './probes';
import { blockSeeds, perturbations, PERTURBATION_FACTORS, perturbationKey, ROBUST_SHARE, type Mechanism, type Perturbation, type SeedBlock } from './protocol';

/** The scenario file that the calibration reads (its runs are shared with the facts that use it). */
export const CALIBRATION_FILE = 'default.json';

/** A batch of runs of one scenario: what a worker receives. */
export interface RunBatch {
  arm: string;
  scenario: Scenario;
  seeds: number[];
  probes?: ProbeName[];
}

/** Runs the batches (in any order, on any threads) and hands each one's runs back, in seed order. */
export type Executor = (batches: readonly RunBatch[], onBatch: (batch: RunBatch, runs: FactRun[]) => void) => Promise<void>;

export interface ValidationOptions {
  facts: readonly FactDefinition[];
  blocks: readonly SeedBlock[];
  /** Parsed JSON of a scenario file (relative to scenarios/). */
  loadRaw: (file: string) => unknown;
  execute: Executor;
  ablation?: boolean;
  /** `only`: perturbation keys (protocol.ts perturbationKey) to try, for spot checks. */
  robustness?: { seeds: number; factors?: readonly number[]; only?: readonly string[] } | false;
  calibration?: boolean;
  /** Runs done / runs planned, after every batch. */
  onProgress?: (done: number, total: number) => void;
  /** Seeds per batch (smaller: smoother progress and load balance). */
  batchSeeds?: number;
}

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

interface ArmRequest {
  key: string;
  file: string;
  overrides: Record<string, unknown>;
  seeds: number[];
  probes: Set<ProbeName>;
  /** Variants still waiting for this arm. */
  users: number;
  runs: (FactRun | undefined)[];
  remaining: number;
}

interface Variant {
  /** Per fact: arm label → arm key. */
  facts: { fact: FactDefinition; arms: Record<string, string> }[];
  calibrationArm?: string;
  pending: Set<string>;
  onComplete: (runsOf: (key: string) => FactRun[]) => void;
}

/** Every `model.*` path that a fact's mechanisms set: left out of its robustness. */
export function ablatedConstants(fact: FactDefinition): Set<string> {
  return new Set(fact.mechanisms.flatMap((m) => Object.keys(m.neutral)).filter((path) => path.startsWith('model.')));
}

function withOverrides(raw: unknown, overrides: Record<string, unknown>, source: string): Scenario {
  let value = raw;
  for (const [path, v] of Object.entries(overrides)) {
    const parsed = parseOverride(`${path}=${JSON.stringify(v)}`);
    if (!('value' in parsed)) throw new Error(`${source}: bad override ${path}: ${parsed.expected}`);
    value = applyOverride(value, { ...parsed, value: v });
  }
  const result = validateScenario(value, { source });
  if (!result.ok) throw new Error(`${source} with ${JSON.stringify(overrides)} is invalid: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.scenario;
}

export async function runValidation(options: ValidationOptions): Promise<ValidationResult> {
  const { facts, blocks } = options;
  const usual = blocks.find((b) => b.name === 'usual') ?? blocks[0]!;
  const arms = new Map<string, ArmRequest>();
  const variants: Variant[] = [];
  const scenarios = new Map<string, Scenario>();
  const rawCache = new Map<string, unknown>();
  const raw = (file: string) => {
    if (!rawCache.has(file)) rawCache.set(file, options.loadRaw(file));
    return rawCache.get(file);
  };
  const scenarioFor = (file: string, overrides: Record<string, unknown>) => {
    const key = `${file}|${canonicalJson(overrides)}`;
    let scenario = scenarios.get(key);
    if (!scenario) {
      scenario = withOverrides(raw(file), overrides, file);
      scenarios.set(key, scenario);
    }
    return scenario;
  };

  const requestArm = (file: string, overrides: Record<string, unknown>, seeds: number[], probe: ProbeName | undefined): string => {
    const key = `${file}|${canonicalJson(overrides)}|${seeds[0]}+${seeds.length}`;
    let arm = arms.get(key);
    if (!arm) {
      arm = { key, file, overrides, seeds, probes: new Set(), users: 0, runs: new Array(seeds.length), remaining: seeds.length };
      arms.set(key, arm);
    }
    // A probe only adds measures: an arm that one fact probes serves the others too.
    if (probe) arm.probes.add(probe);
    arm.users++;
    return key;
  };

  const addVariant = (
    entries: { fact: FactDefinition; overrides: Record<string, unknown> }[],
    seeds: number[],
    onComplete: Variant['onComplete'],
    calibration = false,
  ) => {
    const variant: Variant = { facts: [], pending: new Set(), onComplete };
    for (const { fact, overrides } of entries) {
      const labels: Record<string, string> = {};
      for (const [label, file] of Object.entries(fact.arms)) {
        labels[label] = requestArm(file, overrides, seeds, fact.probe);
        variant.pending.add(labels[label]);
      }
      variant.facts.push({ fact, arms: labels });
    }
    if (calibration) {
      variant.calibrationArm = requestArm(CALIBRATION_FILE, {}, seeds, undefined);
      variant.pending.add(variant.calibrationArm);
    }
    variants.push(variant);
  };

  const evaluate = (fact: FactDefinition, labels: Record<string, string>, runsOf: (key: string) => FactRun[]) =>
    fact.evaluate(Object.fromEntries(Object.entries(labels).map(([label, key]) => [label, runsOf(key)])));

  // Effect on every block (with the calibration on the same runs).
  const results = new Map<number, FactValidation>();
  for (const fact of facts) results.set(fact.id, { fact, effects: [], holds: false, ablations: [], explained: null, robustness: null });
  const calibration: CalibrationBlock[] = [];
  for (const block of blocks) {
    const seeds = blockSeeds(block);
    addVariant(
      facts.map((fact) => ({ fact, overrides: {} })),
      seeds,
      () => undefined,
      options.calibration !== false,
    );
    const variant = variants.at(-1)!;
    variant.onComplete = (runsOf) => {
      for (const { fact, arms: labels } of variant.facts) {
        const { checks, figure, notes } = evaluate(fact, labels, runsOf);
        results.get(fact.id)!.effects.push({ block, checks, holds: checks.every((c) => c.passed), figure, notes });
      }
      if (variant.calibrationArm) calibration.push(calibrate(block, runsOf(variant.calibrationArm)));
    };
  }

  // Ablation: each mechanism of each fact, on the usual block.
  if (options.ablation !== false) {
    const seeds = blockSeeds(usual);
    for (const fact of facts) {
      for (const mechanism of fact.mechanisms) {
        addVariant([{ fact, overrides: mechanism.neutral }], seeds, () => undefined);
        const variant = variants.at(-1)!;
        variant.onComplete = (runsOf) => {
          const { fact: f, arms: labels } = variant.facts[0]!;
          const checks = evaluate(f, labels, runsOf).checks.filter((c) => c.mechanism === mechanism.id);
          results.get(f.id)!.ablations.push({ mechanism, block: usual, checks, explained: checks.length > 0 && checks.every((c) => !c.passed) });
        };
      }
    }
  }

  // Robustness: one variant per perturbation, over the facts that do not ablate that constant.
  const robustness = options.robustness;
  const perFact = new Map<number, { tried: number; held: number; breaking: Breaking[] }>();
  if (robustness) {
    const factors = robustness.factors ?? PERTURBATION_FACTORS;
    const seeds = blockSeeds({ ...usual, count: Math.min(robustness.seeds, usual.count) });
    for (const fact of facts) perFact.set(fact.id, { tried: 0, held: 0, breaking: [] });
    const { list } = perturbations(new Set(), factors);
    const only = robustness.only ? new Set(robustness.only) : undefined;
    for (const perturbation of list) {
      if (only && !only.has(perturbationKey(perturbation))) continue;
      const entries = facts
        .filter((fact) => !ablatedConstants(fact).has(perturbation.path))
        .map((fact) => ({ fact, overrides: perturbedOverrides(fact, perturbation, scenarioFor) }));
      if (entries.length === 0) continue;
      addVariant(entries, seeds, () => undefined);
      const variant = variants.at(-1)!;
      variant.onComplete = (runsOf) => {
        for (const { fact, arms: labels } of variant.facts) {
          const tally = perFact.get(fact.id)!;
          const { checks } = evaluate(fact, labels, runsOf);
          tally.tried++;
          const failed = checks.filter((c) => !c.passed).map((c) => c.label);
          if (failed.length === 0) tally.held++;
          else tally.breaking.push({ path: perturbation.path, factor: perturbation.factor, value: perturbation.value, failed });
        }
      };
    }
  }

  // Run every arm in batches; evaluate each variant as soon as its arms are complete.
  const batchSeeds = options.batchSeeds ?? 25;
  const batches: RunBatch[] = [];
  // Batches in variant order, so early variants complete (and free their runs) first.
  const queued = new Set<string>();
  for (const variant of variants) {
    for (const key of variant.pending) {
      if (queued.has(key)) continue;
      queued.add(key);
      const arm = arms.get(key)!;
      const scenario = scenarioFor(arm.file, arm.overrides);
      for (let k = 0; k < arm.seeds.length; k += batchSeeds) {
        const batch: RunBatch = { arm: key, scenario, seeds: arm.seeds.slice(k, k + batchSeeds) };
        if (arm.probes.size > 0) batch.probes = [...arm.probes].sort();
        batches.push(batch);
      }
    }
  }
  const total = batches.reduce((n, b) => n + b.seeds.length, 0);
  let done = 0;
  const waiting = new Map<string, Variant[]>();
  for (const variant of variants) for (const key of variant.pending) (waiting.get(key) ?? waiting.set(key, []).get(key)!).push(variant);
  const runsOf = (key: string) => arms.get(key)!.runs as FactRun[];

  await options.execute(batches, (batch, runs) => {
    const arm = arms.get(batch.arm)!;
    const offset = batch.seeds[0]! - arm.seeds[0]!;
    runs.forEach((run, k) => (arm.runs[offset + k] = run));
    arm.remaining -= runs.length;
    done += runs.length;
    options.onProgress?.(done, total);
    if (arm.remaining > 0) return;
    for (const variant of waiting.get(batch.arm) ?? []) {
      variant.pending.delete(batch.arm);
      if (variant.pending.size > 0) continue;
      variant.onComplete(runsOf);
      // Free the runs no other variant still needs.
      const keys = new Set([...variant.facts.flatMap((f) => Object.values(f.arms)), ...(variant.calibrationArm ? [variant.calibrationArm] : [])]);
      for (const key of keys) {
        const used = arms.get(key)!;
        if (--used.users === 0) used.runs = [];
      }
    }
  });

  const validations = facts.map((fact) => {
    const result = results.get(fact.id)!;
    result.effects.sort((a, b) => blocks.indexOf(a.block) - blocks.indexOf(b.block));
    result.holds = result.effects.length > 0 && result.effects.every((e) => e.holds);
    if (options.ablation !== false) {
      const order = fact.mechanisms.map((m) => m.id);
      result.ablations.sort((a, b) => order.indexOf(a.mechanism.id) - order.indexOf(b.mechanism.id));
      result.explained = result.ablations.length > 0 && result.ablations.every((a) => a.explained);
    }
    const tally = perFact.get(fact.id);
    if (robustness && tally) {
      const excluded = [...ablatedConstants(fact)].sort();
      const factors = robustness.factors ?? PERTURBATION_FACTORS;
      const share = tally.tried > 0 ? tally.held / tally.tried : 0;
      result.robustness = {
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
    return result;
  });
  calibration.sort((a, b) => blocks.indexOf(a.block) - blocks.indexOf(b.block));
  return { facts: validations, calibration };
}

/**
 * The override for one perturbation in a fact's arms: the default × the factor. The
 * validation arms leave model constants at their defaults (checked here), so this is also
 * each arm's own value × the factor.
 */
function perturbedOverrides(
  fact: FactDefinition,
  perturbation: Perturbation,
  scenarioFor: (file: string, overrides: Record<string, unknown>) => Scenario,
): Record<string, unknown> {
  for (const file of Object.values(fact.arms)) {
    const own = modelValueAt(scenarioFor(file, {}).model, perturbation.path.slice('model.'.length));
    if (own !== perturbation.base) throw new Error(`${file} sets ${perturbation.path} to ${own}: validation arms must leave model constants at their defaults`);
  }
  return { [perturbation.path]: perturbation.value };
}

/** The calibration of docs/model.md §10 on one block: about half to four fifths alive after 10 years, coalitions of tens of members. */
export function calibrate(block: SeedBlock, runs: readonly FactRun[]): CalibrationBlock {
  const interval = (values: number[]) => {
    const n = values.length;
    const mean = values.reduce((a, b) => a + b, 0) / n;
    // Wilson score interval for a share (exact 0 and 1 handled).
    const z = 1.959963984540054;
    const centre = (mean + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = (z * Math.sqrt((mean * (1 - mean)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
    return { mean, low: centre - half, high: centre + half };
  };
  const alive = interval(runs.map((r) => (r.summary.survived ? 1 : 0)));
  const never = interval(runs.map((r) => (r.summary.dissolved ? 0 : 1)));
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
