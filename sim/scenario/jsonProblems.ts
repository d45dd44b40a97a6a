/**
 * What the JSON reader can find wrong in a text, as data: a code and its parameters
 * (what it found, the key concerned, the limits), worded in English here (the reader's
 * message, and what the command line prints) and in French by the page from the same data
 * (viz/app/i18n/jsonProblemsFr.ts), typed against the same list.
 */
import { count } from './issues';

/** What the reader found where it expected something else: the end of the text, or a character (as JSON writes it). */
export type JsonFound = { kind: 'end' } | { kind: 'char'; text: string };

export interface JsonProblemParams {
  tooLong: { length: number; limit: number };
  unterminatedString: Record<string, never>;
  invalidEscape: Record<string, never>;
  controlCharacter: Record<string, never>;
  unexpected: { found: JsonFound };
  numberTooLarge: { text: string };
  tooDeep: { limit: number };
  tooManyValues: { limit: number };
  expectedValue: { found: JsonFound };
  expectedPropertyName: { found: JsonFound };
  reservedKey: { key: string };
  duplicateKey: { key: string; firstLine: number | null };
  expectedColon: { key: string; found: JsonFound };
  trailingComma: { bracket: string };
  expectedCommaOrBrace: { key: string; found: JsonFound };
  expectedCommaOrBracket: { found: JsonFound };
  afterEnd: { found: JsonFound };
}

export type JsonProblemCode = keyof JsonProblemParams;
export type JsonProblemTable = { [K in JsonProblemCode]: (params: JsonProblemParams[K]) => string };

const found = (f: JsonFound) => (f.kind === 'end' ? 'end of file' : f.text);

/** The reader's messages in English: what follows "expected valid JSON, received". */
export const JSON_PROBLEMS_EN: JsonProblemTable = {
  tooLong: ({ length, limit }) => `a document of ${count(length)} characters, more than the limit of ${count(limit)}`,
  unterminatedString: () => 'unterminated string',
  invalidEscape: () => 'invalid escape in string',
  controlCharacter: () => 'control character in string (use \\n for a new line)',
  unexpected: (p) => `unexpected ${found(p.found)}`,
  numberTooLarge: ({ text }) => `a number too large to represent (${text})`,
  tooDeep: ({ limit }) => `nesting deeper than ${limit} levels`,
  tooManyValues: ({ limit }) => `more than ${count(limit)} values in one document`,
  expectedValue: (p) => `expected a value, found ${found(p.found)}`,
  expectedPropertyName: (p) => `expected a property name in double quotes, found ${found(p.found)}`,
  reservedKey: ({ key }) => `the key "${key}" is not allowed (it is reserved in JavaScript objects)`,
  duplicateKey: ({ key, firstLine }) => `the key "${key}" appears twice in the same object${firstLine === null ? '' : ` (first value at line ${firstLine})`}`,
  expectedColon: (p) => `expected ':' after property name "${p.key}", found ${found(p.found)}`,
  trailingComma: ({ bracket }) => `trailing comma before ${bracket}`,
  expectedCommaOrBrace: (p) => `expected ',' or '}' after the value of "${p.key}", found ${found(p.found)}`,
  expectedCommaOrBracket: (p) => `expected ',' or ']' in array, found ${found(p.found)}`,
  afterEnd: (p) => `unexpected ${found(p.found)} after the end of the document`,
};

/** One reading problem as data: its code with the parameters of that code. */
export type JsonProblem = { [K in JsonProblemCode]: { code: K; params: JsonProblemParams[K] } }[JsonProblemCode];

/** `problem` in the words of `table`. */
export function jsonWords(table: JsonProblemTable, problem: JsonProblem): string {
  return (table[problem.code] as (params: JsonProblem['params']) => string)(problem.params);
}
