/**
 * The runs on the page in their engines, one run per engine (run A in engine 0, run B in
 * engine 1): starting them, asking them for months, and adding the months to their series.
 *
 * A scenario is checked once per change: the one call that starts a run (`load`) is also
 * the one that checks it, and an engine keeps the run it has when its load is refused.
 * Starting the runs of a comparison is all or nothing: when one is refused, an engine that
 * did start its new run is brought back to the run the page shows by replaying it, since
 * the same scenario, seed, live events and decisions give the same months whatever the
 * batch sizes (tests/worker/worker.test.ts).
 */
import type { Engine } from './engine';
import { Series } from './series';
import type { LiveEvent, LoadResult, OrganisationStructure, PlayedMonth, RunSummary, Scenario, ScenarioIssue, TickBatch } from '../sim';

/** Where a scenario comes from: an object, or a file's text (its problems then carry line:column). */
export type { ScenarioInput } from '../../sim/worker/api';
import type { ScenarioInput } from '../../sim/worker/api';

export interface Lane {
  engine: Engine;
  /** What the run was started from (to start it again). */
  input: ScenarioInput;
  series: Series;
  scenario: Scenario;
  structure: OrganisationStructure;
  summary: RunSummary | undefined;
  done: boolean;
}

/** What the runs of one load share: the seed, the live events (with their months) and a class's decisions. */
export interface RunPlan {
  seed: number;
  live: readonly LiveEvent[];
  played: readonly PlayedMonth[];
}

/** The runs the page shows, and their plan (with the live events sent since they started). */
export interface ShownRuns {
  lanes: readonly Lane[];
  plan: RunPlan;
}

/** A load's outcome: started, refused (which run, why), or replaced by a later load before it finished (lane -1). */
export type LoadOutcome = { ok: true; lanes: Lane[] } | { ok: false; lane: number; issues: ScenarioIssue[] };
export const STALE: LoadOutcome = { ok: false, lane: -1, issues: [] };

/** Checks a scenario and starts its run in `engine`; a refused one leaves the engine's run as it was. */
export function loadInput(engine: Engine, input: ScenarioInput, seed: number): Promise<LoadResult> {
  return engine.load(input, seed);
}

/** Checks a scenario without starting a run. */
export function checkInput(engine: Engine, input: ScenarioInput): Promise<LoadResult> {
  return engine.check(input);
}

export type StartOutcome = { ok: true; lanes: Lane[] } | { ok: false; lane: number; issues: ScenarioIssue[]; replaced: boolean[] };

/**
 * Starts one run per input (input k in engine k), each to month 0, reusing the series in
 * `spare`. A single input's load is its check (a refused one leaves its engine's run as
 * it was); several inputs (compare mode) are all checked first, so that a refused one
 * leaves every engine's run as it was: nothing is ever started that must be undone.
 * `replaced[k]` says which engines no longer hold the run they held.
 */
export async function startLanes(
  engineFor: (index: number) => Engine,
  inputs: readonly ScenarioInput[],
  plan: RunPlan,
  spare: readonly Series[],
): Promise<StartOutcome> {
  const untouched = inputs.map(() => false);
  if (inputs.length > 1) {
    const checks = await Promise.all(inputs.map((input, k) => checkInput(engineFor(k), input)));
    const refused = checks.findIndex((check) => !check.ok);
    const check = checks[refused];
    if (check && !check.ok) return { ok: false, lane: refused, issues: check.issues, replaced: untouched };
  }
  const results = await Promise.all(inputs.map((input, k) => loadInput(engineFor(k), input, plan.seed)));
  const refused = results.findIndex((result) => !result.ok);
  const result = results[refused];
  if (result && !result.ok) return { ok: false, lane: refused, issues: result.issues, replaced: results.map((r) => r.ok) };
  const started = results.map((result, k) => ({ engine: engineFor(k), input: inputs[k]!, scenario: (result as LoadResult & { ok: true }).scenario }));
  return { ok: true, lanes: await Promise.all(started.map((run, k) => firstMonth(run, plan, spare[k]))) };
}

/** Starts again, and runs to the month shown, each run whose engine started another (`replaced[k]`). */
export async function restoreLanes(shown: ShownRuns, replaced: readonly boolean[]): Promise<void> {
  await Promise.all(shown.lanes.map((lane, k) => (replaced[k] ? replay(lane, shown.plan) : undefined)));
}

async function schedule(engine: Engine, plan: RunPlan): Promise<void> {
  if (plan.live.length > 0) await engine.schedule([...plan.live]);
  if (plan.played.length > 0) await engine.schedulePlayed([...plan.played]);
}

/** A started run's events, structure and month 0, in a series (a spare one, cleared, when there is one). */
async function firstMonth(run: Pick<Lane, 'engine' | 'input' | 'scenario'>, plan: RunPlan, spare: Series | undefined): Promise<Lane> {
  const { engine, scenario } = run;
  await schedule(engine, plan);
  const [structure, first] = await Promise.all([engine.structure(), engine.advance(0, { state: true })]);
  const series = spare ?? new Series(scenario.ticks);
  series.clear(scenario.ticks);
  series.append(first);
  return { ...run, series, structure, summary: undefined, done: first.done };
}

/** The run `lane` shows, started again in its engine and brought to the month it shows (the rows it gives back are the ones shown). */
async function replay(lane: Lane, plan: RunPlan): Promise<void> {
  await loadInput(lane.engine, lane.input, plan.seed);
  await schedule(lane.engine, plan);
  await lane.engine.advance(lane.series.tick);
}

/**
 * Asks each run not over for its next `ticks[k]` months (within `budgetMs` when given) and
 * the organisations' state, the live events queued first; undefined for a run that is over.
 */
export function advanceLanes(lanes: readonly Lane[], ticks: readonly number[], live: LiveEvent[], budgetMs?: number): Promise<(TickBatch | undefined)[]> {
  return Promise.all(
    lanes.map((lane, k) => {
      if (lane.done) return undefined;
      // Sent back to back: comlink keeps the order, so the events are queued before the months run.
      const scheduled = live.length > 0 ? lane.engine.schedule(live) : undefined;
      const batch = lane.engine.advance(ticks[k] ?? 0, budgetMs === undefined ? { state: true } : { state: true, budgetMs });
      return Promise.all([scheduled, batch]).then(([, result]) => result);
    }),
  );
}

/** A batch's months added to its run (nothing for a run that is over). */
export function appendBatch(lane: Lane, batch: TickBatch | undefined): void {
  if (!batch) return;
  lane.series.append(batch);
  lane.done = batch.done;
  if (batch.summary) lane.summary = batch.summary;
}

/** Lane by lane: replaced in either. */
export function mergeReplaced(a: readonly boolean[], b: readonly boolean[]): boolean[] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, k) => Boolean(a[k]) || Boolean(b[k]));
}

/** Brings back, in their engines, the runs shown whose engines were started again: by this load (`replaced`), or by loads a later one replaced (`owed`). */
export async function restoreShown(shown: ShownRuns, owed: readonly boolean[], replaced: readonly boolean[]): Promise<void> {
  const all = mergeReplaced(owed, replaced);
  if (all.some(Boolean)) await restoreLanes(shown, all);
}
