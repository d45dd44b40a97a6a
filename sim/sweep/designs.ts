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
import { sweepProblem, type SettingCount } from './problems';
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
      return {
        type: 'morris',
        trajectories,
        levels: design.levels ?? 4,
        candidates,
        seed: design.seed ?? DEFAULT_SEED,
        bootstrap: design.bootstrap ?? DEFAULT_BOOTSTRAP,
      };
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

const repeatedText = (repeated: readonly string[]) => clip(repeated.join(', '), 200);

function gridFactorIssues(name: string, values: FactorValues, source: string): ScenarioIssue[] {
  const path = `factors.${name}`;
  if (!Array.isArray(values) && values.steps === undefined) return [sweepProblem(source, `${path}.steps`, 'gridStepsMissing', {})];
  const levels = gridLevels(values);
  const repeated = repeatedValues(levels);
  if (repeated.length === 0) return [];
  if (Array.isArray(values)) return [sweepProblem(source, path, 'repeatedValues', { repeated: repeatedText(repeated), values: describeList(levels) })];
  return [
    sweepProblem(source, path, 'repeatedRangeValues', {
      repeated: repeatedText(repeated),
      values: clip(describeList(levels), 120),
      from: values.from,
      to: values.to,
      steps: values.steps!,
      integer: values.integer,
    }),
  ];
}

function sampledFactorIssues(name: string, values: FactorValues, design: ResolvedDesign, source: string): ScenarioIssue[] {
  const path = `factors.${name}`;
  if (Array.isArray(values)) {
    const repeated = repeatedValues(values);
    if (repeated.length > 0) return [sweepProblem(source, path, 'repeatedValues', { repeated: repeatedText(repeated), values: describeList(values) })];
    if (values.length < 2) return [sweepProblem(source, path, 'tooFewValues', { values: describeList(values) })];
    if (design.type === 'morris' && values.length > 2) return [sweepProblem(source, path, 'unorderedInMorris', { count: values.length })];
    return [];
  }
  if (values.steps !== undefined) return [sweepProblem(source, `${path}.steps`, 'stepsInSampledDesign', { design: design.type, steps: values.steps })];
  if (values.from === values.to) return [sweepProblem(source, `${path}.to`, 'constantRange', { to: values.to })];
  if (values.integer) {
    const { count } = integersOf(values.from, values.to);
    if (design.type === 'morris' && count < design.levels)
      return [sweepProblem(source, path, 'tooFewIntegersForLevels', { levels: design.levels, from: values.from, to: values.to })];
    if (count < 2) return [sweepProblem(source, path, 'tooFewIntegers', { from: values.from, to: values.to })];
  }
  return [];
}

/** Problems of the design and its factors, before any setting is built. */
export function designIssues(sweep: SweepFile, source: string): ScenarioIssue[] {
  const design = resolveDesign(sweep.design, Object.keys(sweep.factors).length);
  const issues: ScenarioIssue[] = [];
  for (const key of Object.keys(sweep.design) as (keyof SweepDesign)[]) {
    if (key === 'type' || OPTIONS[design.type].includes(key)) continue;
    issues.push(
      sweepProblem(source, `design.${key}`, 'foreignOption', {
        design: design.type,
        options: OPTIONS[design.type].join(', '),
        value: String(sweep.design[key]),
      }),
    );
  }
  const names = Object.keys(sweep.factors);
  const limit = candidateLimit(names.length);
  if (design.type === 'morris' && sweep.design.candidates !== undefined && sweep.design.candidates > limit) {
    issues.push(sweepProblem(source, 'design.candidates', 'tooManyCandidates', { limit, factors: names.length, candidates: sweep.design.candidates }));
  }
  if (design.type !== 'grid' && names.length === 0) issues.push(sweepProblem(source, 'factors', 'noFactors', { design: design.type }));
  if (design.type === 'sobol' && names.length > SOBOL_DIMENSIONS / 2)
    issues.push(sweepProblem(source, 'factors', 'tooManySobolFactors', { limit: SOBOL_DIMENSIONS / 2, factors: names.length }));
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

/** Where a design's number of settings comes from, for a problem that refuses too many: the field to change and how the count is made. */
export function settingCountOrigin(sweep: SweepFile): { path: string; made: SettingCount } {
  switch (sweep.design.type) {
    case 'grid':
      return { path: 'factors', made: 'combinations' };
    case 'morris':
      return { path: 'design.trajectories', made: 'trajectories' };
    case 'sobol':
      return { path: 'design.samples', made: 'samplesAndFactors' };
    case 'latin_hypercube':
      return { path: 'design.samples', made: 'samples' };
  }
}
