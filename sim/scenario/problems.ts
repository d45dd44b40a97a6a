/**
 * The scenario's schema problems (a wrong type, a value out of range, a value not in a
 * list, an unknown field) as data: a code, its parameters and what was found, worded in
 * English here (the command line's words, kept in `expected`/`received`) and in French by
 * the page from the same data (viz/app/i18n/scenarioProblemsFr.ts). Both tables are typed
 * against the same parameter list, so a problem cannot go unworded in either language.
 */
import { clip, count, describeValue, type ScenarioIssue } from './issues';

/** What was found where a value was expected, as data (what the user wrote stays as written, cut short). */
export type Found =
  | { kind: 'missing' }
  | { kind: 'nothing' }
  | { kind: 'list'; length: number }
  | { kind: 'object' }
  | { kind: 'written'; text: string }
  // Values JSON cannot hold, passed to validateScenario from code.
  | { kind: 'symbol' }
  | { kind: 'function' }
  | { kind: 'bigint'; digits: string };

export function foundOf(value: unknown, missing: boolean): Found {
  if (missing) return { kind: 'missing' };
  if (value === undefined) return { kind: 'nothing' };
  if (Array.isArray(value)) return { kind: 'list', length: value.length };
  if (value !== null && typeof value === 'object') return { kind: 'object' };
  if (typeof value === 'symbol') return { kind: 'symbol' };
  if (typeof value === 'function') return { kind: 'function' };
  if (typeof value === 'bigint') return { kind: 'bigint', digits: clip(String(value), 40) };
  return { kind: 'written', text: describeValue(value) };
}

/** How a language words each kind of thing found. */
export type FoundWords = { [K in Found['kind']]: (found: Extract<Found, { kind: K }>) => string };

/** `found` in the words of `table`. */
export function foundIn(table: FoundWords, found: Found): string {
  return (table[found.kind] as (found: Found) => string)(found);
}

export const FOUND_EN: FoundWords = {
  missing: () => 'nothing: the field is missing',
  nothing: () => 'nothing',
  list: ({ length }) => `an array of ${length}`,
  object: () => 'an object',
  written: ({ text }) => text,
  symbol: () => 'a symbol',
  function: () => 'a function',
  bigint: ({ digits }) => `the big integer ${digits}n`,
};

export interface ScenarioProblemParams {
  /** `known`: the object's field names, or '' when they are not known (inside a union, a record). */
  unknownField: { key: string; suggestion: string | null; known: string };
  /** `type`: zod's name of the expected type (`int` for an integer). */
  wrongType: { type: string; found: Found };
  tooSmall: { origin: string; minimum: string; inclusive: boolean; found: Found };
  tooBig: { origin: string; maximum: string; inclusive: boolean; found: Found };
  notOneOf: { values: string; found: Found };
  notMultiple: { divisor: string; found: Found };
  /** A string that does not match a field's pattern (a regular expression: the sweep manifest's hash). */
  notPattern: { pattern: string; found: Found };
  /** A value that is none of the forms a field takes (zod's names of the types, e.g. `string` and `record`). */
  noMatchingForm: { types: string[]; found: Found };
  /** A value zod refused by a check this table does not know (none in the schemas today: see parse.ts). */
  invalidValue: { check: string; found: Found };
  // Rules that span several fields (crossChecks.ts).
  tooManyOrganisations: { limit: number; organisations: number };
  tooManyTieEnds: { limit: number; organisations: number; ties: number };
  tooMuchWork: { limit: number; organisations: number; ticks: number };
  repeatedField: { found: Found };
  needsPerField: { fields: number; needs: number };
  repeatedInstrument: { found: Found };
  unknownTerritoryField: { fields: string; found: Found };
  leaderNotMember: Record<string, never>;
  tooFewOrganisations: { total: number };
}

