/**
 * Events (docs/model.md §8.3; the design brief's §4): scheduled in the scenario, random with a monthly hazard, or
 * injected live. The shocks stream draws the same eight uniforms every month whatever
 * happens, so the months at which random events fire depend only on the seed and the
 * hazards, never on governance, leadership or the steward.
 */
import type { EventType, Order, Scenario } from '../scenario/schema';
import type { RandomStream } from '../rng';
import type { ActionState, Organisations } from './state';
import { ORDER_INDEX, ORDER_LETTERS } from './state';
import { cutPenaltyFor } from './efficiency';
import type { ModelParameters } from './parameters';

/** An event as scheduled or injected. */
export interface SimEvent {
  type: EventType;
  // `| undefined`: a scenario's events come from the schema, where an omitted field reads as undefined.
  order?: Order | undefined;
  magnitude?: number | undefined;
}

export type EventSource = 'scheduled' | 'random' | 'live';

/** An event that fired, as recorded and shown on the time axis. */
export interface FiredEvent {
  tick: number;
  type: EventType;
  source: EventSource;
  order?: Order;
  magnitude?: number;
  /** Who was affected, when one organisation was (absorption, leader departure). */
  target?: string;
  /**
   * True when the event fired but found nothing to act on (a leader departure with no
   * leader, an absorption with nobody left). Kept in the log so the months at which shocks
   * fire stay comparable across settings; left out of the CSV `events` column and the charts.
   */
  noEffect?: boolean;
}

/** The month's shock draws, all taken every month. */
export interface ShockDraws {
  budgetCut: number;
  politicalTurnover: number;
  leaderLeaves: number;
  crisis: number;
  absorption: number;
  order: number;
  target: number;
  priority: number;
}

export function allocateShockDraws(): ShockDraws {
  return { budgetCut: 1, politicalTurnover: 1, leaderLeaves: 1, crisis: 1, absorption: 1, order: 0, target: 0, priority: 0 };
}

export function drawShocks(draws: ShockDraws, random: RandomStream): void {
  draws.budgetCut = random.uniform();
  draws.politicalTurnover = random.uniform();
  draws.leaderLeaves = random.uniform();
  draws.crisis = random.uniform();
  draws.absorption = random.uniform();
  draws.order = random.uniform();
  draws.target = random.uniform();
  draws.priority = random.uniform();
}

/** Random events that fire this month, in a fixed order. Allocates only when one fires. */
export function firedHazards(draws: ShockDraws, scenario: Scenario): SimEvent[] | undefined {
  const h = scenario.hazards;
  // No closure or array unless an event fires: this runs every month.
  let fired: SimEvent[] | undefined;
  if (draws.budgetCut < h.budget_cut) (fired ??= []).push({ type: 'budget_cut', order: ORDER_LETTERS[Math.floor(draws.order * 3)]! });
  if (draws.politicalTurnover < h.political_turnover) (fired ??= []).push({ type: 'political_turnover' });
  if (draws.leaderLeaves < h.leader_leaves) (fired ??= []).push({ type: 'leader_leaves' });
  if (draws.crisis < h.crisis) (fired ??= []).push({ type: 'crisis' });
  if (draws.absorption < h.absorption) (fired ??= []).push({ type: 'absorption' });
  return fired;
}

/** Scheduled events by tick, including the end of seed funding. */
export function scheduleEvents(scenario: Scenario): Map<number, SimEvent[]> {
  const byTick = new Map<number, SimEvent[]>();
  const add = (at: number, event: SimEvent) => (byTick.get(at) ?? byTick.set(at, []).get(at)!).push(event);
  for (const { at, ...event } of scenario.events) add(at, event);
  const { grant, ends_at } = scenario.action.funding;
  if (grant > 0 && ends_at !== null) add(ends_at, { type: 'funding_ends' });
  return byTick;
}

export interface EventEffects {
  /** Population drop applied to both worlds this month. */
  populationDrop: number;
  /** Members who left the action because of the event (absorbed). */
  departures: number;
}

