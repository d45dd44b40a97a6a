/**
 * The simulation: pure and synchronous. `tick()` advances one month; the caller (worker
 * loop, CLI, test) decides when. No DOM, no timers, no I/O.
 *
 * Schedule of a tick (docs/model.md, "Process overview"):
 *   1. events: scheduled, live, then random hazards (shocks stream)
 *   2. the action this month: members, contributions, coordination, collective output
 *   3. results travel to each field's population (delay); both worlds take the same random variation
 *   4. perception (noise, delay), then synchronous decisions: trust, stay/leave, rungs, joins
 *   5. departures and joins applied; dissolution; re-formation; leadership succession
 *   6. capacity, work ties and knowledge accumulate; metrics recorded
 */
import type { Scenario } from '../scenario/schema';
import { createStreams, STREAM_NAMES, type StreamState, type RandomStreams, type StreamName } from '../rng';
import { MetricRecorder, NUMERIC_COLUMNS, type Columns } from '../metrics/columns';
import { allocateAggregates, computeAggregates, type Aggregates } from './aggregates';
import { allocateShockDraws, applyEvent, drawShocks, firedHazards, scheduleEvents, type EventEffects, type FiredEvent, type SimEvent } from './events';
import { gridRowCode } from './grid';
import { initialiseOrganisations } from './init';
import { growKnowledge, knowledgeAfterDepartures } from './learning';
import { maybeSucceed } from './leadership';
import { capacityHolders, capacityTotal, updateCapacity } from './capacity';
import { updateWorkTies } from './ties';
import { applyDecisions, checkDissolution, maybeReform, type MembershipChange } from './membership';
import { organisationEfficiency } from './efficiency';
import { allocateMonthDecisions, decideParticipation } from './participation';
import { applyPlayedDecisions, type PlayedDecision } from './played';
import { advanceResultPipeline, updatePopulation } from './population';
import { modelParameters } from './parameters';
import { allocateOrganisations, createTerritory, initialActionState, type ActionState, type Organisations, type Territory } from './state';
import { allocateValuationContext, updateValuationContext, type ValuationContext } from './valuation';

/** A copy of the state at the current tick, safe to send to another thread. */
export interface Snapshot {
  tick: number;
  alive: boolean;
  knowledge: number;
  population: number;
  populationCounterfactual: number;
  organisations: {
    names: string[];
    order: Uint8Array;
    field: Uint16Array;
    size: Float64Array;
    active: Uint8Array;
    member: Uint8Array;
    rung: Uint8Array;
    tenure: Int32Array;
    trust: Float64Array;
    leader: Uint8Array;
    efficiency: Float64Array;
    tieStart: Int32Array;
    ties: Int32Array;
  };
}

export interface Simulation {
  readonly scenario: Scenario;
  readonly seed: number;
  /** Ticks done so far. */
  readonly tickCount: number;
  /** True once the scenario's horizon is reached (ticking further is allowed). */
  readonly done: boolean;
  tick(): void;
  /** Runs `n` ticks, or to the horizon. */
  run(n?: number): void;
  /** Queues an event to fire at the start of the next tick. */
  inject(event: SimEvent): void;
  /** Queues decisions people made for their organisations: they replace the agents' decisions of the next tick (played.ts). */
  play(decisions: readonly PlayedDecision[]): void;
  /** Recorded per-tick columns (views, not copies). */
  columns(): Columns;
  events(): readonly FiredEvent[];
  snapshot(): Snapshot;
  /** Everything needed to continue this run elsewhere (structured-clone safe); see restoreSimulation. */
  checkpoint(): Checkpoint;
  /** Internal state for inspection in tests and by the metrics. */
  readonly state: { orgs: Organisations; action: ActionState; territory: Territory; aggregates: Aggregates };
}

/**
 * A run frozen between two ticks: generator states, organisation columns, action and
 * territory, recorded rows and events. Restoring it and ticking on gives exactly the
 * numbers the original run would have given.
 */
