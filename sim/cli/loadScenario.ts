/** Reads a scenario file, applies `--set` overrides and validates the result. */
import { readInputText } from './readInput';
import { MAX_JSON_LENGTH, readJson } from '../scenario/jsonText';
import { validateScenario, type ScenarioResult, type ScenarioIssue } from '../scenario/parse';
import { applyOverride, overrideIssue, parseOverride, type Override } from '../scenario/overrides';
import { clip, formatPath } from '../scenario/issues';

export function readScenarioText(path: string): { ok: true; text: string } | { ok: false; issue: ScenarioIssue } {
  const read = readInputText(path, MAX_JSON_LENGTH);
  if (read.ok) return read;
  return { ok: false, issue: { source: path, path: '', expected: read.expected === 'a readable file' ? 'a readable scenario file (JSON)' : read.expected, received: read.received } };
}

export function loadScenario(path: string, overrideTexts: readonly string[] = []): ScenarioResult {
  const file = readScenarioText(path);
  if (!file.ok) return { ok: false, issues: [file.issue] };
  const json = readJson(file.text);
  if (!json.ok) {
    return {
      ok: false,
      issues: [{ source: path, path: '', line: json.position.line, column: json.position.column, expected: 'valid JSON', received: json.message }],
    };
  }
  const overrides: Override[] = [];
  const overrideIssues: ScenarioIssue[] = [];
  for (const text of overrideTexts) {
    const parsed = parseOverride(text);
    if ('value' in parsed) overrides.push(parsed);
    else overrideIssues.push(parsed);
  }
  let raw = json.value;
  for (const override of overrides) {
    const issue = overrideIssue(raw, override);
    if (issue) overrideIssues.push(issue);
    else raw = applyOverride(raw, override);
  }
  if (overrideIssues.length > 0) return { ok: false, issues: overrideIssues };
  const result = validateScenario(raw, { source: path, positions: json.positions });
  if (result.ok) return result;
  // An issue under an overridden path comes from the command line, not the file.
  for (const issue of result.issues) {
    const override = overrides.find((o) => {
      const path = formatPath(o.path);
      return issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`);
    });
    if (override) {
      issue.source = `--set ${clip(override.text)}`;
      delete issue.line;
      delete issue.column;
    }
  }
  return { ok: false, issues: result.issues };
}
