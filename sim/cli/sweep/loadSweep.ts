/** Reads a sweep file and its base scenario, validates both, and plans the sweep. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readJson } from '../../scenario/jsonText';
import { locate, toIssues } from '../../scenario/parse';
import type { ScenarioIssue } from '../../scenario/issues';
import { sweepSchema } from '../../sweep/schema';
import { planSweep, type SweepPlan } from '../../run/design';
import { readScenarioText } from '../loadScenario';

/** `resolved` is the sweep with its base scenario inline: re-planning it gives the same plan. */
export type SweepLoad = { ok: true; plan: SweepPlan; resolved: Record<string, unknown> } | { ok: false; issues: ScenarioIssue[] };

/** Plans a sweep stored in a manifest (scenario inline). */
export function replanSweep(resolved: unknown, source: string): SweepLoad {
  const parsed = sweepSchema.safeParse(resolved);
  if (!parsed.success) return { ok: false, issues: toIssues(sweepSchema, parsed.error.issues, resolved).map((i) => ({ ...i, source })) };
  const planned = planSweep(parsed.data, parsed.data.scenario, source);
  return planned.ok ? { ...planned, resolved: resolved as Record<string, unknown> } : planned;
}

function readJsonFile(path: string): { ok: true; value: unknown; positions: Map<string, { line: number; column: number }> } | { ok: false; issue: ScenarioIssue } {
  const file = readScenarioText(path);
  if (!file.ok) return { ok: false, issue: { ...file.issue, expected: 'a readable JSON file' } };
  const json = readJson(file.text);
  if (!json.ok) return { ok: false, issue: { source: path, path: '', line: json.position.line, column: json.position.column, expected: 'valid JSON', received: json.message } };
  return json;
}

export function loadSweep(path: string): SweepLoad {
  const json = readJsonFile(path);
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
  if (typeof sweep.scenario === 'string') {
    const scenarioPath = resolve(dirname(path), sweep.scenario);
    const scenario = readJsonFile(scenarioPath);
    if (!scenario.ok) return { ok: false, issues: [scenario.issue] };
    base = scenario.value;
    source = scenarioPath;
  }
  const planned = planSweep(sweep, base, source);
  if (!planned.ok) return planned;
  const resolved: Record<string, unknown> = { ...(json.value as Record<string, unknown>), scenario: base };
  delete resolved.$schema;
  return { ...planned, resolved };
}
