/**
 * What each sweep design needs, how many settings it makes, and its points in the unit
 * hypercube (sim/sweep/factors.ts maps them to scenario values). Checked before any
 * scenario is built, so a design that cannot give what it promises is refused with the
 * field at fault, before any run.
 *
 * Settings are in design order: a Morris sweep's trajectory t holds settings
 * t(k+1) .. t(k+1)+k; a Sobol sweep's sample j holds A_j, B_j, then A_B^(1)_j .. A_B^(k)_j
 * at settings j(k+2) .. j(k+2)+k+1.
 */
import { clip, type ScenarioIssue } from '../scenario/issues';
import { SOBOL_DIMENSIONS } from './sobolSequence';
import { DEFAULT_BOOTSTRAP } from './sensitivity';
import { integersOf } from './factors';
import { designRandom, latinHypercube, morrisDesign, saltelliMatrices } from './sampling';
import type { DesignType, FactorValues, SweepDesign, SweepFile } from './schema';

/** A design with every default filled in for its type. */
export type ResolvedDesign =
  | { type: 'grid' }
  | { type: 'morris'; trajectories: number; levels: number; candidates: number; seed: number; bootstrap: number }
  | { type: 'sobol'; samples: number; seed: number; bootstrap: number }
  | { type: 'latin_hypercube'; samples: number; seed: number };

const OPTIONS: Record<DesignType, readonly (keyof SweepDesign)[]> = {
  grid: [],
  morris: ['trajectories', 'levels', 'candidates', 'seed', 'bootstrap'],
  sobol: ['samples', 'seed', 'bootstrap'],
  latin_hypercube: ['samples', 'seed'],
};
const DEFAULT_SEED = 1;

/**
 * Choosing r of m candidate trajectories compares every pair point by point: about
 * m²/2 × (k + 1)² × k operations for k factors. This budget keeps it to seconds (every
 * shard and the merge plan the sweep again).
 */
const SELECTION_BUDGET = 2e9;

/** The most candidate trajectories that k factors allow within the budget. */
export function candidateLimit(k: number): number {
  return Math.floor(Math.sqrt((2 * SELECTION_BUDGET) / ((k + 1) ** 2 * Math.max(1, k))));
}

/** `k` factors (the default number of Morris candidates depends on it). */
export function resolveDesign(design: SweepDesign, k: number): ResolvedDesign {
  switch (design.type) {
    case 'grid':
      return { type: 'grid' };
    case 'morris': {
      const trajectories = design.trajectories ?? 10;
      const candidates = design.candidates ?? Math.max(trajectories, Math.min(500, 10 * trajectories, candidateLimit(k)));
      return { type: 'morris', trajectories, levels: design.levels ?? 4, candidates, seed: design.seed ?? DEFAULT_SEED, bootstrap: design.bootstrap ?? DEFAULT_BOOTSTRAP };
    }
    case 'sobol':
      return { type: 'sobol', samples: design.samples ?? 64, seed: design.seed ?? DEFAULT_SEED, bootstrap: design.bootstrap ?? DEFAULT_BOOTSTRAP };
    case 'latin_hypercube':
      return { type: 'latin_hypercube', samples: design.samples ?? 50, seed: design.seed ?? DEFAULT_SEED };
  }
}

/** Values as a message quotes them: cut short, so a problem stays readable however long the list. */
const describeList = (values: readonly unknown[]) => clip(values.map((v) => JSON.stringify(v)).join(', '), 200);

/** A grid factor's values: the list, or the range's evenly spaced values. */
export function gridLevels(values: FactorValues): unknown[] {
  if (Array.isArray(values)) return values;
  const { from, to, steps = 2, integer } = values;
  return Array.from({ length: steps }, (_, k) => {
    const x = from + ((to - from) * k) / (steps - 1);
    return integer ? Math.round(x) : Number(x.toPrecision(12));
  });
}

/** Values that repeat in a list of levels (as JSON, in order of first repetition). */
function repeatedValues(levels: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const level of levels) {
    const key = JSON.stringify(level);
    if (seen.has(key) && !repeated.includes(key)) repeated.push(key);
    seen.add(key);
  }
  return repeated;
}

const repeatsExpected = (repeated: readonly string[]) => `distinct values (a repeated value makes settings that differ only by chance; repeated: ${clip(repeated.join(', '), 200)})`;

function gridFactorIssues(name: string, values: FactorValues, source: string): ScenarioIssue[] {
  const path = `factors.${name}`;
  if (!Array.isArray(values) && values.steps === undefined) {
    return [{ source, path: `${path}.steps`, expected: 'a number of evenly spaced values from 2 to 1000 (a grid design takes steps values from `from` to `to`)', received: 'nothing' }];
  }
  const levels = gridLevels(values);
  const repeated = repeatedValues(levels);
  if (repeated.length === 0) return [];
  const how = Array.isArray(values) ? describeList(levels) : `${clip(describeList(levels), 120)} (${values.from} to ${values.to} in ${values.steps}${values.integer ? ' integer' : ''} steps)`;
  return [{ source, path, expected: repeatsExpected(repeated), received: how }];
}

