/**
 * The validation's runs, requested as arms and evaluated as variants. An arm is a scenario
 * file with overrides on a list of seeds; a variant is one evaluation (some facts' arms,
 * and perhaps the calibration's) that waits until its arms have run. An arm shared by
 * several facts or variants runs once, and its runs are dropped as soon as every variant
 * that needs it has been evaluated, so memory stays bounded whatever the number of
 * perturbations.
 */
import type { Scenario } from '../scenario/schema';
import { applyOverride, parseOverride } from '../scenario/overrides';
import { validateScenario } from '../scenario/parse';
import { canonicalJson } from '../run/hash';
import type { FactDefinition } from './facts';
import type { FactRun } from './runs';
import type { ProbeName } from './probes';

/** A batch of runs of one scenario: what a worker receives. */
export interface RunBatch {
  arm: string;
  scenario: Scenario;
  seeds: number[];
  probes?: ProbeName[];
}

/** Runs the batches (in any order, on any threads) and hands each one's runs back, in seed order. */
export type Executor = (batches: readonly RunBatch[], onBatch: (batch: RunBatch, runs: FactRun[]) => void) => Promise<void>;

/** The runs of an arm, by its key. */
export type RunsOf = (key: string) => FactRun[];

/** One fact's arms in a variant: arm label (the fact's) → arm key. */
export interface VariantFact {
  fact: FactDefinition;
  arms: Record<string, string>;
}

/** What a variant evaluates: its facts' arms, and the calibration's arm when it has one. */
export interface VariantArms {
  facts: VariantFact[];
  calibrationArm?: string;
}

interface Variant extends VariantArms {
  pending: Set<string>;
  onComplete: (variant: VariantArms, runsOf: RunsOf) => void;
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

/** A fact's checks, figure and notes from the runs of its arms. */
export function evaluateFact({ fact, arms }: VariantFact, runsOf: RunsOf): ReturnType<FactDefinition['evaluate']> {
  return fact.evaluate(Object.fromEntries(Object.entries(arms).map(([label, key]) => [label, runsOf(key)])));
}

export class ArmScheduler {
  private readonly arms = new Map<string, ArmRequest>();
  private readonly variants: Variant[] = [];
  private readonly scenarios = new Map<string, Scenario>();
  private readonly raw = new Map<string, unknown>();

  /** `loadRaw`: the parsed JSON of a scenario file (relative to scenarios/). */
  constructor(private readonly loadRaw: (file: string) => unknown) {}

  /** The scenario of a file with overrides (each file read and each scenario validated once). */
  scenarioFor(file: string, overrides: Record<string, unknown>): Scenario {
    const key = `${file}|${canonicalJson(overrides)}`;
    let scenario = this.scenarios.get(key);
    if (!scenario) {
      if (!this.raw.has(file)) this.raw.set(file, this.loadRaw(file));
      scenario = withOverrides(this.raw.get(file), overrides, file);
      this.scenarios.set(key, scenario);
    }
    return scenario;
  }

  /**
   * A variant: each entry's fact with its overrides on `seeds`, and `calibrationFile` on the
   * same seeds when given; `onComplete` evaluates it once all its arms have run.
   */
  addVariant(
    entries: readonly { fact: FactDefinition; overrides: Record<string, unknown> }[],
    seeds: number[],
    onComplete: Variant['onComplete'],
    calibrationFile?: string,
  ): void {
    const variant: Variant = { facts: [], pending: new Set(), onComplete };
    for (const { fact, overrides } of entries) {
      const labels: Record<string, string> = {};
      for (const [label, file] of Object.entries(fact.arms)) {
        labels[label] = this.requestArm(file, overrides, seeds, fact.probe);
        variant.pending.add(labels[label]);
      }
      variant.facts.push({ fact, arms: labels });
    }
    if (calibrationFile !== undefined) {
      variant.calibrationArm = this.requestArm(calibrationFile, {}, seeds, undefined);
      variant.pending.add(variant.calibrationArm);
    }
    this.variants.push(variant);
  }

  private requestArm(file: string, overrides: Record<string, unknown>, seeds: number[], probe: ProbeName | undefined): string {
    const key = `${file}|${canonicalJson(overrides)}|${seeds[0]}+${seeds.length}`;
    let arm = this.arms.get(key);
    if (!arm) {
      arm = { key, file, overrides, seeds, probes: new Set(), users: 0, runs: new Array(seeds.length), remaining: seeds.length };
      this.arms.set(key, arm);
    }
    // A probe only adds measures: an arm that one fact probes serves the others too.
    if (probe) arm.probes.add(probe);
    arm.users++;
    return key;
  }

  /** Every arm in batches of `batchSeeds` seeds, in variant order, so early variants complete (and free their runs) first. */
  private batches(batchSeeds: number): RunBatch[] {
    const batches: RunBatch[] = [];
    const queued = new Set<string>();
    for (const variant of this.variants) {
      for (const key of variant.pending) {
        if (queued.has(key)) continue;
        queued.add(key);
        const arm = this.arms.get(key)!;
        const scenario = this.scenarioFor(arm.file, arm.overrides);
        for (let k = 0; k < arm.seeds.length; k += batchSeeds) {
          const batch: RunBatch = { arm: key, scenario, seeds: arm.seeds.slice(k, k + batchSeeds) };
          if (arm.probes.size > 0) batch.probes = [...arm.probes].sort();
          batches.push(batch);
        }
      }
    }
    return batches;
  }

  /** Runs every arm; evaluates each variant as soon as its arms are complete. `onProgress`: runs done / runs planned, after every batch. */
  async run(execute: Executor, batchSeeds: number, onProgress?: (done: number, total: number) => void): Promise<void> {
    const batches = this.batches(batchSeeds);
    const total = batches.reduce((n, b) => n + b.seeds.length, 0);
    let done = 0;
    const waiting = new Map<string, Variant[]>();
    for (const variant of this.variants) for (const key of variant.pending) (waiting.get(key) ?? waiting.set(key, []).get(key)!).push(variant);
    await execute(batches, (batch, runs) => {
      const arm = this.arms.get(batch.arm)!;
      const offset = batch.seeds[0]! - arm.seeds[0]!;
      runs.forEach((run, k) => (arm.runs[offset + k] = run));
      arm.remaining -= runs.length;
      done += runs.length;
      onProgress?.(done, total);
      if (arm.remaining > 0) return;
      for (const variant of waiting.get(batch.arm) ?? []) {
        variant.pending.delete(batch.arm);
        if (variant.pending.size === 0) this.complete(variant);
      }
    });
  }

  private complete(variant: Variant): void {
    variant.onComplete(variant, (key) => this.arms.get(key)!.runs as FactRun[]);
    // Free the runs no other variant still needs.
    const keys = new Set([...variant.facts.flatMap((f) => Object.values(f.arms)), ...(variant.calibrationArm ? [variant.calibrationArm] : [])]);
    for (const key of keys) {
      const used = this.arms.get(key)!;
      if (--used.users === 0) used.runs = [];
    }
  }
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
