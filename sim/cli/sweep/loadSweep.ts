/** Reads a sweep file and its base scenario, validates both, and plans the sweep. */
import { MACHINE_SWEEP_LIMITS, sweepOutputIssues, sweepSizeIssues } from '../../sweep/limits';
import { dirname, resolve } from 'node:path';
import { jsonIssue, readJson, type Positions } from '../../scenario/jsonText';
import { locate, toIssues } from '../../scenario/parse';
import type { ScenarioIssue } from '../../scenario/issues';
import { sweepSchema, type SweepFile } from '../../sweep/schema';
import { planSweep, type SweepPlan } from '../../sweep/plan';
import { readScenarioText } from '../loadScenario';

/** `resolved` is the sweep with its base scenario inline: re-planning it gives the same plan. */
export type SweepLoad = { ok: true; plan: SweepPlan; resolved: Record<string, unknown>; inputs?: string[] } | { ok: false; issues: ScenarioIssue[] };

/** Plans a sweep stored in a manifest (scenario inline). */
export function replanSweep(resolved: unknown, source: string): SweepLoad {
  const parsed = sweepSchema.safeParse(resolved);
  if (!parsed.success) return { ok: false, issues: toIssues(sweepSchema, parsed.error.issues, resolved).map((i) => ({ ...i, source })) };
  // The same limits as a sweep file: a manifest is input like any other.
  const planned = planWithinLimits(parsed.data, parsed.data.scenario, source, source);
  return planned.ok ? { ...planned, resolved: resolved as Record<string, unknown> } : planned;
}

function readJsonText(text: string, path: string): { ok: true; value: unknown; positions: Positions } | { ok: false; issue: ScenarioIssue } {
  const json = readJson(text);
  if (!json.ok) return { ok: false, issue: jsonIssue(json, path) };
  return json;
}

function readJsonFile(path: string): { ok: true; value: unknown; positions: Positions } | { ok: false; issue: ScenarioIssue } {
  const file = readScenarioText(path, 'a readable JSON file');
  if (!file.ok) return { ok: false, issue: file.issue };
  return readJsonText(file.text, path);
}

/** Limits of one sweep on one machine (all its runs are held in memory to write the result files): sim/sweep/limits.ts. */
export const MAX_SWEEP_SETTINGS = MACHINE_SWEEP_LIMITS.settings;
export const MAX_SWEEP_RUNS = MACHINE_SWEEP_LIMITS.runs;
export const MAX_SWEEP_VALUES = MACHINE_SWEEP_LIMITS.values;
export const MAX_TICKS_CSV_ROWS = MACHINE_SWEEP_LIMITS.ticksCsvRows;

function planWithinLimits(sweep: SweepFile, base: unknown, source: string, sweepSource: string): SweepLoad | { ok: false; issues: ScenarioIssue[] } {
  const size = sweepSizeIssues(sweep, MACHINE_SWEEP_LIMITS, sweepSource);
  if (size.length > 0) return { ok: false, issues: size };
  let planned: ReturnType<typeof planSweep>;
  try {
    planned = planSweep(sweep, base, source);
  } catch (error) {
    // Only a sweep too large to hold in memory gets here (e.g. many settings of a huge listed population).
    if (!(error instanceof RangeError)) throw error;
    return { ok: false, issues: [{ source: sweepSource, path: '', expected: 'a sweep small enough to plan in memory', received: `${error.message}` }] };
  }
  if (!planned.ok) return planned;
  const output = sweepOutputIssues(planned.plan, MACHINE_SWEEP_LIMITS, sweepSource);
  return output.length > 0 ? { ok: false, issues: output } : { ...planned, resolved: {} };
}

/** Validates and plans the text of a sweep file; `path` names it and anchors a relative scenario path. Never throws for bad input. */
export function loadSweepText(text: string, path: string): SweepLoad {
  const json = readJsonText(text, path);
  if (!json.ok) return { ok: false, issues: [json.issue] };
  const parsed = sweepSchema.safeParse(json.value);
  if (!parsed.success) {
    const issues = toIssues(sweepSchema, parsed.error.issues, json.value).map((issue) => {
      const position = locate(json.positions, issue.path);
      return { ...issue, source: path, ...(position ? { line: position.line, column: position.column } : {}) };
    });
    return { ok: false, issues };
  }
  const sweep = parsed.data;
  let base: unknown = sweep.scenario;
  let source = `${path} (scenario)`;
  const inputs = [path];
  if (typeof sweep.scenario === 'string') {
    const scenarioPath = resolve(dirname(path), sweep.scenario);
    inputs.push(scenarioPath);
    const scenario = readJsonFile(scenarioPath);
    if (!scenario.ok) return { ok: false, issues: [scenario.issue] };
    base = scenario.value;
    source = scenarioPath;
  }
  const planned = planWithinLimits(sweep, base, source, path);
  if (!planned.ok) return planned;
  const resolved: Record<string, unknown> = { ...(json.value as Record<string, unknown>), scenario: base };
  delete resolved.$schema;
  return { ...planned, resolved, inputs };
}

export function loadSweep(path: string): SweepLoad {
  const file = readScenarioText(path, 'a readable JSON file');
  if (!file.ok) return { ok: false, issues: [file.issue] };
  return loadSweepText(file.text, path);
}
