/**
 * A sweep as the analyst's form holds it (texts as typed, boxes as ticked), turned into the
 * sweep object the command line takes (sim/sweep/schema.ts). This checks only what the
 * form itself can get wrong (a value that is not a number, a factor with no value); the
 * sweep worker validates the result exactly as the command line does, setting by setting.
 */
import sweepSchemaJson from '../../../scenarios/sweeps/sweep.schema.json';
import type { DesignType } from '../../../sim/sweep/designTypes';

export type FactorDraft =
  /** An enum or a boolean: the values offered, and which are ticked. */
  | { path: string; kind: 'choice'; options: readonly (string | boolean)[]; chosen: readonly boolean[] }
  | { path: string; kind: 'list'; text: string }
  | { path: string; kind: 'range'; from: string; to: string; steps: string; integer: boolean };

/** The design as the form holds it: its type, its size as typed (trajectories for morris, samples otherwise), and options the form does not show, kept from an opened file. */
export interface DesignDraft {
  type: DesignType;
  size: string;
  extras: Readonly<Record<string, unknown>>;
}

export interface SweepDraft {
  title: string;
  design: DesignDraft;
  /** The base scenario, inline (a page has no file paths to give). */
  scenario: Record<string, unknown>;
  factors: readonly FactorDraft[];
  replications: string;
  seedPolicy: 'paired' | 'independent';
  seedBase: string;
  /** Horizon override; empty for the scenario's own. */
  ticks: string;
  metrics: readonly string[];
}

export type NumericRange = { from: number; to: number; steps: number; integer: boolean };
/** A range a sampling design draws from (no steps). */
export type DrawnRange = { from: number; to: number; integer: boolean };

/** The sweep file's content, keys in the order the guide writes them. */
export interface SweepDefinition {
  title: string;
  scenario: Record<string, unknown>;
  /** Absent for the grid (a file without a design is a grid). */
  design?: Record<string, unknown>;
  factors: Record<string, unknown[] | NumericRange | DrawnRange>;
  replications: number;
  seeds: { policy: 'paired' | 'independent'; base: number };
  metrics: string[];
  ticks?: number;
}

export type DraftProblem =
  | { kind: 'noValues' | 'badRange' | 'badBounds' | 'tooManySteps' | 'duplicate'; path: string }
  | { kind: 'badNumber'; path: string; text: string }
  | { kind: 'noMetrics' | 'replications' | 'seedBase' | 'ticks' | 'designSize' };

interface MetricsNode {
  default: string[];
  items: { enum: string[] };
}
const metricsNode = (sweepSchemaJson as unknown as { properties: { metrics: MetricsNode } }).properties.metrics;

/** The sweep schema's default metrics first (in its order), then the others: ticking the defaults gives the default list. */
export const DEFAULT_METRICS: readonly string[] = metricsNode.default;
export const METRIC_CHOICES: readonly string[] = [...DEFAULT_METRICS, ...metricsNode.items.enum.filter((m) => !DEFAULT_METRICS.includes(m))];

const MAX_LEVELS = 1000;
const MAX_SEED_BASE = 2 ** 40;

/** A number as typed: a comma between digits is a decimal mark (French); undefined when it is not one. */
export function readNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(/^[+-]?\d*,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed);
  return Number.isFinite(value) ? value : undefined;
}

const readWhole = (text: string, min: number, max: number): number | undefined => {
  const value = readNumber(text);
  return value !== undefined && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
};

/** Values separated by spaces or semicolons (a comma followed by a space separates too). */
export function readList(text: string): { values: number[] } | { bad: string } {
  const tokens = text
    .split(/[\s;]+/)
    .map((token) => token.replace(/,$/, ''))
    .filter((token) => token !== '');
  const values: number[] = [];
  for (const token of tokens) {
    const value = readNumber(token);
    if (value === undefined) return { bad: token };
    values.push(value);
  }
  return { values };
}

/** Evenly spaced values as the command line expands a range (sim/sweep/designs.ts `gridLevels`; a test keeps them equal). */
export function rangeLevels({ from, to, steps, integer }: NumericRange): number[] {
  return Array.from({ length: steps }, (_, k) => {
    const x = from + ((to - from) * k) / (steps - 1);
    return integer ? Math.round(x) : Number(x.toPrecision(12));
  });
}

/**
 * A factor's values as the sweep file writes them (a list, or a range), and the levels
 * they expand to; in a sampling design (`drawn`), a range has no steps and its levels are
 * its two ends, between which the design draws.
 */