export type ScenarioProblemCode = keyof ScenarioProblemParams;
export type Words = { expected: string; received: string };
export type ScenarioProblemTable = { [K in ScenarioProblemCode]: (params: ScenarioProblemParams[K]) => Words };

const article = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
// zod's `record` is a JSON object to the user.
const typeName = (type: string) => (type === 'int' ? 'an integer' : article(type === 'record' ? 'object' : type));
/** What was found, in English. */
const said = (found: Found) => foundIn(FOUND_EN, found);
const required = (expected: string, found: Found) => (found.kind === 'missing' ? `${expected} (this field is required)` : expected);
const bound = (word: 'least' | 'most', origin: string, limit: string, comparison: string) =>
  origin === 'array' ? `at ${word} ${limit} item(s)` : origin === 'string' ? `at ${word} ${limit} character(s)` : `a number ${comparison} ${limit}`;

export const SCENARIO_PROBLEMS_EN: ScenarioProblemTable = {
  unknownField: ({ key, suggestion, known }) => ({
    expected: suggestion !== null ? `a known field (did you mean "${suggestion}"?)` : known ? `a known field (one of ${known})` : 'a known field',
    received: `unknown field "${clip(key)}"`,
  }),
  wrongType: ({ type, found }) => ({ expected: required(typeName(type), found), received: said(found) }),
  tooSmall: ({ origin, minimum, inclusive, found }) => ({ expected: bound('least', origin, minimum, inclusive ? '>=' : '>'), received: said(found) }),
  tooBig: ({ origin, maximum, inclusive, found }) => ({ expected: bound('most', origin, maximum, inclusive ? '<=' : '<'), received: said(found) }),
  notOneOf: ({ values, found }) => ({ expected: `one of ${values}`, received: said(found) }),
  notMultiple: ({ divisor, found }) => ({ expected: `a multiple of ${divisor}`, received: said(found) }),
  notPattern: ({ pattern, found }) => ({ expected: `a string matching ${pattern}`, received: said(found) }),
  noMatchingForm: ({ types, found }) => ({ expected: required(types.map(typeName).join(' or '), found), received: said(found) }),
  invalidValue: ({ found }) => ({ expected: 'a valid value', received: said(found) }),
  tooManyOrganisations: ({ limit, organisations }) => ({
    expected: `at most ${count(limit)} organisations in all (the limit of one machine)`,
    received: count(organisations),
  }),
  tooManyTieEnds: ({ limit, organisations, ties }) => ({
    expected: `organisations × ties_per_organisation at most ${count(limit)} (the memory limit of one machine)`,
    received: `${count(organisations)} × ${ties} = ${count(organisations * ties)}`,
  }),
  tooMuchWork: ({ limit, organisations, ticks }) => ({
    expected: `organisations × ticks at most ${count(limit)} (the work one machine does in well under an hour)`,
    received: `${count(organisations)} × ${count(ticks)} = ${count(organisations * ticks)}`,
  }),
  repeatedField: ({ found }) => ({ expected: 'a field name not listed before', received: said(found) }),
  needsPerField: ({ fields, needs }) => ({ expected: `one need per field (${fields})`, received: `${needs} value(s)` }),
  repeatedInstrument: ({ found }) => ({ expected: 'each instrument listed once', received: `${said(found)} again` }),
  unknownTerritoryField: ({ fields, found }) => ({ expected: `one of territory.fields (${fields})`, received: said(found) }),
  leaderNotMember: () => ({ expected: 'member: true for a leader', received: 'member: false' }),
  tooFewOrganisations: ({ total }) => ({ expected: 'at least 2 organisations in all', received: String(total) }),
};

/** A scenario problem at `path`: its code and parameters, and its English words. */
export function scenarioProblem<K extends ScenarioProblemCode>(path: string, code: K, params: ScenarioProblemParams[K]): ScenarioIssue {
  return { path, ...SCENARIO_PROBLEMS_EN[code](params as never), code, params: params as Record<string, unknown> };
}
