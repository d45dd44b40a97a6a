/**
 * The engine as a plain object for a Web Worker (through comlink) or any other host.
 * Tested without a worker; sim.worker.ts only exposes it. Results leave as fresh typed
 * arrays so the worker can transfer them (no copy, no per-row objects).
 */
import { createSimulation, type Simulation, type Snapshot } from '../model/simulation';
import { NUMERIC_COLUMNS, type Columns } from '../metrics/columns';
import { summarise, type RunSummary } from '../metrics/summary';
import type { FiredEvent, SimEvent } from '../model/events';
import { validateScenario, parseScenario, type ScenarioIssue } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';

export interface TickBatch {
  /** First and last tick in the batch (inclusive); empty when from > to. */
  from: number;
  to: number;
  columns: Columns;
  /** Events that fired in these ticks. */
  events: FiredEvent[];
  done: boolean;
}

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

export function batchBuffers(batch: TickBatch): ArrayBuffer[] {
  return NUMERIC_COLUMNS.map((name) => batch.columns[name].buffer as ArrayBuffer);
}

export function createEngineApi() {
  let sim: Simulation | undefined;
  let sent = 0;
  let eventsSent = 0;

  const start = (result: LoadResult, seed: number): LoadResult => {
    if (result.ok) {
      sim = createSimulation(result.scenario, seed);
      sent = 0;
      eventsSent = 0;
    }
    return result;
  };
  const current = (): Simulation => {
    if (!sim) throw new Error('no scenario loaded: call load() first');
    return sim;
  };

  return {
    /** Validates a scenario object and starts a fresh run; returns the problems otherwise. */
    load(input: unknown, seed: number): LoadResult {
      return start(validateScenario(input), seed);
    },
    /** Same, from the text of a scenario file (errors carry line:column). */
    loadText(text: string, source: string, seed: number): LoadResult {
      return start(parseScenario(text, source), seed);
    },
    /** Advances up to `maxTicks` (not past the horizon unless `beyondHorizon`) and returns the new rows. */
    advance(maxTicks: number, beyondHorizon = false): TickBatch {
      const s = current();
      const limit = beyondHorizon ? maxTicks : Math.min(maxTicks, s.scenario.ticks - s.tickCount);
      for (let k = 0; k < limit; k++) s.tick();
      const all = s.columns();
      const columns = {} as Columns;
      for (const name of NUMERIC_COLUMNS) columns[name] = all[name].slice(sent);
      const events = s.events().slice(eventsSent);
      const batch: TickBatch = { from: sent + 1, to: all.tick.length, columns, events, done: s.done };
      sent = all.tick.length;
      eventsSent += events.length;
      return batch;
    },
    inject(event: SimEvent): void {
      current().inject(event);
    },
    snapshot(): Snapshot {
      return current().snapshot();
    },
    summary(): RunSummary {
      const s = current();
      return summarise(s.columns(), s.seed, s.state.action.firstDissolution);
    },
  };
}

export type EngineApi = ReturnType<typeof createEngineApi>;
