/** A problem found in a scenario, and how it is shown to users. */

export interface ScenarioIssue {
  /** File or other origin of the scenario, when known. */
  source?: string;
  /** Dotted path, e.g. `action.governance` or `events[2].at`; empty for the whole document. */
  path: string;
  line?: number;
  column?: number;
  expected: string;
  received: string;
  /** A problem given as data (sim/sweep/problems.ts): its code and parameters, from which each language words it; `expected`/`received` are its English words. */
  code?: string;
  params?: Record<string, unknown>;
}

/** `text`, cut to `max` characters with an ellipsis (for messages that quote what the user wrote). */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

/** Where an issue is: `file:line:col path`, or `(document)` for the whole of an unnamed one. */
export function issueLocation(issue: ScenarioIssue): string {
  const where = [issue.source, issue.line !== undefined ? `${issue.line}:${issue.column}` : undefined].filter((part) => part !== undefined).join(':');
  return issue.path ? `${where ? `${where} ` : ''}${clip(issue.path, 200)}` : where || '(document)';
}

/** One line per issue: `file:line:col path: expected X, received Y`. */
export function formatIssue(issue: ScenarioIssue): string {
  return `${issueLocation(issue)}: expected ${issue.expected}, received ${issue.received}`;
}

/** A short description of any value (including values JSON cannot hold, passed to validateScenario from code). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return `the big integer ${String(value).length > 40 ? `${String(value).slice(0, 37)}...` : String(value)}n`;
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'function') return 'a function';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
