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
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

/** One line per issue: `file:line:col path: expected X, received Y`. */
export function formatIssue(issue: ScenarioIssue): string {
  const where = [issue.source, issue.line !== undefined ? `${issue.line}:${issue.column}` : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const location = issue.path ? `${where ? `${where} ` : ''}${issue.path}` : where || '(document)';
  return `${location}: expected ${issue.expected}, received ${issue.received}`;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
