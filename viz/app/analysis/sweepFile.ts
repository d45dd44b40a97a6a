/**
 * A sweep file (the one the command line runs, docs/analysis.md) read into what the
 * analyst's form holds, so a sweep written for the command line can be run, changed and
 * downloaded again in the page. Only the shape is checked here, and only what the form
 * cannot hold is refused (a base scenario given as a path the page cannot open, a setting
 * the form does not offer, values of the wrong kind); the sweep worker validates the rest
 * exactly as the command line does when the sweep runs.
 */
import { jsonIssue, readJson } from '../../../sim/scenario/jsonText';
import type { ScenarioIssue } from '../../sim';
import { BUNDLED } from '../scenarios';
import { METRIC_CHOICES } from './draft';
import type { FactorSpec } from './factors';
import { DESIGN_TYPES, type DesignType } from '../../../sim/sweep/designTypes';
import { DESIGN_SIZES } from './draft';

/** One factor as the form holds it: ticked choices (in the file's order), a list of numbers, or a range. */
export type LoadedFactor =
  | { path: string; mode: 'choice'; values: (string | boolean)[] }
  | { path: string; mode: 'list'; text: string }
  | { path: string; mode: 'range'; from: string; to: string; steps: string; integer: boolean };

export interface LoadedSweep {
  title: string;
  /** The design; `extras` its options the form does not show, kept as written (the worker checks them). */
  design: { type: DesignType; size: string; extras: Record<string, unknown> };
  /** A bundled scenario (a path such as "../default.json" names one), or the scenario written in the file. */
  base: { kind: 'bundled'; id: string } | { kind: 'inline'; scenario: Record<string, unknown> };
  factors: LoadedFactor[];
  replications: string;
  seedPolicy: 'paired' | 'independent';
  seedBase: string;
  ticks: string;
  /** Undefined: the sweep's default metrics. */
  metrics: string[] | undefined;
}

export type SweepFileProblem =
  | { kind: 'json'; issue: ScenarioIssue }
  | { kind: 'notObject' }
  | { kind: 'unknownKey'; key: string }
  | { kind: 'scenarioPath'; path: string }
  | { kind: 'noScenario' }
  | { kind: 'unknownFactor'; path: string }
  | { kind: 'factorValues'; path: string }
  | { kind: 'unknownMetric'; metric: string }
  | { kind: 'badValue'; key: string };

const KEYS = new Set(['$schema', 'title', 'scenario', 'design', 'factors', 'replications', 'seeds', 'metrics', 'ticks']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** "../default.json", "scenarios/default.json" or "default": the bundled scenario of that name, if there is one. */
export function bundledFromPath(path: string): string | undefined {
  const name = path
    .split(/[\\/]/)
    .pop()
    ?.replace(/\.json$/i, '');
  return BUNDLED.find((scenario) => scenario.id === name)?.id;
}

function loadFactor(path: string, values: unknown, spec: FactorSpec | undefined): LoadedFactor | SweepFileProblem {
  if (!spec) return { kind: 'unknownFactor', path };
  const control = spec.control;
  if (isObject(values)) {
    const { from, to, steps, integer = false } = values;
    // Steps are a grid's; a range without them is one a sampling design draws from.
    if (
      typeof from !== 'number' ||
      typeof to !== 'number' ||
      (steps !== undefined && typeof steps !== 'number') ||
      typeof integer !== 'boolean' ||
      control.kind !== 'number'
    )
      return { kind: 'factorValues', path };
    return { path, mode: 'range', from: String(from), to: String(to), steps: steps === undefined ? '3' : String(steps), integer };
  }
  if (!Array.isArray(values) || values.length === 0) return { kind: 'factorValues', path };
  if (control.kind === 'enum' || control.kind === 'boolean') {
    const options: readonly unknown[] = control.kind === 'enum' ? control.values : [false, true];
    if (!values.every((v) => options.includes(v)) || new Set(values).size !== values.length) return { kind: 'factorValues', path };
    return { path, mode: 'choice', values: values as (string | boolean)[] };
  }
  if (!values.every((v) => typeof v === 'number' && Number.isFinite(v))) return { kind: 'factorValues', path };
  return { path, mode: 'list', text: values.map(String).join(' ') };
}

/** The design written in a file: its type and size for the form, its other options kept. */
function loadDesign(value: unknown, problems: SweepFileProblem[]): LoadedSweep['design'] {
  const grid = { type: 'grid' as const, size: '', extras: {} };
  if (value === undefined) return grid;
  if (!isObject(value) || (value.type !== undefined && !(DESIGN_TYPES as readonly unknown[]).includes(value.type))) {
    problems.push({ kind: 'badValue', key: 'design' });
    return grid;
  }
  const type = (value.type ?? 'grid') as DesignType;
  const sizeKey = type === 'grid' ? undefined : DESIGN_SIZES[type].option;
  const extras = Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'type' && key !== sizeKey));
  const size = sizeKey === undefined ? undefined : value[sizeKey];
  if (size !== undefined && typeof size !== 'number') problems.push({ kind: 'badValue', key: `design.${sizeKey}` });
  return { type, size: size === undefined ? '' : String(size), extras };
}

