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
 *   6. capacity, work ties and knowledge accumulate; metrics recorded (sim/metrics/reporters.ts)
 *
 * This file holds the schedule; building a run is run.ts, the events monthEvents.ts,
 * checkpoints checkpoint.ts, snapshots snapshot.ts.
 */
import type { Scenario } from '../scenario/schema';
import type { Columns } from '../metrics/columns';
import { recordMonth } from '../metrics/reporters';
import { computeAggregates, type Aggregates } from './aggregates';
import type { FiredEvent, SimEvent } from './events';
import { growKnowledge } from './learning';
import { maybeSucceed } from './leadership';
import { updateCapacity } from './capacity';
import { updateWorkTies } from './ties';
import { applyDecisions, checkDissolution, maybeReform } from './membership';
import { decideParticipation } from './participation';
import { applyPlayedDecisions, type PlayedDecision } from './played';
import { advanceResultPipeline, updatePopulation } from './population';
import { updateValuationContext } from './valuation';
import type { ActionState, Organisations, Territory } from './state';
import { CHECKPOINT_FORMAT, takeCheckpoint, type Checkpoint } from './checkpoint';
import { takeSnapshot, type Snapshot } from './snapshot';
import { buildRun, type Run } from './run';

export { CHECKPOINT_FORMAT, type Checkpoint } from './checkpoint';
export type { Snapshot } from './snapshot';

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

export function restoreSimulation(scenario: Scenario, checkpoint: Checkpoint): Simulation {
  if (checkpoint.format !== CHECKPOINT_FORMAT) throw new Error(`unknown checkpoint format ${String(checkpoint.format)}`);
  return createSimulation(scenario, checkpoint.seed, checkpoint);
}

/** One month, in the order of the header. */
function tick(run: Run): void {
  const { scenario, p, orgs, action, territory, agg, ctx, streams, change } = run;
  const t = ++run.tick;
  change.joins = 0;
  change.leaves = 0;
  // Without an event nothing changed since the aggregates were computed for last month's record.
  if (run.events.apply(t)) {
    // An event may have absorbed an organisation or cut budgets.
    agg.activeTotalsStale = true;
    computeAggregates(agg, orgs, action, territory, scenario, p, t);
  }
  advanceResultPipeline(action, territory, agg, scenario.action.target_specificity, p);
  for (let f = 0; f < territory.fieldCount; f++) run.populationShocks[f] = run.fieldNoise * streams.population.normal();
  updatePopulation(territory, scenario, run.populationShocks, run.events.effects.populationDrop, p);

  updateValuationContext(ctx, agg, action, territory, scenario, t);
  const actionDraw = streams.decisions.uniform();
  const successionDraw = streams.decisions.uniform();
  // The month's decision draws in stream order: one per organisation for perception, then two for its decisions.
  streams.decisions.fill(run.decisionDraws, run.decisionDraws.length);
  run.participation.tick = t;
  decideParticipation(run.participation);
  if (run.playedQueue.length > 0) {
    applyPlayedDecisions(orgs, run.decisions, run.playedQueue, action, scenario);
    run.playedQueue.length = 0;
  }
  const members = applyDecisions(orgs, agg, run.decisions, action, scenario, t, change, p);
  checkDissolution(orgs, action, scenario, t, members, change, p);
  maybeReform(orgs, action, scenario, t, actionDraw, change, p);
  maybeSucceed(orgs, action, scenario, agg.leaderPresent, successionDraw, p);

  const meanRung = agg.members > 0 ? agg.rungSum / agg.members : 0;
  agg.capacityActive = updateCapacity(orgs, run.holders, action.knowledge, p);
  updateWorkTies(orgs, agg.memberList, agg.members, agg.deepList, t, streams.ties, p, scenario.action.instruments.includes('co_location'));
  growKnowledge(action, agg.members, meanRung, scenario, p);
  record(run);
}

/** The end of a month: the aggregates the reporters read (with the valuation context, for efficiency), then one row. */
function record(run: Run): void {
  computeAggregates(run.agg, run.orgs, run.action, run.territory, run.scenario, run.p, run.tick, run.ctx);
  run.month.tick = run.tick;
  recordMonth(run.recorder, run.month);
}

export function createSimulation(scenario: Scenario, seed: number, from?: Checkpoint): Simulation {
  const run = buildRun(scenario, seed, from);
  const { orgs, action, territory, agg, events, playedQueue, recorder } = run;
  return {
    scenario,
    seed,
    get tickCount() {
      return run.tick;
    },
    get done() {
      return run.tick >= scenario.ticks;
    },
    tick: () => tick(run),
    run(n = scenario.ticks - run.tick) {
      for (let k = 0; k < n; k++) tick(run);
    },
    inject(event) {
      events.liveQueue.push({ ...event });
    },
    play(played) {
      for (const d of played) playedQueue.push({ ...d });
    },
    columns: () => recorder.view(),
    events: () => events.fired,
    snapshot: () => takeSnapshot(run.tick, orgs, action, territory, run.ctx),
    checkpoint: () =>
      takeCheckpoint({
        seed,
        tick: run.tick,
        streams: run.streams,
        orgs,
        action,
        territory,
        recorder,
        fired: events.fired,
        liveQueue: events.liveQueue,
        playedQueue,
      }),
    state: { orgs, action, territory, aggregates: agg },
  };
}
