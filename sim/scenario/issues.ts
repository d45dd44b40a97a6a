/**
 * A problem found in a scenario (or a sweep, or a file), and how it is shown to users.
 * Every problem is data: a code and its parameters (the tables listed in
 * problemCatalog.ts), from which each language words it; `expected`/`received` keep its
 * English words, which the command line prints.
 */
import type { ProblemCode } from './problemCatalog';

/** Where in a sweep a problem is, as data: the words differ by language ("sweep", "balayage"). */
export interface SweepPlace {
  /** The file as the user gave it (the sweep's, or its scenario's), or null for the page's own sweep. */
  name: string | null;
  /** In the sweep's base scenario, written inline in it. */
  scenario?: true;
  /** In one setting of the sweep: its factor values (`name=value, …`), or '' for the base setting. */
  setting?: string;
}

export interface ScenarioIssue {
  /** File or other origin of the scenario, when known (in English: see `place`). */
  source?: string;
  /** `source` as data, when it has words (a part of a sweep): each language words it from here. */
  place?: SweepPlace;
  /** Dotted path, e.g. `action.governance` or `events[2].at`; empty for the whole document. */
  path: string;
  line?: number;
  column?: number;
  /** The problem's English words (what formatIssue prints), rendered from `code` and `params`. */
  expected: string;
  received: string;
  /** Which problem it is: a key of problemCatalog.ts's tables, which word it in every language. */
  code: ProblemCode;
  /** The problem's parameters (what was found, the limits), of the type its code names. */
  params: Record<string, unknown>;
}

/** A count as English writes it: 1,000,000. */
export const count = (n: number): string => n.toLocaleString('en');

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

/** A place in a sweep in English: `sweep.json (scenario) (setting a=1)`. */
export function placeWords(place: SweepPlace): string {
  const setting = place.setting === undefined ? '' : ` (setting ${place.setting || 'base'})`;
  return `${place.name ?? 'sweep'}${place.scenario ? ' (scenario)' : ''}${setting}`;
}

/** `issue` located in a sweep: its place as data and in English words. */
export function placed(issue: ScenarioIssue, place: SweepPlace): ScenarioIssue {
  return { ...issue, source: placeWords(place), place };
}

/** Where an issue is: `file:line:col path`, or `(document)` for the whole of an unnamed one. */
export function issueLocation(issue: Pick<ScenarioIssue, 'source' | 'path' | 'line' | 'column'>): string {
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

/** The issue without where it was found (file, line, column): for a message shown beside what it concerns. */
export function withoutLocation(issue: ScenarioIssue): ScenarioIssue {
  const { source: _source, line: _line, column: _column, ...rest } = issue;
  return rest;
}

/** The issue without the file it was found in (kept: line and column). */
export function withoutSource(issue: ScenarioIssue): ScenarioIssue {
  const { source: _source, ...rest } = issue;
  return rest;
}
