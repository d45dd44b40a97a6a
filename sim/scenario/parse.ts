/**
 * Scenario loading: JSON text (or an already-parsed value) → a defaulted Scenario, or
 * every problem at once, each naming its JSON path, what was expected and what was found.
 */
import type { z } from 'zod';
import { scenarioSchema, type Scenario } from './schema';
import { jsonIssue, readJson, pathKey, type Positions, type TextPosition } from './jsonText';
import { objectKeys, schemaAt, suggestKey } from './schemaWalk';
import { crossFieldIssues } from './crossChecks';
import { formatPath, type ScenarioIssue } from './issues';
import { foundOf, scenarioProblem, SCENARIO_PROBLEMS_EN } from './problems';

export { describeValue, formatIssue, formatPath, type ScenarioIssue } from './issues';

export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.hasOwn(current, segment) ? (current as Record<PropertyKey, unknown>)[segment] : undefined;
  }
  return current;
}

/** Converts zod issues to ours, as data (sim/scenario/problems.ts), splitting unknown-key issues into one per key with a suggestion. */
export function toIssues(schema: z.ZodType, zodIssues: readonly z.core.$ZodIssue[], input: unknown): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  for (const issue of zodIssues) {
    if (issue.code === 'unrecognized_keys') {
      const parent = schemaAt(schema, issue.path as (string | number)[]);
      const knownKeys = (parent.ok && objectKeys(parent.schema)) || [];
      for (const key of issue.keys) {
        out.push(
          scenarioProblem(formatPath([...issue.path, key]), 'unknownField', {
            key,
            suggestion: suggestKey(key, knownKeys) ?? null,
            known: knownKeys.join(', '),
          }),
        );
      }
      continue;
    }
    const value = valueAt(input, issue.path);
    const found = foundOf(value, value === undefined && issue.code === 'invalid_type');
    const path = formatPath(issue.path);
    switch (issue.code) {
      case 'invalid_type':
        out.push(scenarioProblem(path, 'wrongType', { type: issue.expected, found }));
        break;
      case 'too_small':
        out.push(scenarioProblem(path, 'tooSmall', { origin: issue.origin, minimum: String(issue.minimum), inclusive: issue.inclusive ?? false, found }));
        break;
      case 'too_big':
        out.push(scenarioProblem(path, 'tooBig', { origin: issue.origin, maximum: String(issue.maximum), inclusive: issue.inclusive ?? false, found }));
        break;
      case 'invalid_value':
        out.push(scenarioProblem(path, 'notOneOf', { values: issue.values.map((v) => JSON.stringify(v)).join(' | '), found }));
        break;
      case 'not_multiple_of':
        out.push(scenarioProblem(path, 'notMultiple', { divisor: String(issue.divisor), found }));
        break;
      default:
        // A check of our own (a refinement) words itself in English; the page translates its phrase.
        out.push({ path, expected: issue.message, received: SCENARIO_PROBLEMS_EN.found(found) });
    }
  }
  return out;
}

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
