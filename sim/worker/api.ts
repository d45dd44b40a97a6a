/**
 * The engine as a plain object for a Web Worker (through comlink) or any other host.
 * Tested without a worker; sim.worker.ts only exposes it. Results leave as fresh typed
 * arrays so the worker can transfer them (no copy, no per-row objects).
 *
 * This module decides *when* the engine ticks (batch sizes, time budgets, when live
 * events are handed over); the engine itself stays pure and synchronous.
 */
import { createSimulation, type Simulation, type Snapshot } from '../model/simulation';
import { organisationState, organisationStructure, type OrganisationState, type OrganisationStructure } from '../model/snapshot';
import { NUMERIC_COLUMNS, type Columns } from '../metrics/columns';
import { summarise, type RunSummary } from '../metrics/summary';
import type { FiredEvent, SimEvent } from '../model/events';
import type { PlayedDecision } from '../model/played';
import { validateScenario, parseScenario, type ScenarioIssue } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';

export type { OrganisationState, OrganisationStructure } from '../model/snapshot';

export interface TickBatch {
  /** First and last tick in the batch (inclusive); empty when from > to. */
  from: number;
  to: number;
  columns: Columns;
  /** Events that fired in these ticks. */
  events: FiredEvent[];
  done: boolean;
  /** The organisations at tick `to`, when asked for (`AdvanceOptions.state`). */
  state?: OrganisationState;
  /** The run's summary, on the batch that reaches the horizon. */
  summary?: RunSummary;
}

export interface AdvanceOptions {
  /** Keep ticking past the scenario's horizon. */
  beyondHorizon?: boolean;
  /**
   * Stop once this much time (ms) has been spent, after at least one tick: a batch then
   * costs about the same whatever the scenario's size, so a page can ask for one per
   * animation frame without ever waiting long.
   */
  budgetMs?: number;
  /** Include the organisations' state at the end of the batch. */
  state?: boolean;
}

/** A live event and the tick at which it must fire (it is handed to the engine the tick before). */
export interface LiveEvent {
  tick: number;
  event: SimEvent;
}

/** Decisions people made (a classroom journal), and the tick at which they take effect. */
export interface PlayedMonth {
  tick: number;
  decisions: PlayedDecision[];
}

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/** A scenario as the engine takes it: a parsed object (the page's settings applied), or the text of a file with its name. */
export type ScenarioInput = { kind: 'object'; value: unknown } | { kind: 'text'; text: string; source: string };

/** Every buffer of a batch, to transfer instead of copying. */
export function batchBuffers(batch: TickBatch): ArrayBuffer[] {
  const buffers = NUMERIC_COLUMNS.map((name) => batch.columns[name].buffer as ArrayBuffer);
  if (batch.state) for (const column of Object.values(batch.state) as ArrayBufferView[]) buffers.push(column.buffer as ArrayBuffer);
  return buffers;
}

export function structureBuffers(structure: OrganisationStructure): ArrayBuffer[] {
  return [structure.order, structure.field, structure.tieStart, structure.ties].map((column) => column.buffer as ArrayBuffer);
}

/** `now` is the clock used for time budgets (injected so tests can control it). */
export function createEngineApi(now: () => number = () => performance.now()) {
  let sim: Simulation | undefined;
  let sent = 0;
  let eventsSent = 0;
  /** Live events still to hand over, sorted by tick. */
  let pending: LiveEvent[] = [];
  /** Played decisions still to hand over, sorted by tick. */
  let played: PlayedMonth[] = [];

  const start = (result: LoadResult, seed: number): LoadResult => {
    if (result.ok) {
      sim = createSimulation(result.scenario, seed);
      sent = 0;
      eventsSent = 0;
      pending = [];
      played = [];
    }
    return result;
  };
  const current = (): Simulation => {
    if (!sim) throw new Error('no scenario loaded: call load() first');
    return sim;
  };
  const summaryOf = (s: Simulation): RunSummary => summarise(s.columns(), s.seed, s.state.action.firstDissolution);

  return {
    /** Checks a scenario (an object, or a file's text: its problems then carry line:column) without starting a run. */
    check(input: ScenarioInput): LoadResult {
      return input.kind === 'text' ? parseScenario(input.text, input.source) : validateScenario(input.value);
    },
    /** Checks a scenario and starts a fresh run at `seed`; returns the problems otherwise (the current run is kept). */
    load(input: ScenarioInput, seed: number): LoadResult {
      return start(this.check(input), seed);
    },
    /** The run's fixed structure (names, orders, fields, ties), for drawing the network once. */
    structure(): OrganisationStructure {
      return organisationStructure(current().state.orgs);
    },
    /**
     * Live events to fire at given ticks, whatever the batch sizes: replaying the same list
     * reproduces a run in which someone pressed the same buttons at the same months.
     * An event whose tick has passed fires at the next tick.
     */
    schedule(events: readonly LiveEvent[]): void {
      current();
      pending = [...pending, ...events.map((e) => ({ tick: e.tick, event: { ...e.event } }))].sort((a, b) => a.tick - b.tick);
    },
    /**
     * Decisions people made for their organisations (a classroom journal, docs/classroom.md),
     * each month's handed to the engine before the tick it decides: replaying a journal's
     * decisions and live events reproduces the class's run.
     */
    schedulePlayed(months: readonly PlayedMonth[]): void {
      current();
      played = [...played, ...months.map((m) => ({ tick: m.tick, decisions: m.decisions.map((d) => ({ ...d })) }))].sort((a, b) => a.tick - b.tick);
    },
    /** Advances up to `maxTicks` (not past the horizon unless asked) and returns the new rows. */
    advance(maxTicks: number, options: boolean | AdvanceOptions = {}): TickBatch {
      const { beyondHorizon = false, budgetMs, state = false } = typeof options === 'boolean' ? { beyondHorizon: options } : options;
      const s = current();
      const limit = beyondHorizon ? maxTicks : Math.min(maxTicks, s.scenario.ticks - s.tickCount);
      const started = budgetMs === undefined ? 0 : now();
      for (let k = 0; k < limit; k++) {
        // The engine fires an injected event at the tick after the injection.
        while (pending.length > 0 && pending[0]!.tick <= s.tickCount + 1) s.inject(pending.shift()!.event);
        while (played.length > 0 && played[0]!.tick <= s.tickCount + 1) s.play(played.shift()!.decisions);
        s.tick();
        if (budgetMs !== undefined && now() - started >= budgetMs) break;
      }
      const all = s.columns();
      const columns = {} as Columns;
      for (const name of NUMERIC_COLUMNS) columns[name] = all[name].slice(sent);
      const events = s.events().slice(eventsSent);
      const batch: TickBatch = { from: sent + 1, to: all.tick.length, columns, events, done: s.done };
      if (state) batch.state = organisationState(s.state.orgs);
      if (s.done && all.tick.length > sent) batch.summary = summaryOf(s);
      sent = all.tick.length;
      eventsSent += events.length;
      return batch;
    },
    /** Queues an event to fire at the next tick. */
    inject(event: SimEvent): void {
      current().inject(event);
    },
    snapshot(): Snapshot {
      return current().snapshot();
    },
    summary(): RunSummary {
      return summaryOf(current());
    },
  };
}

export type EngineApi = ReturnType<typeof createEngineApi>;

/**
 * The API as the page sees it through comlink. The worker wraps `advance` and `structure`
 * with `Comlink.transfer`, which returns the same types, so the remote API has exactly
 * the plain object's shape.
 */
export type WorkerApi = EngineApi;