export interface Checkpoint {
  format: typeof CHECKPOINT_FORMAT;
  seed: number;
  tick: number;
  streams: Record<StreamName, StreamState>;
  organisations: Partial<Record<keyof Organisations, unknown>>;
  action: ActionState;
  territory: Pick<
    Territory,
    'population' | 'populationCounterfactual' | 'totalBudget' | 'fieldPopulation' | 'fieldCounterfactual' | 'fieldOutput1' | 'fieldOutput2'
  >;
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

export function restoreSimulation(scenario: Scenario, checkpoint: Checkpoint): Simulation {
  if (checkpoint.format !== CHECKPOINT_FORMAT) throw new Error(`unknown checkpoint format ${String(checkpoint.format)}`);
  return createSimulation(scenario, checkpoint.seed, checkpoint);
}

export function createSimulation(scenario: Scenario, seed: number, from?: Checkpoint): Simulation {
  const streams: RandomStreams = createStreams(seed, from?.streams);
  // The scenario's model constants, derived once for the whole run.
  const p = modelParameters(scenario);
  // A restored run takes its organisations from the checkpoint: nothing is drawn again.
  const orgs = from ? allocateOrganisations((from.organisations.order as Uint8Array).length) : initialiseOrganisations(scenario, streams.init, p);
  const action = initialActionState(scenario);
  const territory = createTerritory(scenario);
  for (let i = 0; i < orgs.count; i++) territory.totalBudget += orgs.size[i]!;
  if (from) {
    for (const name of PERSISTENT_COLUMNS) (orgs as unknown as Record<string, unknown>)[name] = copyColumn(from.organisations[name]);
    Object.assign(action, from.action);
    for (const name of TERRITORY_STATE) {
      const value = from.territory[name];
      (territory as unknown as Record<string, unknown>)[name] = typeof value === 'number' ? value : copyColumn(value);
    }
  }
  const agg = allocateAggregates(territory.fieldCount, orgs.count);
  const ctx: ValuationContext = allocateValuationContext(p);
  const draws = allocateShockDraws();
  const decisionDraws = new Float64Array(3 * orgs.count);
  const populationShocks = new Float64Array(territory.fieldCount);
  // Each field's share of the territory's random variation: √F × σ per field keeps σ for the territory.
  const fieldNoise = scenario.territory.population_noise * Math.sqrt(territory.fieldCount);
  const decisions = allocateMonthDecisions(scenario, orgs.count, p);
  const schedule = scheduleEvents(scenario);
  const liveQueue: SimEvent[] = [];
  const playedQueue: PlayedDecision[] = [];
  const fired: FiredEvent[] = [];
  const recorder = new MetricRecorder(scenario.ticks);
  const effects: EventEffects = { populationDrop: 0, departures: 0 };
  const change: MembershipChange = { joins: 0, leaves: 0 };
  let members = 0;
  for (let i = 0; i < orgs.count; i++) members += orgs.member[i]!;
  if (!from) action.alive = members >= 2;
  if (!from && !action.alive) {
    // One organisation alone is not a joint action: it never forms (it may re-form later).
    action.firstDissolution = 0;
    orgs.member.fill(0);
    orgs.rung.fill(0);
    orgs.leader.fill(0);
  }
  let t = 0;
  if (from) {
    t = from.tick;
    for (let k = 0; k < from.columns.tick.length; k++) {
      const row = recorder.nextRow();
      for (const name of NUMERIC_COLUMNS) recorder.raw[name][row] = from.columns[name][k]!;
    }
    // One at a time, not spread: a long run's event log may be longer than a call's arguments can be.
    for (const e of from.events) fired.push({ ...e });
    for (const e of from.pendingLiveEvents) liveQueue.push({ ...e });
    for (const d of from.pendingPlayed ?? []) playedQueue.push({ ...d });
  }
  agg.capacityActive = capacityTotal(orgs);
  const holders = capacityHolders(orgs);
  computeAggregates(agg, orgs, action, territory, scenario, p, t);

  const fire = (event: SimEvent, source: FiredEvent['source']) => {
    const outcome = applyEvent(event, orgs, action, draws, t, effects, p);
    const record: FiredEvent = { tick: t, type: event.type, source };
    // Only budget cuts are aimed at an order.
    if (event.type === 'budget_cut') record.order = event.order ?? 'E';
    if (event.magnitude !== undefined) record.magnitude = event.magnitude;
    if (outcome.target !== undefined) record.target = outcome.target;
    if (outcome.noEffect) record.noEffect = true;
    fired.push(record);
  };

  /** Returns whether any event fired (and so may have changed the state the aggregates describe). */
  const applyEvents = (): boolean => {
    const before = fired.length;
    action.salience *= p.population.salience_decay;
    effects.populationDrop = 0;
    effects.departures = 0;
    drawShocks(draws, streams.shocks);
    // The aggregates recorded at the end of the last tick still describe membership now.
    const membersBefore = agg.members;
    // Most months nothing fires: the checks below allocate only when something does.
    const scheduled = schedule.get(t);
    if (scheduled) for (const event of scheduled) fire(event, 'scheduled');
    if (liveQueue.length > 0) for (const event of liveQueue.splice(0)) fire(event, 'live');
    const random = firedHazards(draws, scenario);
    if (random) for (const event of random) fire(event, 'random');
    if (effects.departures > 0) {
      change.leaves += effects.departures;
      action.knowledge = knowledgeAfterDepartures(action.knowledge, effects.departures, membersBefore, scenario.action.steward, p);
    }
    return fired.length > before;
  };

  const record = () => {
    computeAggregates(agg, orgs, action, territory, scenario, p, t, ctx);
    const m = agg.members;
    const active = agg.active;
    const nonMembers = active - m;
    const efficiencyAll = agg.efficiencyMembers + agg.efficiencyNonMembers;
    const row = recorder.nextRow();
    const c = recorder.raw;
    c.tick[row] = t;
    c.alive[row] = action.alive ? 1 : 0;
    c.members[row] = m;
    c.members_E[row] = agg.membersByOrder[0]!;
    c.members_P[row] = agg.membersByOrder[1]!;
    c.members_T[row] = agg.membersByOrder[2]!;
    c.fields_engaged[row] = agg.fieldsEngaged;
    c.orders[row] = agg.ordersMask;
    c.grid_row[row] = gridRowCode(agg.fieldsEngaged, territory.fieldCount, p.grid.trans_field_share);
    c.collective_effectiveness[row] = territory.population - territory.populationCounterfactual;
    c.organisational_efficiency[row] = active > 0 ? efficiencyAll / active : 0;
    c.efficiency_members[row] = m > 0 ? agg.efficiencyMembers / m : 0;
    c.efficiency_nonmembers[row] = nonMembers > 0 ? agg.efficiencyNonMembers / nonMembers : 0;
    c.population_outcome[row] = territory.population;
    c.population_outcome_counterfactual[row] = territory.populationCounterfactual;
    c.trust_mean[row] = m > 0 ? agg.trustSum / m : 0;
    c.knowledge_stock[row] = action.knowledge;
    c.engagement_mean[row] = m > 0 ? agg.rungSum / m : 0;
    c.coordination_cost_share[row] = agg.coordinationShare;
    c.joins[row] = change.joins;
    c.leaves[row] = change.leaves;
    c.leader[row] = agg.leaderPresent ? 1 : 0;
  };

  const tick = () => {
    t++;
    change.joins = 0;
    change.leaves = 0;
    // Without an event nothing changed since the aggregates were computed for last month's record.
    if (applyEvents()) {
      // An event may have absorbed an organisation or cut budgets.
      agg.activeTotalsStale = true;
      computeAggregates(agg, orgs, action, territory, scenario, p, t);
    }
    advanceResultPipeline(action, territory, agg, scenario.action.target_specificity, p);
    for (let f = 0; f < territory.fieldCount; f++) populationShocks[f] = fieldNoise * streams.population.normal();
    updatePopulation(territory, scenario, populationShocks, effects.populationDrop, p);

    updateValuationContext(ctx, agg, action, territory, scenario, t);
    const actionDraw = streams.decisions.uniform();
    const successionDraw = streams.decisions.uniform();
    // The month's decision draws in stream order: one per organisation for perception, then two for its decisions.
    streams.decisions.fill(decisionDraws, decisionDraws.length);
    decideParticipation(orgs, agg, ctx, action, scenario, t, decisionDraws, decisions, p);
    if (playedQueue.length > 0) {
      applyPlayedDecisions(orgs, decisions, playedQueue, action, scenario);
      playedQueue.length = 0;
    }
    const members = applyDecisions(orgs, agg, decisions, action, scenario, t, change, p);
    checkDissolution(orgs, action, scenario, t, members, change, p);
    maybeReform(orgs, action, scenario, t, actionDraw, change, p);
    maybeSucceed(orgs, action, scenario, agg.leaderPresent, successionDraw, p);

    const meanRung = agg.members > 0 ? agg.rungSum / agg.members : 0;
    agg.capacityActive = updateCapacity(orgs, holders, action.knowledge, p);
    updateWorkTies(orgs, agg.memberList, agg.members, agg.deepList, t, streams.ties, p, scenario.action.instruments.includes('co_location'));
    growKnowledge(action, agg.members, meanRung, scenario, p);
    record();
  };

  const sim: Simulation = {
    scenario,
    seed,
    get tickCount() {
      return t;
    },
    get done() {
      return t >= scenario.ticks;
    },
    tick,
    run(n = scenario.ticks - t) {
      for (let k = 0; k < n; k++) tick();
    },
    inject(event) {
      liveQueue.push({ ...event });
    },
    play(played) {
      for (const d of played) playedQueue.push({ ...d });
    },
    columns: () => recorder.view(),
    events: () => fired,
    snapshot: () => ({
      tick: t,
      alive: action.alive,
      knowledge: action.knowledge,
      population: territory.population,
      populationCounterfactual: territory.populationCounterfactual,
      organisations: {
        names: orgs.names.slice(),
        order: orgs.order.slice(),
        field: orgs.field.slice(),
        size: orgs.size.slice(),
        active: orgs.active.slice(),
        member: orgs.member.slice(),
        rung: orgs.rung.slice(),
        tenure: orgs.tenure.slice(),
        trust: orgs.trust.slice(),
        leader: orgs.leader.slice(),
        efficiency: Float64Array.from({ length: orgs.count }, (_, i) => (orgs.active[i] ? organisationEfficiency(orgs, i, ctx) : 0)),
        tieStart: orgs.tieStart.slice(),
        ties: orgs.ties.slice(),
      },
    }),
    checkpoint: () => {
      const organisations: Checkpoint['organisations'] = {};
      for (const name of PERSISTENT_COLUMNS) organisations[name] = copyColumn(orgs[name]);
      const columns = {} as Columns;
      const view = recorder.view();
      for (const name of NUMERIC_COLUMNS) columns[name] = view[name].slice();
      const streamStates = {} as Record<StreamName, StreamState>;
      for (const name of STREAM_NAMES) streamStates[name] = streams[name].state();
      return {
        format: CHECKPOINT_FORMAT,
        seed,
        tick: t,
        streams: streamStates,
        organisations,
        action: { ...action },
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
        events: fired.map((e) => ({ ...e })),
        pendingLiveEvents: liveQueue.map((e) => ({ ...e })),
        pendingPlayed: playedQueue.map((d) => ({ ...d })),
      };
    },
    state: { orgs, action, territory, aggregates: agg },
  };
  return sim;
}
