/**
 * Expands a sweep into its settings (on a grid, all combinations of factor values, first
 * factor varying slowest; otherwise the design's points, sim/sweep/designs.ts) and runs
 * (setting × replication), each with its seed. Pure: the CLI,
 * the worker pool and the browser all plan the same sweep the same way.
 */
import type { SweepFile } from './schema';
import { designIssues, designPoints, gridLevels, resolveDesign, type ResolvedDesign } from './designs';
import { coordinateAt, factorScale, valueAt } from './factors';
import type { Scenario } from '../scenario/schema';
import { parseOverride, applyOverride, type Override } from '../scenario/overrides';
import { validateScenario } from '../scenario/parse';
import { canonicalJson, hashText } from '../run/hash';
import { placed, placeWords, type ScenarioIssue, type SweepPlace } from '../scenario/issues';

export interface Setting {
  index: number;
  /** `s000`, `s001`, ... (more digits past 1,000 settings): stable names for output rows. */
  id: string;
  values: unknown[];
  /** Sampling designs: the factors' coordinates on their scales (sim/sweep/factors.ts), from which elementary effects are measured; null on a grid. */
  coordinates: number[] | null;
  scenario: Scenario;
}

export interface SweepPlan {
  title: string;
  design: ResolvedDesign;
  factorNames: string[];
  /** Grid: each factor's values; other designs: a list factor's values, a range's [from, to]. */
  factorLevels: unknown[][];
  settings: Setting[];
  replications: number;
  seedPolicy: 'paired' | 'independent';
  seedBase: number;
  metrics: string[];
  totalRuns: number;
  /** Identifies the sweep (settings, seeds, metrics): shards merge only with the same hash. */
  hash: string;
}

export interface RunSpec {
  run: number;
  setting: number;
  replication: number;
  seed: number;
}

export function runSpec(plan: SweepPlan, run: number): RunSpec {
  const setting = Math.floor(run / plan.replications);
  const replication = run % plan.replications;
  const seed = plan.seedPolicy === 'paired' ? plan.seedBase + replication : plan.seedBase + run;
  return { run, setting, replication, seed };
}

/** Overrides for each of a factor's values, or the problem with its path. */
function factorOverride(name: string, source: string): { ok: true; at: (value: unknown) => Override } | { ok: false; issue: ScenarioIssue } {
  const parsed = parseOverride(`${name}=0`);
  if (!('value' in parsed)) return { ok: false, issue: { ...parsed, source, path: `factors.${name}` } };
  return { ok: true, at: (value) => ({ ...parsed, value }) };
}

/** The settings' factor values, in setting order: every combination (grid) or the design's points. */
function settingValues(
  sweep: SweepFile,
  design: ResolvedDesign,
  factorNames: readonly string[],
): { values: unknown[][]; coordinates: number[][] | null; levels: unknown[][] } {
  if (design.type === 'grid') {
    const levels = factorNames.map((name) => gridLevels(sweep.factors[name]!));
    const count = levels.reduce((n, l) => n * l.length, 1);
    const values: unknown[][] = [];
    for (let index = 0; index < count; index++) {
      let rest = index;
      const picks = new Array<unknown>(factorNames.length);
      for (let f = factorNames.length - 1; f >= 0; f--) {
        picks[f] = levels[f]![rest % levels[f]!.length];
        rest = Math.floor(rest / levels[f]!.length);
      }
      values.push(picks);
    }
    return { values, coordinates: null, levels };
  }
  const scales = factorNames.map((name) => factorScale(name, sweep.factors[name]!));
  const points = designPoints(design, factorNames.length);
  return {
    values: points.map((point) => scales.map((scale, f) => valueAt(scale, point[f]!))),
    coordinates: points.map((point) => scales.map((scale, f) => coordinateAt(scale, point[f]!))),
    levels: scales.map((scale) => (scale.kind === 'levels' ? [...scale.levels] : [scale.from, scale.to])),
  };
}

export function planSweep(sweep: SweepFile, baseScenario: unknown, place: SweepPlace): { ok: true; plan: SweepPlan } | { ok: false; issues: ScenarioIssue[] } {
  const source = placeWords(place);
  const designProblems = designIssues(sweep, source);
  if (designProblems.length > 0) return { ok: false, issues: designProblems };
  const factorNames = Object.keys(sweep.factors);
  const design = resolveDesign(sweep.design, factorNames.length);
  const issues: ScenarioIssue[] = [];
  const overrides: ((value: unknown) => Override)[] = [];
  for (const name of factorNames) {
    const override = factorOverride(name, source);
    if (override.ok) overrides.push(override.at);
    else issues.push(override.issue);
  }
  if (issues.length > 0) return { ok: false, issues };

  const { values: allValues, coordinates, levels: factorLevels } = settingValues(sweep, design, factorNames);
  const settings: Setting[] = [];
  for (let index = 0; index < allValues.length; index++) {
    const values = allValues[index]!;
    let raw: unknown = baseScenario;
    values.forEach((value, f) => (raw = applyOverride(raw, overrides[f]!(value))));
    if (sweep.ticks !== undefined) raw = { ...(raw as object), ticks: sweep.ticks };
    const validated = validateScenario(raw, { source });
    if (!validated.ok) {
      const label = factorNames.map((name, f) => `${name}=${JSON.stringify(values[f])}`).join(', ');
      for (const issue of validated.issues) issues.push(placed(issue, { ...place, setting: label }));
      if (issues.length > 20) break;
      continue;
    }
    settings.push({ index, id: settingId(index, allValues.length), values, coordinates: coordinates?.[index] ?? null, scenario: validated.scenario });
  }
  if (issues.length > 0) return { ok: false, issues };

  const plan: SweepPlan = {
    title: sweep.title,
    design,
    factorNames,
    factorLevels,
    settings,
    replications: sweep.replications,
    seedPolicy: sweep.seeds.policy,
    seedBase: sweep.seeds.base,
    metrics: sweep.metrics,
    totalRuns: settings.length * sweep.replications,
    hash: '',
  };
  // A grid's hash is what it always was (the design adds nothing to it), so grid sweeps resume and merge across versions;
  // the bootstrap count changes only the analysis, so runs made with another count still resume and merge.
  const { bootstrap: _analysisOnly, ...sampling } = design as ResolvedDesign & { bootstrap?: number };
  const designPart = design.type === 'grid' ? {} : { design: sampling };
  plan.hash = hashText(
    canonicalJson({ scenarios: settings.map((s) => s.scenario), replications: plan.replications, seeds: sweep.seeds, metrics: plan.metrics, ...designPart }),
  );
  return { ok: true, plan };
}

/** `s000`, `s001`, ...; four digits or more when a design has more settings. */
function settingId(index: number, count: number): string {
  return `s${String(index).padStart(Math.max(3, String(count - 1).length), '0')}`;
}
