/**
 * Every problem the tool reports, as one list of codes: the scenario's schema and cross-field
 * problems (problems.ts), the JSON reader's (jsonProblems.ts, under `json.`), `--set`
 * overrides' (overrideProblems.ts), whole inputs' (inputProblems.ts) and sweeps'
 * (sim/sweep/problems.ts). `ScenarioIssue.code` is one of these codes, and each language
 * words every one of them from its parameters (English here; French in
 * viz/app/i18n/problemsFr.ts, typed against the same list, so no code can go unworded).
 */
import { SCENARIO_PROBLEMS_EN, type ScenarioProblemParams, type ScenarioProblemTable, type Words } from './problems';
import { JSON_PROBLEMS_EN, type JsonProblemParams, type JsonProblemTable } from './jsonProblems';
import { OVERRIDE_PROBLEMS_EN, type OverrideProblemParams, type OverrideProblemTable } from './overrideProblems';
import { INPUT_PROBLEMS_EN, type InputProblemParams, type InputProblemTable } from './inputProblems';
import { SWEEP_PROBLEMS_EN, type ProblemTable, type SweepProblemParams } from '../sweep/problems';

/** The JSON reader's problems, under `json.` (the reader words only what it found; the problem is that the text is not valid JSON). */
export type QualifiedJsonParams = { [K in keyof JsonProblemParams as `json.${K}`]: JsonProblemParams[K] };

/** Each code's parameters. A code used by two families does not compile (the interfaces would conflict). */
export interface ProblemParams extends ScenarioProblemParams, QualifiedJsonParams, OverrideProblemParams, InputProblemParams, SweepProblemParams {}

export type ProblemCode = keyof ProblemParams;
export type ProblemCatalog = { [K in ProblemCode]: (params: ProblemParams[K]) => Words };

/**
 * A language's words for every problem, from its table for each family (each of its own
 * type, so none can be left out or put in another's place). The JSON reader's table words
 * only what the reader found; `validJson` is what the text was expected to be.
 */
export function problemCatalog(
  scenario: ScenarioProblemTable,
  overrides: OverrideProblemTable,
  inputs: InputProblemTable,
  sweeps: ProblemTable,
  [json, validJson]: [JsonProblemTable, string],
): ProblemCatalog {
  const reading = Object.entries(json).map(([code, word]) => [
    `json.${code}`,
    (params: never) => ({ expected: validJson, received: (word as (p: never) => string)(params) }),
  ]);
  return { ...scenario, ...(Object.fromEntries(reading) as Pick<ProblemCatalog, keyof QualifiedJsonParams>), ...overrides, ...inputs, ...sweeps };
}

export const PROBLEMS_EN = problemCatalog(SCENARIO_PROBLEMS_EN, OVERRIDE_PROBLEMS_EN, INPUT_PROBLEMS_EN, SWEEP_PROBLEMS_EN, [JSON_PROBLEMS_EN, 'valid JSON']);

/** `code` with `params` in the words of `catalog` (a language's). */
export function problemWords(catalog: ProblemCatalog, code: ProblemCode, params: Record<string, unknown>): Words {
  return (catalog[code] as (params: unknown) => Words)(params);
}
