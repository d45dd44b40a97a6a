/**
 * A strict JSON reader that remembers where every value starts, so that schema errors
 * can point at `line:column` in the user's file. JSON.parse gives neither positions for
 * valid documents nor, on Node 20, a line and column for syntax errors.
 */

import type { ScenarioIssue } from './issues';
import { JSON_PROBLEMS_EN, type JsonFound, type JsonProblemCode, type JsonProblemParams } from './jsonProblems';

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

/**
 * Keys refused wherever JSON is read: assigned to a JavaScript object they change its
 * prototype or shadow what every object has, so a value written under them could vanish
 * or change meaning on the way (e.g. a sweep factor named `__proto__`).
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 3)}...` : text);

/** Key of a JSON path in the position map: segments joined with a NUL. */
export const pathKey = (path: readonly (string | number)[]): string => path.join('\u0000');

const MAX_DEPTH = 200;
/**
 * Bounds on what is read at all, so that a huge or hostile document is refused with a
 * message instead of exhausting memory (the largest valid scenario, 100,000 listed
 * organisations with the longest names, has about 40 million characters and 850,000 values).
 */
export const MAX_JSON_LENGTH = 64 * 1024 * 1024;
export const MAX_JSON_VALUES = 1_000_000;

class JsonSyntaxError extends Error {
  constructor(
    readonly code: JsonProblemCode,
    readonly params: Record<string, unknown>,
    readonly offset: number,
  ) {
    super((JSON_PROBLEMS_EN[code] as (p: unknown) => string)(params));
  }
}

export function readJson(text: string): JsonReadResult {
  if (text.length > MAX_JSON_LENGTH) {
    const params = { length: text.length, limit: MAX_JSON_LENGTH };
    return { ok: false, message: JSON_PROBLEMS_EN.tooLong(params), position: { line: 1, column: 1 }, code: 'tooLong', params };
  }
  let values = 0;
  // Offsets, not positions: a number per value; line and column are worked out only for the few asked for.
  const offsets = new Map<string, number>();
  let lineStarts: number[] | undefined;
  const toPosition = (offset: number): TextPosition => {
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
  const positions: Positions = {
    get(key) {
      const offset = offsets.get(key);
      return offset === undefined ? undefined : toPosition(offset);
    },
  };

  let i = 0;
  const path: (string | number)[] = [];
  const fail = <K extends JsonProblemCode>(code: K, params: JsonProblemParams[K]): never => {
    throw new JsonSyntaxError(code, params as Record<string, unknown>, i);
  };
  const describe = (): JsonFound => (i >= text.length ? { kind: 'end' } : { kind: 'char', text: JSON.stringify(text[i]) });
  const skipSpace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };

  const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
  // Runs of plain characters are sliced from the text in one piece: memory stays linear in
  // the input (building a string one character at a time costs a node per character).
  const readString = (): string => {
    const start = i;
    i++; // opening quote
    let run = i;
    let out = '';
    for (;;) {
      if (i >= text.length) {
        i = start;
        fail('unterminatedString', {});
      }
      const c = text.charCodeAt(i);
      if (c === 34) {
        out += text.slice(run, i);
        i++;
        return out;
      }
      if (c === 92) {
        out += text.slice(run, i);
        const e = text[i + 1];
        if (e !== undefined && Object.hasOwn(ESCAPES, e)) {
          out += ESCAPES[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          i++;
          fail('invalidEscape', {});
        }
        run = i;
      } else if (c < 32) {
        fail('controlCharacter', {});
      } else {
        i++;
      }
    }
  };

  const readNumber = (): number => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail('unexpected', { found: describe() });
    const value = Number(match![0]);
    // 1e400 would silently become Infinity (and 1e-400 zero is harmless): refuse it where it stands.
    if (!Number.isFinite(value)) fail('numberTooLarge', { text: match![0].length > 40 ? `${match![0].slice(0, 37)}...` : match![0] });
    i += match![0].length;
    return value;
  };

  const readValue = (): unknown => {
    skipSpace();
    if (path.length > MAX_DEPTH) fail('tooDeep', { limit: MAX_DEPTH });
    if (++values > MAX_JSON_VALUES) fail('tooManyValues', { limit: MAX_JSON_VALUES });
    offsets.set(pathKey(path), i);
    const c = text[i];
    if (c === '{') return readObject();
    if (c === '[') return readArray();
    if (c === '"') return readString();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return readNumber();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    return fail('expectedValue', { found: describe() });
  };

  const readObject = (): Record<string, unknown> => {
    i++;
    const out: Record<string, unknown> = {};
    skipSpace();
    if (text[i] === '}') {
      i++;
      return out;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"') fail('expectedPropertyName', { found: describe() });
      const keyAt = i;
      const key = readString();
      if (RESERVED_KEYS.has(key)) {
        i = keyAt;
        fail('reservedKey', { key });
      }
      if (Object.hasOwn(out, key)) {
        const first = offsets.get(pathKey([...path, key]));
        i = keyAt;
        fail('duplicateKey', { key: clip(key), firstLine: first === undefined ? null : toPosition(first).line });
      }
      skipSpace();
      if (text[i] !== ':') fail('expectedColon', { key: clip(key), found: describe() });
      i++;
      path.push(key);
      const value = readValue();
      path.pop();
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      skipSpace();
      if (text[i] === ',') {
        i++;
        skipSpace();
        if (text[i] === '}') fail('trailingComma', { bracket: '}' });
        continue;
      }
      if (text[i] === '}') {
        i++;
        return out;
      }
      fail('expectedCommaOrBrace', { key: clip(key), found: describe() });
    }
  };

  const readArray = (): unknown[] => {
    i++;
    const out: unknown[] = [];
    skipSpace();
    if (text[i] === ']') {
      i++;
      return out;
    }
    for (;;) {
      path.push(out.length);
      out.push(readValue());
      path.pop();
      skipSpace();
      if (text[i] === ',') {
        i++;
        skipSpace();
        if (text[i] === ']') fail('trailingComma', { bracket: ']' });
        continue;
      }
      if (text[i] === ']') {
        i++;
        return out;
      }
      fail('expectedCommaOrBracket', { found: describe() });
    }
  };

  try {
    // A UTF-8 byte-order mark is common in files saved by Windows editors.
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    const value = readValue();
    skipSpace();
    if (i < text.length) fail('afterEnd', { found: describe() });
    return { ok: true, value, positions };
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return { ok: false, message: error.message, position: toPosition(Math.min(error.offset, text.length)), code: error.code, params: error.params };
    }
    throw error;
  }
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
