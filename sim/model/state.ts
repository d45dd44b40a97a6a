/**
 * The engine's state: organisations as typed columns (one entry per organisation, so the
 * tick loop allocates nothing), the joint action, and the territory.
 */
import type { Scenario } from '../scenario/schema';

export const ORDER_INDEX = { E: 0, P: 1, T: 2 } as const;
export const ORDER_LETTERS = ['E', 'P', 'T'] as const;
/** Work-tie slots per organisation (ties.ts): a member keeps at most this many working relations. */
export const WORK_TIE_SLOTS = 4;

export interface Organisations {
  count: number;
  names: string[];
  order: Uint8Array;
  field: Uint16Array;
  /** Monthly budget before cuts. */
  size: Float64Array;
  /** Share of the budget left after cuts (1 = untouched). */
  budgetFactor: Float64Array;
  /** Efficiency left after cuts (efficiency.ts cutPenaltyFor), kept with budgetFactor. */
  cutPenalty: Float64Array;
  productivity: Float64Array;
  alpha: Float64Array;
  horizon: Float64Array;
  /** Weight on the gap between potential and seen returns: horizon / (horizon + HORIZON_HALF_WEIGHT). */
  expectedWeight: Float64Array;
  outsideOption: Float64Array;
  shockExposure: Float64Array;
  /** 0 once absorbed by another organisation. */
  active: Uint8Array;
  member: Uint8Array;
  rung: Uint8Array;
  tenure: Int32Array;
  trust: Float64Array;
  leader: Uint8Array;
  /** Tick of the last departure (-inf: never left). */
  leftAt: Float64Array;
  /** Smoothed, noisy perception of the net monthly value of membership (share of budget). */
  perceived: Float64Array;
  /** Scratch: each member's experience of the month, as trust.ts counts it (1 positive, 0 defused, −1 negative); read by the validation probes. */
  experience: Int8Array;
  /** Relational ties in compressed rows: neighbours of i are ties[tieStart[i] .. tieStart[i+1]). */
  tieStart: Int32Array;
  ties: Int32Array;
  /** Members among each organisation's ties, relational and work ties (recomputed with the aggregates; governance.ts). */
  tiedMembers: Int32Array;
  /** Satisfied members (perceived value ≥ 0) among each organisation's ties: who may invite it (participation.ts). */
  inviters: Int32Array;
  /** Own capacity built in deep joint work (capacity.ts): added to the organisation's efficiency. */
  capacity: Float64Array;
  /** Work ties (ties.ts): WORK_TIE_SLOTS slots per organisation, the partner's index or -1. */
  workTie: Int32Array;
  /** Tick at which each work tie was last used (both ends members together). */
  workTieUsed: Int32Array;
}

export interface ActionState {
  alive: boolean;
  /** Tick of the first dissolution, or -1. */
  firstDissolution: number;
  /** Tick at which the current action formed (0 at the start, or the re-formation tick). */
  formedAt: number;
  dissolvedAt: number;
  knowledge: number;
  salience: number;
  fundingActive: boolean;
  /** Multiplier on the State's motivation after political turnover. */
  statePriority: number;
  /** Two-stage delay (population.ts) applied to the return ratio members can see realised. */
  returnStage1: number;
  returnStage2: number;
  /** This month's rise of the realised return (a visible win when large enough). */
  realisedGain: number;
  /** Salience members draw from the population results they can see (accountability), this month. */
  accountability: number;
  /** The organisation whose leader last stepped down (it does not take the role up again), or -1. */
  formerLeader: number;
}

export interface Territory {
  fieldCount: number;
  needs: Float64Array;
  /** Outcome of the territory: each field's outcome weighted by its need. */
  population: number;
  populationCounterfactual: number;
  totalBudget: number;
  /** Each field's share of the territory's need (sums to 1). */
  needShare: Float64Array;
  /** Each field's population outcome, with and without the action (population.ts). */
  fieldPopulation: Float64Array;
  fieldCounterfactual: Float64Array;
  /** Two-stage delay of each field's output on its way to the population. */
  fieldOutput1: Float64Array;
  fieldOutput2: Float64Array;
}

export function allocateOrganisations(count: number): Organisations {
  return {
    count,
    names: new Array<string>(count).fill(''),
    order: new Uint8Array(count),
    field: new Uint16Array(count),
    size: new Float64Array(count),
    budgetFactor: new Float64Array(count).fill(1),
    cutPenalty: new Float64Array(count).fill(1),
    productivity: new Float64Array(count),
    alpha: new Float64Array(count),
    horizon: new Float64Array(count),
    expectedWeight: new Float64Array(count),
    outsideOption: new Float64Array(count),
    shockExposure: new Float64Array(count),
    active: new Uint8Array(count).fill(1),
    member: new Uint8Array(count),
    rung: new Uint8Array(count),
    tenure: new Int32Array(count),
    trust: new Float64Array(count),
    leader: new Uint8Array(count),
    leftAt: new Float64Array(count).fill(-Infinity),
    perceived: new Float64Array(count),
    experience: new Int8Array(count),
    tieStart: new Int32Array(count + 1),
    ties: new Int32Array(0),
    tiedMembers: new Int32Array(count),
    inviters: new Int32Array(count),
    capacity: new Float64Array(count),
    workTie: new Int32Array(count * WORK_TIE_SLOTS).fill(-1),
    workTieUsed: new Int32Array(count * WORK_TIE_SLOTS),
  };
}

export function initialActionState(scenario: Scenario): ActionState {
  return {
    alive: false,
    firstDissolution: -1,
    formedAt: 0,
    dissolvedAt: 0,
    knowledge: 0,
    salience: 0,
    fundingActive: scenario.action.funding.grant > 0,
    statePriority: 1,
    returnStage1: 0,
    returnStage2: 0,
    realisedGain: 0,
    accountability: 0,
    formerLeader: -1,
  };
}

export function createTerritory(scenario: Scenario): Territory {
  const fieldCount = scenario.territory.fields.length;
  const needs = new Float64Array(fieldCount).fill(1);
  scenario.territory.needs?.forEach((need, k) => (needs[k] = need));
  let totalNeed = 0;
  for (let f = 0; f < fieldCount; f++) totalNeed += needs[f]!;
  // With no need anywhere, every field counts alike.
  const needShare = Float64Array.from(needs, (need) => (totalNeed > 0 ? need / totalNeed : 1 / fieldCount));
  const baseline = scenario.territory.population_baseline;
  return {
    fieldCount,
    needs,
    population: baseline,
    populationCounterfactual: baseline,
    totalBudget: 0,
    needShare,
    fieldPopulation: new Float64Array(fieldCount).fill(baseline),
    fieldCounterfactual: new Float64Array(fieldCount).fill(baseline),
    fieldOutput1: new Float64Array(fieldCount),
    fieldOutput2: new Float64Array(fieldCount),
  };
}
