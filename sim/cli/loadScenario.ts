/** Reads a scenario file, applies `--set` overrides and validates the result. */
import { readInputText } from './readInput';
import { jsonIssue, MAX_JSON_LENGTH, readJson } from '../scenario/jsonText';
import { validateScenario, type ScenarioResult, type ScenarioIssue } from '../scenario/parse';
import { applyOverride, overrideIssue, parseOverride, type Override } from '../scenario/overrides';
import { clip, formatPath } from '../scenario/issues';
import { inputProblem, type Readable } from '../scenario/inputProblems';

/** A JSON input's text, within the reader's limits; `readable` names the file kind when it cannot be read at all. */
export function readScenarioText(path: string, readable: Readable = 'scenario'): { ok: true; text: string } | { ok: false; issue: ScenarioIssue } {
  const read = readInputText(path, MAX_JSON_LENGTH);
  if (read.ok) return read;
  const problem = read.code === 'unreadable' ? { code: read.code, params: { ...read.params, file: readable } } : read;
  return { ok: false, issue: inputProblem(path, problem) };
}

export function loadScenario(path: string, overrideTexts: readonly string[] = []): ScenarioResult {
  const file = readScenarioText(path);
  if (!file.ok) return { ok: false, issues: [file.issue] };
  const json = readJson(file.text);
  if (!json.ok) return { ok: false, issues: [jsonIssue(json, path)] };
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