/** Index of the organisation absorbed: a member if there is one, else any active organisation. */
function absorptionTarget(orgs: Organisations, draw: number): number {
  let members = 0;
  let active = 0;
  for (let i = 0; i < orgs.count; i++) {
    if (!orgs.active[i]) continue;
    active++;
    members += orgs.member[i]!;
  }
  const pool = members > 0 ? members : active;
  let k = Math.floor(draw * pool);
  for (let i = 0; i < orgs.count; i++) {
    if (!orgs.active[i] || (members > 0 && !orgs.member[i])) continue;
    if (k-- === 0) return i;
  }
  return -1;
}

/** What an event did: who it hit, if one organisation, and whether it found anything to act on. */
export interface EventOutcome {
  target?: string;
  noEffect?: boolean;
}
const NO_EFFECT: EventOutcome = { noEffect: true };
const DONE: EventOutcome = {};

export function applyEvent(
  event: SimEvent,
  orgs: Organisations,
  action: ActionState,
  draws: ShockDraws,
  tick: number,
  effects: EventEffects,
  p: ModelParameters,
): EventOutcome {
  const shocks = p.shocks;
  switch (event.type) {
    case 'budget_cut': {
      const order = ORDER_INDEX[event.order ?? 'E'];
      const cut = event.magnitude ?? shocks.default_cut;
      for (let i = 0; i < orgs.count; i++) {
        if (orgs.order[i] !== order || !orgs.active[i]) continue;
        orgs.budgetFactor[i] = Math.max(shocks.budget_floor, orgs.budgetFactor[i]! * (1 - cut * orgs.shockExposure[i]!));
        orgs.cutPenalty[i] = cutPenaltyFor(orgs.budgetFactor[i]!, p);
        // Hit members pull back one rung: the first thing cut is what lies outside the core mission.
        if (orgs.member[i] && orgs.rung[i]! > 0) orgs.rung[i]!--;
      }
      return DONE;
    }
    case 'political_turnover': {
      // New priorities: the State's motivation for the action is re-drawn between half and one and a half times.
      action.statePriority = shocks.turnover_priority_min + shocks.turnover_priority_span * draws.priority;
      for (let i = 0; i < orgs.count; i++) {
        if (orgs.order[i] === 0 && orgs.member[i]) orgs.trust[i] = orgs.trust[i]! * shocks.turnover_trust_factor;
      }
      return DONE;
    }
    case 'leader_leaves': {
      let name: string | undefined;
      for (let i = 0; i < orgs.count; i++) {
        if (!orgs.leader[i]) continue;
        orgs.leader[i] = 0;
        name = orgs.names[i];
        action.formerLeader = i;
      }
      if (name === undefined) return NO_EFFECT;
      for (let i = 0; i < orgs.count; i++) {
        if (orgs.member[i]) orgs.trust[i] = orgs.trust[i]! * (1 - p.leadership.departure_trust_loss);
      }
      return { target: name };
    }
    case 'crisis': {
      const magnitude = event.magnitude ?? shocks.default_crisis;
      action.salience += magnitude;
      effects.populationDrop += p.population.crisis_drop * magnitude;
      return DONE;
    }
    case 'funding_ends': {
      const had = action.fundingActive;
      action.fundingActive = false;
      return had ? DONE : NO_EFFECT;
    }
    case 'absorption': {
      const i = absorptionTarget(orgs, draws.target);
      if (i < 0) return NO_EFFECT;
      // The absorbing organisation (the largest active one of the same order) takes over the budget.
      let absorber = -1;
      for (let j = 0; j < orgs.count; j++) {
        if (j === i || !orgs.active[j] || orgs.order[j] !== orgs.order[i]) continue;
        if (absorber < 0 || orgs.size[j]! > orgs.size[absorber]!) absorber = j;
      }
      // size is the budget before cuts: add the absorbed budget as it stands, expressed in the absorber's terms.
      if (absorber >= 0) orgs.size[absorber] = orgs.size[absorber]! + (orgs.size[i]! * orgs.budgetFactor[i]!) / orgs.budgetFactor[absorber]!;
      if (orgs.member[i]) {
        effects.departures++;
        orgs.member[i] = 0;
        orgs.rung[i] = 0;
        orgs.tenure[i] = 0;
        orgs.leftAt[i] = tick;
      }
      orgs.leader[i] = 0;
      orgs.active[i] = 0;
      return { target: orgs.names[i]! };
    }
  }
}
