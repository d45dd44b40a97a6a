/**
 * Building a run: its random streams, parameters, organisations (drawn, or taken from a
 * checkpoint: nothing is drawn again), action, territory and the scratch the schedule
 * reuses every month, so that a tick allocates nothing (simulation.ts).
 */
import type { Scenario } from '../scenario/schema';
import { createStreams, type RandomStreams } from '../rng';
import { MetricRecorder } from '../metrics/columns';
import type { MonthState } from '../metrics/reporters';
import { allocateAggregates, computeAggregates, type Aggregates } from './aggregates';
import { capacityHolders, capacityTotal, type CapacityHolders } from './capacity';
import { checkpointOrganisations, restoreInto, type Checkpoint } from './checkpoint';
import { initialiseOrganisations } from './init';
import type { MembershipChange } from './membership';
import { createMonthEvents, type MonthEvents } from './monthEvents';
import { modelParameters, type ModelParameters } from './parameters';
import { allocateMonthDecisions, type MonthDecisions, type ParticipationMonth } from './participation';
import type { PlayedDecision } from './played';
import { allocateOrganisations, createTerritory, initialActionState, type ActionState, type Organisations, type Territory } from './state';
import { allocateValuationContext, type ValuationContext } from './valuation';

export interface Run {
  scenario: Scenario;
  /** The scenario's model constants, derived once for the whole run. */
  p: ModelParameters;
  streams: RandomStreams;
  orgs: Organisations;
  action: ActionState;
  territory: Territory;
  agg: Aggregates;
  ctx: ValuationContext;
  change: MembershipChange;
  events: MonthEvents;
  playedQueue: PlayedDecision[];
  recorder: MetricRecorder;
  /** What the reporters read (the same objects as above, and the tick). */
  month: MonthState;
  /** Months done so far. */
  tick: number;
  holders: CapacityHolders;
  decisions: MonthDecisions;
  decisionDraws: Float64Array;
  /** What the participation passes read (the same objects as above, the draws, and the tick): built once, so a month allocates nothing. */
  participation: ParticipationMonth;
  populationShocks: Float64Array;
  /** Each field's share of the territory's random variation: √F × σ per field keeps σ for the territory. */
  fieldNoise: number;
}

export function buildRun(scenario: Scenario, seed: number, from?: Checkpoint): Run {
  const streams = createStreams(seed, from?.streams);
  const p = modelParameters(scenario);
  const orgs = from ? allocateOrganisations(checkpointOrganisations(from)) : initialiseOrganisations(scenario, streams.init, p);
  const action = initialActionState(scenario);
  const territory = createTerritory(scenario);
  for (let i = 0; i < orgs.count; i++) territory.totalBudget += orgs.size[i]!;
  const agg = allocateAggregates(territory.fieldCount, orgs.count);
  const change: MembershipChange = { joins: 0, leaves: 0 };
  const events = createMonthEvents(scenario, p, { orgs, action, agg, change }, streams.shocks);
  const playedQueue: PlayedDecision[] = [];
  const recorder = new MetricRecorder(scenario.ticks);
  if (from) restoreInto(from, { orgs, action, territory, recorder, fired: events.fired, liveQueue: events.liveQueue, playedQueue });
  else formFoundingAction(orgs, action);
  const tick = from ? from.tick : 0;
  agg.capacityActive = capacityTotal(orgs);
  const holders = capacityHolders(orgs);
  computeAggregates(agg, orgs, action, territory, scenario, p, tick);
  const month: MonthState = { tick, agg, action, territory, change, p };
  const ctx = allocateValuationContext(p);
  const decisions = allocateMonthDecisions(scenario, orgs.count, p);
  const decisionDraws = new Float64Array(3 * orgs.count);
  const participation: ParticipationMonth = { orgs, agg, ctx, action, scenario, tick, draws: decisionDraws, decisions, p };
  return {
    ...{ scenario, p, streams, orgs, action, territory, agg, change, events, playedQueue, recorder, month, tick, holders },
    ...{ ctx, decisions, decisionDraws, participation },
    populationShocks: new Float64Array(territory.fieldCount),
    fieldNoise: scenario.territory.population_noise * Math.sqrt(territory.fieldCount),
  };
}

/** The founders form the action if there are at least two of them; one organisation alone is not a joint action (it may re-form later). */
function formFoundingAction(orgs: Organisations, action: ActionState): void {
  let members = 0;
  for (let i = 0; i < orgs.count; i++) members += orgs.member[i]!;
  action.alive = members >= 2;
  if (action.alive) return;
  action.firstDissolution = 0;
  orgs.member.fill(0);
  orgs.rung.fill(0);
  orgs.leader.fill(0);
}
