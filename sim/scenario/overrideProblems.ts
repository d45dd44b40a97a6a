/**
 * What can be wrong with a `--set path=value` override (the command line's, and a sweep's
 * factor names, which are override paths), as data: a code and its parameters, worded in
 * English here (what the command line prints) and in French by the page from the same
 * data (viz/app/i18n/overrideProblemsFr.ts), typed against the same list.
 */
import { count, type ScenarioIssue } from './issues';
import { JSON_PROBLEMS_EN, jsonWords, type JsonProblem } from './jsonProblems';
import type { Words } from './problems';

/** Each problem's parameters. What the user wrote stays as written, cut short. */
export interface OverrideProblemParams {
  overrideTooLong: { limit: number; length: number };
  notPathValue: { text: string };
  notDottedPath: { path: string };
  /** A value meant as JSON (it starts with {, [ or ") that the JSON reader refused, at `column` of the value. */
  invalidJsonValue: { reading: JsonProblem; column: number };
  /** `known`: the field names where the path left the scenario's fields. */
  unknownPath: { path: string; suggestion: string | null; known: string[] };
  /** An index past the end of a list of `length` entries (one past the end adds an entry). */
  indexOutOfRange: { index: number; length: number };
}

export type OverrideProblemCode = keyof OverrideProblemParams;
export type OverrideProblemTable = { [K in OverrideProblemCode]: (params: OverrideProblemParams[K]) => Words };

export const OVERRIDE_PROBLEMS_EN: OverrideProblemTable = {
  overrideTooLong: ({ limit, length }) => ({
    expected: `path=value of at most ${count(limit)} characters (put larger values in the scenario file)`,
    received: `${count(length)} characters`,
  }),
  notPathValue: ({ text }) => ({ expected: 'path=value (e.g. action.governance=nao)', received: JSON.stringify(text) }),
  notDottedPath: ({ path }) => ({ expected: 'a dotted path such as events[0].at', received: JSON.stringify(path) }),
  invalidJsonValue: ({ reading, column }) => ({
    expected: 'a valid JSON value',
    received: `${jsonWords(JSON_PROBLEMS_EN, reading)} (at column ${column} of the value)`,
  }),
  unknownPath: ({ path, suggestion, known }) => ({
    expected:
      suggestion !== null
        ? `a known scenario field (did you mean "${suggestion}"?)`
        : known.length > 0
          ? `a known scenario field (one of ${known.join(', ')})`
          : 'a known scenario field',
    received: `unknown path "${path}"`,
  }),
  indexOutOfRange: ({ index, length }) => ({
    expected: length === 0 ? 'index 0 (the list is empty: add its first entry)' : `an index from 0 to ${length} (${length} entries; ${length} adds one)`,
    received: String(index),
  }),
};

/** An override problem: where (`source`, `path`), its code and parameters, and its English words. */
export function overrideProblem<K extends OverrideProblemCode>(source: string, path: string, code: K, params: OverrideProblemParams[K]): ScenarioIssue {
  return { source, path, ...OVERRIDE_PROBLEMS_EN[code](params), code, params: params as unknown as Record<string, unknown> };
}
