/** Reads a sweep file and its base scenario, validates both, and plans the sweep. */
import { MACHINE_SWEEP_LIMITS } from '../../sweep/limits';
import { dirname, resolve } from 'node:path';
import { jsonIssue, readJson } from '../../scenario/jsonText';
import { validateDocument, validateValue } from '../../scenario/document';
import type { ScenarioIssue, SweepPlace } from '../../scenario/issues';
import { sweepSchema } from '../../sweep/schema';
import type { SweepPlan } from '../../sweep/plan';
import { planWithinLimits } from '../../sweep/planWithinLimits';
import { readScenarioText } from '../loadScenario';

/** `resolved` is the sweep with its base scenario inline: re-planning it gives the same plan. */
export type SweepLoad = { ok: true; plan: SweepPlan; resolved: Record<string, unknown>; inputs?: string[] } | { ok: false; issues: ScenarioIssue[] };

/** Plans a sweep stored in a manifest (scenario inline). */
export function replanSweep(resolved: unknown, source: string): SweepLoad {
  const parsed = validateValue(sweepSchema, resolved, { place: { name: source } });
  if (!parsed.ok) return parsed;
  // The same limits as a sweep file: a manifest is input like any other.
  const planned = planWithinLimits(parsed.data, parsed.data.scenario, MACHINE_SWEEP_LIMITS, { sweep: { name: source }, scenario: { name: source } });
  return planned.ok ? { ...planned, resolved: resolved as Record<string, unknown> } : planned;
}

/** The base scenario a sweep names, as JSON (planWithinLimits validates it, placed in the sweep). */
function readJsonFile(path: string): { ok: true; value: unknown } | { ok: false; issue: ScenarioIssue } {
  const file = readScenarioText(path, 'json');
  if (!file.ok) return { ok: false, issue: file.issue };
  const json = readJson(file.text);
  return json.ok ? json : { ok: false, issue: jsonIssue(json, path) };
}

/** Limits of one sweep on one machine (all its runs are held in memory to write the result files): sim/sweep/limits.ts. */
export const MAX_SWEEP_SETTINGS = MACHINE_SWEEP_LIMITS.settings;
export const MAX_SWEEP_RUNS = MACHINE_SWEEP_LIMITS.runs;
export const MAX_SWEEP_VALUES = MACHINE_SWEEP_LIMITS.values;
export const MAX_TICKS_CSV_ROWS = MACHINE_SWEEP_LIMITS.ticksCsvRows;

/** Validates and plans the text of a sweep file; `path` names it and anchors a relative scenario path. Never throws for bad input. */
export function loadSweepText(text: string, path: string): SweepLoad {
  const parsed = validateDocument(sweepSchema, text, { place: { name: path } });
  if (!parsed.ok) return parsed;
  const sweep = parsed.data;
  let base: unknown = sweep.scenario;
  let scenarioPlace: SweepPlace = { name: path, scenario: true };
  const inputs = [path];
  if (typeof sweep.scenario === 'string') {
    const scenarioPath = resolve(dirname(path), sweep.scenario);
    inputs.push(scenarioPath);
    const scenario = readJsonFile(scenarioPath);
    if (!scenario.ok) return { ok: false, issues: [scenario.issue] };
    base = scenario.value;
    scenarioPlace = { name: scenarioPath };
  }
  const planned = planWithinLimits(sweep, base, MACHINE_SWEEP_LIMITS, { sweep: { name: path }, scenario: scenarioPlace });
  if (!planned.ok) return planned;
  const resolved: Record<string, unknown> = { ...(parsed.raw as Record<string, unknown>), scenario: base };
  delete resolved.$schema;
  return { ...planned, resolved, inputs };
}

export function loadSweep(path: string): SweepLoad {
  const file = readScenarioText(path, 'json');
  if (!file.ok) return { ok: false, issues: [file.issue] };
  return loadSweepText(file.text, path);
}
