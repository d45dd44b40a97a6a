/**
 * A run frozen between two ticks, and back: generator states, organisation columns, action
 * and territory, recorded rows, the event log and what is queued for the next tick.
 * Restoring a checkpoint and ticking on gives exactly the numbers the original run would
 * have given (tests/reliability/resume.test.ts).
 */
import { NUMERIC_COLUMNS, type Columns, type MetricRecorder } from '../metrics/columns';
import { STREAM_NAMES, type RandomStreams, type StreamName, type StreamState } from '../rng';
import type { FiredEvent, SimEvent } from './events';
import type { PlayedDecision } from './played';
import type { ActionState, Organisations, Territory } from './state';

export interface Checkpoint {
  format: typeof CHECKPOINT_FORMAT;
  seed: number;
  tick: number;
  streams: Record<StreamName, StreamState>;
  organisations: Partial<Record<keyof Organisations, unknown>>;
  action: ActionState;
  territory: Pick<Territory, (typeof TERRITORY_STATE)[number]>;
  columns: Columns;
  events: FiredEvent[];
  pendingLiveEvents: SimEvent[];
  /** Decisions played for the next tick (absent in checkpoints written before the classroom). */
  pendingPlayed?: PlayedDecision[];
}

/**
 * Version 3: the second model (work ties, capacity, per-field population, a `ties` stream).
 * Version 2: each stream is four alea lanes (sim/rng.ts); version 1 held one alea state per stream.
 */
// 4: the per-tick column `leader` joined the recorded columns.
export const CHECKPOINT_FORMAT = 'interstice-checkpoint-4';

/** Organisation columns that carry state from one tick to the next (the rest is scratch). */
const PERSISTENT_COLUMNS = [
  'names',
  'order',
  'field',
  'size',
  'budgetFactor',
  'productivity',
  'alpha',
  'horizon',
  'expectedWeight',
  'outsideOption',
  'shockExposure',
  'active',
  'member',
  'rung',
  'tenure',
  'trust',
  'leader',
  'leftAt',
  'perceived',
  'cutPenalty',
  'tieStart',
  'ties',
  'capacity',
  'workTie',
  'workTieUsed',
] as const satisfies readonly (keyof Organisations)[];
/** Territory fields that carry state (the rest is derived from the scenario). */
const TERRITORY_STATE = [
  'population',
  'populationCounterfactual',
  'totalBudget',
  'fieldPopulation',
  'fieldCounterfactual',
  'fieldOutput1',
  'fieldOutput2',
] as const;

const copyColumn = <T>(value: T): T => (Array.isArray(value) ? (value.slice() as T) : ((value as unknown as Float64Array).slice() as T));

/** Everything a checkpoint is taken from or restored into. */
export interface RunParts {
  seed: number;
  tick: number;
  streams: RandomStreams;
  orgs: Organisations;
  action: ActionState;
  territory: Territory;
  recorder: MetricRecorder;
  fired: FiredEvent[];
  liveQueue: SimEvent[];
  playedQueue: PlayedDecision[];
}

/** The number of organisations a checkpoint holds. */
export const checkpointOrganisations = (from: Checkpoint): number => (from.organisations.order as Uint8Array).length;

/** Puts the checkpoint's state (organisation columns, action, territory, rows, events, queues) into freshly built parts. */
export function restoreInto(from: Checkpoint, parts: Omit<RunParts, 'seed' | 'tick' | 'streams'>): void {
  const { orgs, action, territory, recorder } = parts;
  for (const name of PERSISTENT_COLUMNS) (orgs as unknown as Record<string, unknown>)[name] = copyColumn(from.organisations[name]);
  Object.assign(action, from.action);
  for (const name of TERRITORY_STATE) {
    const value = from.territory[name];
    (territory as unknown as Record<string, unknown>)[name] = typeof value === 'number' ? value : copyColumn(value);
  }
  for (let k = 0; k < from.columns.tick.length; k++) {
    const row = recorder.nextRow();
    for (const name of NUMERIC_COLUMNS) recorder.raw[name][row] = from.columns[name][k]!;
  }
  // One at a time, not spread: a long run's event log may be longer than a call's arguments can be.
  for (const e of from.events) parts.fired.push({ ...e });
  for (const e of from.pendingLiveEvents) parts.liveQueue.push({ ...e });
  for (const d of from.pendingPlayed ?? []) parts.playedQueue.push({ ...d });
}

/** A structured-clone-safe copy of the run as it stands. */
export function takeCheckpoint(parts: RunParts): Checkpoint {
  const { orgs, territory, recorder } = parts;
  const organisations: Checkpoint['organisations'] = {};
  for (const name of PERSISTENT_COLUMNS) organisations[name] = copyColumn(orgs[name]);
  const columns = {} as Columns;
  const view = recorder.view();
  for (const name of NUMERIC_COLUMNS) columns[name] = view[name].slice();
  const streamStates = {} as Record<StreamName, StreamState>;
  for (const name of STREAM_NAMES) streamStates[name] = parts.streams[name].state();
  return {
    format: CHECKPOINT_FORMAT,
    seed: parts.seed,
    tick: parts.tick,
    streams: streamStates,
    organisations,
    action: { ...parts.action },
    territory: {
      population: territory.population,
      populationCounterfactual: territory.populationCounterfactual,
      totalBudget: territory.totalBudget,
      fieldPopulation: territory.fieldPopulation.slice(),
      fieldCounterfactual: territory.fieldCounterfactual.slice(),
      fieldOutput1: territory.fieldOutput1.slice(),
      fieldOutput2: territory.fieldOutput2.slice(),
    },
    columns,
    events: parts.fired.map((e) => ({ ...e })),
    pendingLiveEvents: parts.liveQueue.map((e) => ({ ...e })),
    pendingPlayed: parts.playedQueue.map((d) => ({ ...d })),
  };
}