function sampledFactorIssues(name: string, values: FactorValues, design: ResolvedDesign, source: string): ScenarioIssue[] {
  const path = `factors.${name}`;
  if (Array.isArray(values)) {
    const repeated = repeatedValues(values);
    if (repeated.length > 0) return [{ source, path, expected: repeatsExpected(repeated), received: describeList(values) }];
    if (values.length < 2) return [{ source, path, expected: 'at least two values (a factor with one value does not vary: set it in the scenario)', received: describeList(values) }];
    if (design.type === 'morris' && values.length > 2) {
      return [{
        source,
        path,
        expected: "a numeric range {from, to} or a list of two values: Morris's method moves a factor one step along an order, and a list of more than two values has none (split it into yes/no factors, or use a grid or sobol design)",
        received: `a list of ${values.length} values`,
      }];
    }
    return [];
  }
  if (values.steps !== undefined) {
    return [{ source, path: `${path}.steps`, expected: `no steps: a ${design.type} design draws values between from and to${design.type === 'morris' ? ' (on design.levels levels)' : ''}`, received: String(values.steps) }];
  }
  if (values.from === values.to) return [{ source, path: `${path}.to`, expected: 'a value other than from (a factor that does not move has no effect to measure)', received: String(values.to) }];
  if (values.integer) {
    const { count } = integersOf(values.from, values.to);
    const needed = design.type === 'morris' ? design.levels : 2;
    if (count < needed) {
      return [{
        source,
        path,
        expected:
          design.type === 'morris'
            ? `at least ${needed} whole numbers for design.levels = ${needed} (rounded levels would repeat, and their "effects" would be noise): widen the range or lower design.levels`
            : 'at least 2 whole numbers between from and to',
        received: `${values.from} to ${values.to}`,
      }];
    }
  }
  return [];
}

/** Problems of the design and its factors, before any setting is built. */
export function designIssues(sweep: SweepFile, source: string): ScenarioIssue[] {
  const design = resolveDesign(sweep.design, Object.keys(sweep.factors).length);
  const issues: ScenarioIssue[] = [];
  for (const key of Object.keys(sweep.design) as (keyof SweepDesign)[]) {
    if (key === 'type' || OPTIONS[design.type].includes(key)) continue;
    issues.push({ source, path: `design.${key}`, expected: `an option of a ${design.type} design (${OPTIONS[design.type].join(', ') || 'none'})`, received: String(sweep.design[key]) });
  }
  const names = Object.keys(sweep.factors);
  if (design.type === 'morris' && sweep.design.candidates !== undefined && sweep.design.candidates > candidateLimit(names.length)) {
    issues.push({
      source,
      path: 'design.candidates',
      expected: `at most ${candidateLimit(names.length)} candidates for ${names.length} factors (choosing among more would take minutes)`,
      received: String(sweep.design.candidates),
    });
  }
  if (design.type !== 'grid' && names.length === 0) issues.push({ source, path: 'factors', expected: `at least one factor for a ${design.type} design`, received: 'none' });
  if (design.type === 'sobol' && names.length > SOBOL_DIMENSIONS / 2) {
    issues.push({ source, path: 'factors', expected: `at most ${SOBOL_DIMENSIONS / 2} factors in a sobol design`, received: String(names.length) });
  }
  for (const name of names) {
    const values = sweep.factors[name]!;
    issues.push(...(design.type === 'grid' ? gridFactorIssues(name, values, source) : sampledFactorIssues(name, values, design, source)));
  }
  return issues;
}

/** Settings the design makes (valid once designIssues found nothing). */
export function designSettingCount(sweep: SweepFile): number {
  const k = Object.keys(sweep.factors).length;
  const design = resolveDesign(sweep.design, k);
  switch (design.type) {
    case 'grid':
      return Object.values(sweep.factors).reduce((n, values) => n * (Array.isArray(values) ? values.length : (values.steps ?? 2)), 1);
    case 'morris':
      return design.trajectories * (k + 1);
    case 'sobol':
      return design.samples * (k + 2);
    case 'latin_hypercube':
      return design.samples;
  }
}

/** The unit-hypercube points of a sampling design, one per setting, in setting order. */
export function designPoints(design: Exclude<ResolvedDesign, { type: 'grid' }>, k: number): number[][] {
  switch (design.type) {
    case 'morris': {
      const trajectories = morrisDesign(design.trajectories, k, design.levels, design.candidates, designRandom(design.seed, 'morris-trajectories'));
      return trajectories.flatMap((t) => t.points);
    }
    case 'sobol': {
      const { a, b } = saltelliMatrices(design.samples, k, designRandom(design.seed, 'sobol-sample'));
      return a.flatMap((row, j) => [row, b[j]!, ...Array.from({ length: k }, (_, i) => row.map((v, d) => (d === i ? b[j]![d]! : v)))]);
    }
    case 'latin_hypercube':
      return latinHypercube(design.samples, k, designRandom(design.seed, 'latin-hypercube'));
  }
}

/** Where a design's number of settings comes from, for a message that refuses too many: the field to change and how the count is made. */
export function settingCountOrigin(sweep: SweepFile): { path: string; made: string } {
  switch (sweep.design.type) {
    case 'grid':
      return { path: 'factors', made: 'combinations of factor values' };
    case 'morris':
      return { path: 'design.trajectories', made: 'trajectories × (factors + 1)' };
    case 'sobol':
      return { path: 'design.samples', made: 'samples × (factors + 2)' };
    case 'latin_hypercube':
      return { path: 'design.samples', made: 'samples' };
  }
}
