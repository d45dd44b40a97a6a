/** Reads a sweep file and its base scenario, validates both, and plans the sweep. */
import { MACHINE_SWEEP_LIMITS } from '../../sweep/limits';
import { dirname, resolve } from 'node:path';
import { jsonIssue, readJson, type Positions } from '../../scenario/jsonText';
import { locate } from '../../scenario/parse';
import { toIssues } from '../../scenario/zodIssues';
import { placed, type ScenarioIssue, type SweepPlace } from '../../scenario/issues';
import { sweepSchema } from '../../sweep/schema';
import type { SweepPlan } from '../../sweep/plan';
import { planWithinLimits } from '../../sweep/planWithinLimits';
import { readScenarioText } from '../loadScenario';

/** `resolved` is the sweep with its base scenario inline: re-planning it gives the same plan. */
export type SweepLoad = { ok: true; plan: SweepPlan; resolved: Record<string, unknown>; inputs?: string[] } | { ok: false; issues: ScenarioIssue[] };

/** Plans a sweep stored in a manifest (scenario inline). */
export function replanSweep(resolved: unknown, source: string): SweepLoad {
  const parsed = sweepSchema.safeParse(resolved);
  if (!parsed.success) return { ok: false, issues: toIssues(sweepSchema, parsed.error.issues, resolved).map((i) => placed(i, { name: source })) };
  // The same limits as a sweep file: a manifest is input like any other.
  const planned = planWithinLimits(parsed.data, parsed.data.scenario, MACHINE_SWEEP_LIMITS, { sweep: { name: source }, scenario: { name: source } });
  return planned.ok ? { ...planned, resolved: resolved as Record<string, unknown> } : planned;
}

function readJsonText(text: string, path: string): { ok: true; value: unknown; positions: Positions } | { ok: false; issue: ScenarioIssue } {
  const json = readJson(text);
  if (!json.ok) return { ok: false, issue: jsonIssue(json, path) };
  return json;
}

function readJsonFile(path: string): { ok: true; value: unknown; positions: Positions } | { ok: false; issue: ScenarioIssue } {
  const file = readScenarioText(path, 'json');
  if (!file.ok) return { ok: false, issue: file.issue };
  return readJsonText(file.text, path);
}

/** Limits of one sweep on one machine (all its runs are held in memory to write the result files): sim/sweep/limits.ts. */
export const MAX_SWEEP_SETTINGS = MACHINE_SWEEP_LIMITS.settings;
export const MAX_SWEEP_RUNS = MACHINE_SWEEP_LIMITS.runs;
export const MAX_SWEEP_VALUES = MACHINE_SWEEP_LIMITS.values;
export const MAX_TICKS_CSV_ROWS = MACHINE_SWEEP_LIMITS.ticksCsvRows;

/** Validates and plans the text of a sweep file; `path` names it and anchors a relative scenario path. Never throws for bad input. */
export function loadSweepText(text: string, path: string): SweepLoad {
  const json = readJsonText(text, path);
  if (!json.ok) return { ok: false, issues: [json.issue] };
  const parsed = sweepSchema.safeParse(json.value);
  if (!parsed.success) {
    const issues = toIssues(sweepSchema, parsed.error.issues, json.value).map((issue) => {
      const position = locate(json.positions, issue.path);
      return { ...placed(issue, { name: path }), ...(position ? { line: position.line, column: position.column } : {}) };
    });
    return { ok: false, issues };
  }
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
  const resolved: Record<string, unknown> = { ...(json.value as Record<string, unknown>), scenario: base };
  delete resolved.$schema;
  return { ...planned, resolved, inputs };
}

export function loadSweep(path: string): SweepLoad {
  const file = readScenarioText(path, 'json');
  if (!file.ok) return { ok: false, issues: [file.issue] };
  return loadSweepText(file.text, path);
}
