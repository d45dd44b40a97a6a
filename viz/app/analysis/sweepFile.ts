/**
 * A sweep file (the one the command line runs, docs/analysis.md) read into what the
 * analyst's form holds, so a sweep written for the command line can be run, changed and
 * downloaded again in the page. The file is read as the command line reads it (its JSON and
 * the sweep schema: sim/scenario/document.ts), so its problems are the same, at the same
 * line:column; then what the form cannot hold is refused (a base scenario given as a path
 * the page cannot open, a setting the form does not offer, values not of the setting's
 * kind). The sweep worker plans the sweep, with its limits, exactly as the command line.
 */
// First: before the sweep schema is built (see noEval.ts).
import '../noEval';
import { validateDocument } from '../../../sim/scenario/document';
import { type FactorValues, sweepSchema } from '../../../sim/sweep/schema';
import type { ScenarioIssue } from '../../sim';
import { BUNDLED } from '../scenarios';
import type { FactorSpec } from './factors';
import type { DesignType } from '../../../sim/sweep/designTypes';
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

/**
 * Why a sweep file cannot be opened: a problem of the file itself (its JSON, or the sweep
 * schema the command line checks, with line:column), or something the form cannot hold.
 */
export type SweepFileProblem =
  | { kind: 'document'; issue: ScenarioIssue }
  | { kind: 'scenarioPath'; path: string }
  | { kind: 'unknownFactor'; path: string }
  | { kind: 'factorValues'; path: string };

/** "../default.json", "scenarios/default.json" or "default": the bundled scenario of that name, if there is one. */
export function bundledFromPath(path: string): string | undefined {
  const name = path
    .split(/[\\/]/)
    .pop()
    ?.replace(/\.json$/i, '');
  return BUNDLED.find((scenario) => scenario.id === name)?.id;
}

/** A factor as the schema read it (a list of 1 to 1000 values, or a numeric range) into the form's control for its setting. */
function loadFactor(path: string, values: FactorValues, spec: FactorSpec | undefined): LoadedFactor | SweepFileProblem {
  if (!spec) return { kind: 'unknownFactor', path };
  const control = spec.control;
  if (!Array.isArray(values)) {
    if (control.kind !== 'number') return { kind: 'factorValues', path };
    // Steps are a grid's; a range without them is one a sampling design draws from.
    const { from, to, steps, integer } = values;
    return { path, mode: 'range', from: String(from), to: String(to), steps: steps === undefined ? '3' : String(steps), integer };
  }
  if (control.kind === 'enum' || control.kind === 'boolean') {
    const options: readonly unknown[] = control.kind === 'enum' ? control.values : [false, true];
    if (!values.every((v) => options.includes(v)) || new Set(values).size !== values.length) return { kind: 'factorValues', path };
    return { path, mode: 'choice', values: values as (string | boolean)[] };
  }
  if (!values.every((v) => typeof v === 'number' && Number.isFinite(v))) return { kind: 'factorValues', path };
  return { path, mode: 'list', text: values.map(String).join(' ') };
}

/** The design written in a file (valid: the schema read it): its type and size for the form, its other options kept. */
function loadDesign(value: Record<string, unknown> | undefined): LoadedSweep['design'] {
  const type = (value?.type ?? 'grid') as DesignType;
  const sizeKey = type === 'grid' ? undefined : DESIGN_SIZES[type].option;
  const extras = Object.fromEntries(Object.entries(value ?? {}).filter(([key]) => key !== 'type' && key !== sizeKey));
  const size = sizeKey === undefined ? undefined : value?.[sizeKey];
  return { type, size: size === undefined ? '' : String(size), extras };
}

/** A number as written, or '' when the file leaves it to its default. */
const written = (value: unknown): string => (value === undefined ? '' : String(value));

/** `specs` are the settings the form offers (factors.ts). */
export function readSweepFile(
  text: string,
  source: string,
  specs: readonly FactorSpec[],
): { ok: true; sweep: LoadedSweep } | { ok: false; problems: SweepFileProblem[] } {
  // The file as the command line reads it: every problem named where it stands, in the page's language.
  const read = validateDocument(sweepSchema, text, { source });
  if (!read.ok) return { ok: false, problems: read.issues.map((issue) => ({ kind: 'document', issue })) };
  // What was written, not the defaults: the form shows the file, and downloads it again as it was.
  const file = read.raw as Record<string, unknown>;
  const problems: SweepFileProblem[] = [];
  const scenario = read.data.scenario;
  const bundled = typeof scenario === 'string' ? bundledFromPath(scenario) : undefined;
  if (typeof scenario === 'string' && !bundled) problems.push({ kind: 'scenarioPath', path: scenario });
  const base: LoadedSweep['base'] = bundled ? { kind: 'bundled', id: bundled } : { kind: 'inline', scenario: scenario as Record<string, unknown> };

  const factors: LoadedFactor[] = [];
  for (const [path, values] of Object.entries(read.data.factors)) {
    const loaded = loadFactor(
      path,
      values,
      specs.find((spec) => spec.path === path),
    );
    if ('kind' in loaded) problems.push(loaded);
    else factors.push(loaded);
  }
  if (problems.length > 0) return { ok: false, problems };
  const seeds = (file.seeds ?? {}) as Record<string, unknown>;
  return {
    ok: true,
    sweep: {
      title: read.data.title,
      design: loadDesign(file.design as Record<string, unknown> | undefined),
      base,
      factors,
      replications: written(file.replications) || '30',
      seedPolicy: read.data.seeds.policy,
      seedBase: written(seeds.base) || '1',
      ticks: written(file.ticks),
      metrics: file.metrics === undefined ? undefined : read.data.metrics,
    },
  };
}