/** `specs` are the settings the form offers (factors.ts). */
export function readSweepFile(
  text: string,
  source: string,
  specs: readonly FactorSpec[],
): { ok: true; sweep: LoadedSweep } | { ok: false; problems: SweepFileProblem[] } {
  const read = readJson(text);
  if (!read.ok) return { ok: false, problems: [{ kind: 'json', issue: jsonIssue(read, source) }] };
  const file = read.value;
  if (!isObject(file)) return { ok: false, problems: [{ kind: 'notObject' }] };
  const problems: SweepFileProblem[] = [];
  for (const key of Object.keys(file)) if (!KEYS.has(key)) problems.push({ kind: 'unknownKey', key });

  let base: LoadedSweep['base'] | undefined;
  if (typeof file.scenario === 'string') {
    const id = bundledFromPath(file.scenario);
    if (id) base = { kind: 'bundled', id };
    else problems.push({ kind: 'scenarioPath', path: file.scenario });
  } else if (isObject(file.scenario)) base = { kind: 'inline', scenario: file.scenario };
  else problems.push({ kind: 'noScenario' });

  const design = loadDesign(file.design, problems);
  const factors: LoadedFactor[] = [];
  if (file.factors !== undefined && !isObject(file.factors)) problems.push({ kind: 'badValue', key: 'factors' });
  for (const [path, values] of Object.entries(isObject(file.factors) ? file.factors : {})) {
    const loaded = loadFactor(
      path,
      values,
      specs.find((spec) => spec.path === path),
    );
    if ('kind' in loaded) problems.push(loaded);
    else factors.push(loaded);
  }

  const seeds = file.seeds ?? {};
  if (!isObject(seeds) || (seeds.policy !== undefined && seeds.policy !== 'paired' && seeds.policy !== 'independent'))
    problems.push({ kind: 'badValue', key: 'seeds' });
  const number = (key: string, value: unknown): string => {
    if (value === undefined) return '';
    if (typeof value !== 'number') problems.push({ kind: 'badValue', key });
    return String(value);
  };
  const replications = number('replications', file.replications);
  const seedBase = isObject(seeds) ? number('seeds.base', seeds.base) : '';
  const ticks = number('ticks', file.ticks);
  if (file.title !== undefined && typeof file.title !== 'string') problems.push({ kind: 'badValue', key: 'title' });

  let metrics: string[] | undefined;
  if (file.metrics !== undefined) {
    if (!Array.isArray(file.metrics)) problems.push({ kind: 'badValue', key: 'metrics' });
    else {
      metrics = [];
      for (const metric of file.metrics) {
        if (typeof metric === 'string' && METRIC_CHOICES.includes(metric)) metrics.push(metric);
        else problems.push({ kind: 'unknownMetric', metric: String(metric) });
      }
    }
  }
  if (problems.length > 0 || !base) return { ok: false, problems };
  return {
    ok: true,
    sweep: {
      title: typeof file.title === 'string' ? file.title : '',
      design,
      base,
      factors,
      replications: replications || '30',
      seedPolicy: isObject(seeds) && seeds.policy === 'independent' ? 'independent' : 'paired',
      seedBase: seedBase || '1',
      ticks,
      metrics,
    },
  };
}
