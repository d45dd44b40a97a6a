/**
 * The scenario's schema problems (a wrong type, a value out of range, a value not in a
 * list, an unknown field) as data: a code, its parameters and what was found, worded in
 * English here (the command line's words, kept in `expected`/`received`) and in French by
 * the page from the same data (viz/app/i18n/scenarioProblemsFr.ts). Both tables are typed
 * against the same parameter list, so a problem cannot go unworded in either language.
 */
import { clip, describeValue, type ScenarioIssue } from './issues';

/** What was found where a value was expected, as data (what the user wrote stays as written, cut short). */
export type Found = { kind: 'missing' } | { kind: 'nothing' } | { kind: 'list'; length: number } | { kind: 'object' } | { kind: 'written'; text: string };

export function foundOf(value: unknown, missing: boolean): Found {
  if (missing) return { kind: 'missing' };
  if (value === undefined) return { kind: 'nothing' };
  if (Array.isArray(value)) return { kind: 'list', length: value.length };
  if (value !== null && typeof value === 'object') return { kind: 'object' };
  return { kind: 'written', text: describeValue(value) };
}

export interface ScenarioProblemParams {
  unknownField: { key: string; suggestion: string | null; known: string };
  /** `type`: zod's name of the expected type (`int` for an integer). */
  wrongType: { type: string; found: Found };
  tooSmall: { origin: string; minimum: string; inclusive: boolean; found: Found };
  tooBig: { origin: string; maximum: string; inclusive: boolean; found: Found };
  notOneOf: { values: string; found: Found };
  notMultiple: { divisor: string; found: Found };
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
export type ScenarioProblemTable = { [K in ScenarioProblemCode]: (params: ScenarioProblemParams[K]) => Words } & { found: (found: Found) => string };

const count = (n: number) => n.toLocaleString('en');
const article = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
const required = (expected: string, found: Found) => (found.kind === 'missing' ? `${expected} (this field is required)` : expected);
const bound = (word: 'least' | 'most', origin: string, limit: string, comparison: string) =>
  origin === 'array' ? `at ${word} ${limit} item(s)` : origin === 'string' ? `at ${word} ${limit} character(s)` : `a number ${comparison} ${limit}`;

export const SCENARIO_PROBLEMS_EN: ScenarioProblemTable = {
  found: (found) => {
    switch (found.kind) {
      case 'missing':
        return 'nothing: the field is missing';
      case 'nothing':
        return 'nothing';
      case 'list':
        return `an array of ${found.length}`;
      case 'object':
        return 'an object';
      case 'written':
        return found.text;
    }
  },
  unknownField: ({ key, suggestion, known }) => ({
    expected: suggestion !== null ? `a known field (did you mean "${suggestion}"?)` : `a known field (one of ${known})`,
    received: `unknown field "${clip(key)}"`,
  }),
  wrongType: ({ type, found }) => ({ expected: required(type === 'int' ? 'an integer' : article(type), found), received: SCENARIO_PROBLEMS_EN.found(found) }),
  tooSmall: ({ origin, minimum, inclusive, found }) => ({
    expected: bound('least', origin, minimum, inclusive ? '>=' : '>'),
    received: SCENARIO_PROBLEMS_EN.found(found),
  }),
  tooBig: ({ origin, maximum, inclusive, found }) => ({
    expected: bound('most', origin, maximum, inclusive ? '<=' : '<'),
    received: SCENARIO_PROBLEMS_EN.found(found),
  }),
  notOneOf: ({ values, found }) => ({ expected: `one of ${values}`, received: SCENARIO_PROBLEMS_EN.found(found) }),
  notMultiple: ({ divisor, found }) => ({ expected: `a multiple of ${divisor}`, received: SCENARIO_PROBLEMS_EN.found(found) }),
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
  repeatedField: ({ found }) => ({ expected: 'a field name not listed before', received: SCENARIO_PROBLEMS_EN.found(found) }),
  needsPerField: ({ fields, needs }) => ({ expected: `one need per field (${fields})`, received: `${needs} value(s)` }),
  repeatedInstrument: ({ found }) => ({ expected: 'each instrument listed once', received: `${SCENARIO_PROBLEMS_EN.found(found)} again` }),
  unknownTerritoryField: ({ fields, found }) => ({ expected: `one of territory.fields (${fields})`, received: SCENARIO_PROBLEMS_EN.found(found) }),
  leaderNotMember: () => ({ expected: 'member: true for a leader', received: 'member: false' }),
  tooFewOrganisations: ({ total }) => ({ expected: 'at least 2 organisations in all', received: String(total) }),
};

/** A scenario problem at `path`: its code and parameters, and its English words. */
export function scenarioProblem<K extends ScenarioProblemCode>(path: string, code: K, params: ScenarioProblemParams[K]): ScenarioIssue {
  return { path, ...SCENARIO_PROBLEMS_EN[code](params as never), code, params: params as Record<string, unknown> };
}
