/**
 * Scenario loading: JSON text (or an already-parsed value) → a defaulted Scenario, or
 * every problem at once, each naming its JSON path, what was expected and what was found.
 */
import { scenarioSchema, type Scenario } from './schema';
import { jsonIssue, readJson, pathKey, type Positions, type TextPosition } from './jsonText';
import { crossFieldIssues } from './crossChecks';
import type { ScenarioIssue } from './issues';
import { toIssues } from './zodIssues';

export { describeValue, formatIssue, formatPath, type ScenarioIssue } from './issues';

export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/** Validates an already-parsed value. `positions` (from readJson) adds line:column. */
export function validateScenario(input: unknown, options: { source?: string; positions?: Positions } = {}): ScenarioResult {
  const parsed = scenarioSchema.safeParse(input);
  const issues = parsed.success ? crossFieldIssues(parsed.data) : toIssues(scenarioSchema, parsed.error.issues, input);
  if (issues.length === 0 && parsed.success) return { ok: true, scenario: parsed.data };
  for (const issue of issues) {
    if (options.source !== undefined) issue.source = options.source;
    const position = options.positions && locate(options.positions, issue.path);
    if (position) {
      issue.line = position.line;
      issue.column = position.column;
    }
  }
  // In file order, as an editor would list them.
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { ok: false, issues };
}

/** The position of the deepest existing ancestor of a dotted path. */
export function locate(positions: Positions, dotted: string): TextPosition | undefined {
  const segments: (string | number)[] = [];
  for (const match of dotted.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  }
  for (let k = segments.length; k >= 0; k--) {
    const found = positions.get(pathKey(segments.slice(0, k)));
    if (found) return found;
  }
  return undefined;
}

/** Parses JSON text and validates it. Never throws for bad input. */
export function parseScenario(text: string, source?: string): ScenarioResult {
  const json = readJson(text);
  if (!json.ok) return { ok: false, issues: [jsonIssue(json, source)] };
  return validateScenario(json.value, { ...(source !== undefined ? { source } : {}), positions: json.positions });
}
