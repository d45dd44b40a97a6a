/**
 * Step 1 of the schedule: the month's events. Scheduled ones fire first, then live ones
 * queued by the page or the classroom, then random hazards drawn from the shocks stream;
 * each is applied and logged. Members the events take away cost the action knowledge
 * (learning.ts), and the population drop is kept for the population update.
 */
import type { Scenario } from '../scenario/schema';
import type { RandomStream } from '../rng';
import type { Aggregates } from './aggregates';
import { allocateShockDraws, applyEvent, drawShocks, firedHazards, scheduleEvents, type EventEffects, type FiredEvent, type SimEvent } from './events';
import { knowledgeAfterDepartures } from './learning';
import type { MembershipChange } from './membership';
import type { ModelParameters } from './parameters';
import type { ActionState, Organisations } from './state';

export interface MonthEvents {
  /** The event log of the run. */
  readonly fired: FiredEvent[];
  /** Events queued to fire at the start of the next tick. */
  readonly liveQueue: SimEvent[];
  /** What this month's events did (population drop, departures). */
  readonly effects: EventEffects;
  /** Applies month `t`'s events; returns whether any fired (and so may have changed the state the aggregates describe). */
  apply(t: number): boolean;
}

export function createMonthEvents(
  scenario: Scenario,
  p: ModelParameters,
  state: { orgs: Organisations; action: ActionState; agg: Aggregates; change: MembershipChange },
  shocks: RandomStream,
): MonthEvents {
  const { orgs, action, agg, change } = state;
  const draws = allocateShockDraws();
  const schedule = scheduleEvents(scenario);
  const fired: FiredEvent[] = [];
  const liveQueue: SimEvent[] = [];
  const effects: EventEffects = { populationDrop: 0, departures: 0 };

  const fire = (event: SimEvent, source: FiredEvent['source'], t: number) => {
    const outcome = applyEvent(event, orgs, action, draws, t, effects, p);
    const record: FiredEvent = { tick: t, type: event.type, source };
    // Only budget cuts are aimed at an order.
    if (event.type === 'budget_cut') record.order = event.order ?? 'E';
    if (event.magnitude !== undefined) record.magnitude = event.magnitude;
    if (outcome.target !== undefined) record.target = outcome.target;
    if (outcome.noEffect) record.noEffect = true;
    fired.push(record);
  };

  const apply = (t: number): boolean => {
    const before = fired.length;
    action.salience *= p.population.salience_decay;
    effects.populationDrop = 0;
    effects.departures = 0;
    drawShocks(draws, shocks);
    // The aggregates recorded at the end of the last tick still describe membership now.
    const membersBefore = agg.members;
    // Most months nothing fires: the checks below allocate only when something does.
    const scheduled = schedule.get(t);
    if (scheduled) for (const event of scheduled) fire(event, 'scheduled', t);
    if (liveQueue.length > 0) for (const event of liveQueue.splice(0)) fire(event, 'live', t);
    const random = firedHazards(draws, scenario);
    if (random) for (const event of random) fire(event, 'random', t);
    if (effects.departures > 0) {
      change.leaves += effects.departures;
      action.knowledge = knowledgeAfterDepartures(action.knowledge, effects.departures, membersBefore, scenario.action.steward, p);
    }
    return fired.length > before;
  };

  return { fired, liveQueue, effects, apply };
}