export function factorValues(
  factor: FactorDraft,
  drawn = false,
): { ok: true; values: unknown[] | NumericRange | DrawnRange; levels: unknown[] } | { ok: false; problem: DraftProblem } {
  const path = factor.path;
  if (factor.kind === 'choice') {
    const values = factor.options.filter((_, k) => factor.chosen[k]);
    return values.length > 0 ? { ok: true, values, levels: values } : { ok: false, problem: { kind: 'noValues', path } };
  }
  if (factor.kind === 'list') {
    const read = readList(factor.text);
    if ('bad' in read) return { ok: false, problem: { kind: 'badNumber', path, text: read.bad } };
    if (read.values.length === 0) return { ok: false, problem: { kind: 'noValues', path } };
    if (read.values.length > MAX_LEVELS) return { ok: false, problem: { kind: 'tooManySteps', path } };
    return { ok: true, values: read.values, levels: read.values };
  }
  const from = readNumber(factor.from);
  const to = readNumber(factor.to);
  if (drawn) {
    if (from === undefined || to === undefined) return { ok: false, problem: { kind: 'badBounds', path } };
    return { ok: true, values: { from, to, integer: factor.integer }, levels: [from, to] };
  }
  const steps = readNumber(factor.steps);
  if (from === undefined || to === undefined || steps === undefined || !Number.isInteger(steps) || steps < 2)
    return { ok: false, problem: { kind: 'badRange', path } };
  if (steps > MAX_LEVELS) return { ok: false, problem: { kind: 'tooManySteps', path } };
  const range: NumericRange = { from, to, steps, integer: factor.integer };
  return { ok: true, values: range, levels: rangeLevels(range) };
}

/** The size option of each sampling design, its default, and the settings it makes for k factors (as sim/sweep/designs.ts counts them). */
export const DESIGN_SIZES = {
  morris: { option: 'trajectories', fallback: 10, min: 2, max: 1000, settings: (size: number, k: number) => size * (k + 1) },
  sobol: { option: 'samples', fallback: 64, min: 2, max: 100_000, settings: (size: number, k: number) => size * (k + 2) },
  latin_hypercube: { option: 'samples', fallback: 50, min: 2, max: 100_000, settings: (size: number) => size },
} as const;

export type DraftResult = { ok: true; sweep: SweepDefinition; settings: number; runs: number } | { ok: false; problems: DraftProblem[] };

export function sweepFromDraft(draft: SweepDraft): DraftResult {
  const problems: DraftProblem[] = [];
  const factors: Record<string, unknown[] | NumericRange | DrawnRange> = {};
  const drawn = draft.design.type !== 'grid';
  let settings = 1;
  const seen = new Set<string>();
  for (const factor of draft.factors) {
    if (seen.has(factor.path)) {
      problems.push({ kind: 'duplicate', path: factor.path });
      continue;
    }
    seen.add(factor.path);
    const read = factorValues(factor, drawn);
    if (!read.ok) problems.push(read.problem);
    else {
      factors[factor.path] = read.values;
      settings *= read.levels.length;
    }
  }
  const replications = readWhole(draft.replications, 1, 1_000_000);
  if (replications === undefined) problems.push({ kind: 'replications' });
  const seedBase = readWhole(draft.seedBase, 0, MAX_SEED_BASE);
  if (seedBase === undefined) problems.push({ kind: 'seedBase' });
  const ticks = draft.ticks.trim() === '' ? undefined : readWhole(draft.ticks, 1, 100_000);
  if (draft.ticks.trim() !== '' && ticks === undefined) problems.push({ kind: 'ticks' });
  if (draft.metrics.length === 0) problems.push({ kind: 'noMetrics' });
  let design: Record<string, unknown> | undefined;
  if (draft.design.type !== 'grid') {
    const sizes = DESIGN_SIZES[draft.design.type];
    const size = draft.design.size.trim() === '' ? sizes.fallback : readWhole(draft.design.size, sizes.min, sizes.max);
    if (size === undefined) problems.push({ kind: 'designSize' });
    else {
      design = { type: draft.design.type, [sizes.option]: size, ...draft.design.extras };
      settings = sizes.settings(size, Object.keys(factors).length);
    }
  } else if (Object.keys(draft.design.extras).length > 0) design = { type: 'grid', ...draft.design.extras };
  if (problems.length > 0) return { ok: false, problems };

  const sweep: SweepDefinition = {
    title: draft.title.trim(),
    scenario: draft.scenario,
    ...(design ? { design } : {}),
    factors,
    replications: replications!,
    seeds: { policy: draft.seedPolicy, base: seedBase! },
    metrics: [...draft.metrics],
  };
  if (ticks !== undefined) sweep.ticks = ticks;
  return { ok: true, sweep, settings, runs: settings * replications! };
}
