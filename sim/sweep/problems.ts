/**
 * The problems a sweep's design and size can have, as data: a code and its parameters
 * (what the user wrote, the limits), rendered into words per language. English here (the
 * command line's language, and what `expected`/`received` carry); the page renders the
 * same codes in French (viz/app/i18n/sweepProblemsFr.ts), from the parameters, not by
 * translating English sentences back. Both tables are typed against the same parameter
 * list, so a new problem cannot go unworded in either language.
 */
import { count, type ScenarioIssue } from '../scenario/issues';

/** Each problem's parameters. Values the user wrote stay as written (already quoted and cut short). */
export interface SweepProblemParams {
  gridStepsMissing: Record<string, never>;
  repeatedValues: { repeated: string; values: string };
  repeatedRangeValues: { repeated: string; values: string; from: number; to: number; steps: number; integer: boolean };
  tooFewValues: { values: string };
  unorderedInMorris: { count: number };
  stepsInSampledDesign: { design: string; steps: number };
  constantRange: { to: number };
  tooFewIntegersForLevels: { levels: number; from: number; to: number };
  tooFewIntegers: { from: number; to: number };
  foreignOption: { design: string; options: string; value: string };
  tooManyCandidates: { limit: number; factors: number; candidates: number };
  noFactors: { design: string };
  tooManySobolFactors: { limit: number; factors: number };
  tooManySettings: { limit: number; settings: number; made: SettingCount; browser: boolean };
  tooManyRuns: { limit: number; settings: number; replications: number; browser: boolean };
  tooManyValues: { limit: number; values: number; browser: boolean };
  tooManyTickRows: { limit: number; rows: number; browser: boolean };
  /** Planning ran out of memory (many settings of a huge listed population): the engine's own message. */
  tooLargeToPlan: { message: string };
  /** A base scenario given by its path where no file can be read (the page). */
  scenarioPathInBrowser: { path: string };
}

export type SweepProblemCode = keyof SweepProblemParams;
/** How a design's settings are counted. */
export type SettingCount = 'combinations' | 'trajectories' | 'samplesAndFactors' | 'samples';
export type ProblemWords = { expected: string; received: string };
export type ProblemTable = { [K in SweepProblemCode]: (params: SweepProblemParams[K]) => ProblemWords };

const SETTING_COUNTS: Record<SettingCount, string> = {
  combinations: 'combinations of factor values',
  trajectories: 'trajectories × (factors + 1)',
  samplesAndFactors: 'samples × (factors + 2)',
  samples: 'samples',
};

export const SWEEP_PROBLEMS_EN: ProblemTable = {
  gridStepsMissing: () => ({
    expected: 'a number of evenly spaced values from 2 to 1000 (a grid design takes steps values from `from` to `to`)',
    received: 'nothing',
  }),
  repeatedValues: ({ repeated, values }) => ({
    expected: `distinct values (a repeated value makes settings that differ only by chance; repeated: ${repeated})`,
    received: values,
  }),
  repeatedRangeValues: ({ repeated, values, from, to, steps, integer }) => ({
    expected: `distinct values (a repeated value makes settings that differ only by chance; repeated: ${repeated})`,
    received: `${values} (${from} to ${to} in ${steps}${integer ? ' integer' : ''} steps)`,
  }),
  tooFewValues: ({ values }) => ({ expected: 'at least two values (a factor with one value does not vary: set it in the scenario)', received: values }),
  unorderedInMorris: ({ count: n }) => ({
    expected:
      "a numeric range {from, to} or a list of two values: Morris's method moves a factor one step along an order, and a list of more than two values has none (split it into yes/no factors, or use a grid or sobol design)",
    received: `a list of ${n} values`,
  }),
  stepsInSampledDesign: ({ design, steps }) => ({
    expected: `no steps: a ${design} design draws values between from and to${design === 'morris' ? ' (on design.levels levels)' : ''}`,
    received: String(steps),
  }),
  constantRange: ({ to }) => ({ expected: 'a value other than from (a factor that does not move has no effect to measure)', received: String(to) }),
  tooFewIntegersForLevels: ({ levels, from, to }) => ({
    expected: `at least ${levels} whole numbers for design.levels = ${levels} (rounded levels would repeat, and their "effects" would be noise): widen the range or lower design.levels`,
    received: `${from} to ${to}`,
  }),
  tooFewIntegers: ({ from, to }) => ({ expected: 'at least 2 whole numbers between from and to', received: `${from} to ${to}` }),
  foreignOption: ({ design, options, value }) => ({ expected: `an option of a ${design} design (${options || 'none'})`, received: value }),
  tooManyCandidates: ({ limit, factors, candidates }) => ({
    expected: `at most ${limit} candidates for ${factors} factors (choosing among more would take minutes)`,
    received: String(candidates),
  }),
  noFactors: ({ design }) => ({ expected: `at least one factor for a ${design} design`, received: 'none' }),
  tooManySobolFactors: ({ limit, factors }) => ({ expected: `at most ${limit} factors in a sobol design`, received: String(factors) }),
  tooManySettings: ({ limit, settings, made, browser }) => ({
    expected: browser
      ? `at most ${count(limit)} settings in the browser (${SETTING_COUNTS[made]}; use the command line for more)`
      : `at most ${count(limit)} settings (${SETTING_COUNTS[made]})`,
    received: count(settings),
  }),
  tooManyRuns: ({ limit, settings, replications, browser }) => ({
    expected: browser
      ? `at most ${count(limit)} runs in the browser (use the command line for more)`
      : `at most ${count(limit)} runs in one sweep (settings × replications; split a larger study into several sweeps)`,
    received: `${count(settings)} × ${count(replications)} = ${count(settings * replications)}`,
  }),
  tooManyValues: ({ limit, values, browser }) => ({
    expected: browser
      ? `at most ${count(limit)} per-tick values in the browser (runs × months × metrics: fewer replications, months or metrics)`
      : `at most ${count(limit)} per-tick values kept (runs × ticks × metrics; fewer replications, ticks or metrics)`,
    received: count(values),
  }),
  tooManyTickRows: ({ limit, rows, browser }) => ({
    expected: browser
      ? `at most ${count(limit)} rows of ticks.csv in the browser (settings × months × metrics)`
      : `at most ${count(limit)} rows of ticks.csv (settings × ticks × metrics)`,
    received: count(rows),
  }),
  tooLargeToPlan: ({ message }) => ({ expected: 'a sweep small enough to plan in memory', received: message }),
  scenarioPathInBrowser: ({ path }) => ({ expected: 'the scenario inline (the browser cannot read a file path)', received: JSON.stringify(path) }),
};

/** A sweep problem at `path`: its code and parameters, and its English words for the command line. */
export function sweepProblem<K extends SweepProblemCode>(source: string, path: string, code: K, params: SweepProblemParams[K]): ScenarioIssue {
  return { source, path, ...SWEEP_PROBLEMS_EN[code](params), code, params: params as Record<string, unknown> };
}
