/**
 * A strict JSON reader that remembers where every value starts, so that schema errors
 * can point at `line:column` in the user's file. JSON.parse gives neither positions for
 * valid documents nor, on Node 20, a line and column for syntax errors.
 *
 * This is its public face: `readJson` (a value with its positions, or a failure with its
 * problem code and position) and `jsonIssue`; the recursive descent, its limits (depth,
 * values) and the reserved keys are jsonReader.ts's.
 */
import type { ScenarioIssue } from './issues';
import { JSON_PROBLEMS_EN, type JsonProblemCode } from './jsonProblems';
import { JsonReader, JsonSyntaxError } from './jsonReader';

export { MAX_JSON_VALUES, pathKey } from './jsonReader';

/**
 * Characters read at most, checked before reading, so that a huge document is refused with
 * a message instead of exhausting memory (the largest valid scenario, 100,000 listed
 * organisations with the longest names, has about 40 million characters).
 */
export const MAX_JSON_LENGTH = 64 * 1024 * 1024;

export interface TextPosition {
  line: number;
  column: number;
}

/** Where each value starts, by JSON path (pathKey), converted to line:column when asked. */
export interface Positions {
  get(key: string): TextPosition | undefined;
}

/** A reading error: its English message, and the same as data (a code and its parameters) for other languages. */
export type JsonReadFailure = { ok: false; message: string; position: TextPosition; code: JsonProblemCode; params: Record<string, unknown> };
export type JsonReadResult = { ok: true; value: unknown; positions: Positions } | JsonReadFailure;

export function readJson(text: string): JsonReadResult {
  if (text.length > MAX_JSON_LENGTH) {
    const params = { length: text.length, limit: MAX_JSON_LENGTH };
    return { ok: false, message: JSON_PROBLEMS_EN.tooLong(params), position: { line: 1, column: 1 }, code: 'tooLong', params };
  }
  const toPosition = lineIndex(text);
  const reader = new JsonReader(text, (offset) => toPosition(offset).line);
  try {
    const value = reader.readDocument();
    const positions: Positions = {
      get(key) {
        const offset = reader.offsets.get(key);
        return offset === undefined ? undefined : toPosition(offset);
      },
    };
    return { ok: true, value, positions };
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return { ok: false, message: error.message, position: toPosition(Math.min(error.offset, text.length)), code: error.code, params: error.params };
    }
    throw error;
  }
}

/**
 * Offset → line:column in `text`. The line starts are found on the first call only: most
 * documents are read without asking for any position.
 */
function lineIndex(text: string): (offset: number) => TextPosition {
  let lineStarts: number[] | undefined;
  return (offset) => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) lineStarts.push(k + 1);
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
  };
}

/** The problem a reading error is: where in the text, and what the reader found (scenarios, sweeps, the page's files alike). */
export function jsonIssue(failure: JsonReadFailure, source?: string): ScenarioIssue {
  return {
    ...(source !== undefined ? { source } : {}),
    path: '',
    line: failure.position.line,
    column: failure.position.column,
    expected: 'valid JSON',
    received: failure.message,
    code: `json.${failure.code}`,
    params: failure.params,
  };
}
