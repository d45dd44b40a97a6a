/**
 * The engine's state: organisations as typed columns (one entry per organisation, so the
 * tick loop allocates nothing), the joint action, and the territory.
 */
import type { Scenario } from '../scenario/schema';

export const ORDER_INDEX = { E: 0, P: 1, T: 2 } as const;
export const ORDER_LETTERS = ['E', 'P', 'T'] as const;

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
  /** Relational ties in compressed rows: neighbours of i are ties[tieStart[i] .. tieStart[i+1]). */
  tieStart: Int32Array;
  ties: Int32Array;
  /** Members among each organisation's ties (recomputed with the aggregates, used for invitations). */
  tiedMembers: Int32Array;
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
  /** Two-stage delay of collective output on its way to the population. */
  outputStage1: number;
  outputStage2: number;
  /** Same delay applied to the return ratio members can see realised. */
  returnStage1: number;
  returnStage2: number;
  /** This month's rise of the realised return (a visible win when large enough). */
  realisedGain: number;
}

export interface Territory {
  fieldCount: number;
  needs: Float64Array;
  population: number;
  populationCounterfactual: number;
  totalBudget: number;
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
    tieStart: new Int32Array(count + 1),
    ties: new Int32Array(0),
    tiedMembers: new Int32Array(count),
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
    outputStage1: 0,
    outputStage2: 0,
    returnStage1: 0,
    returnStage2: 0,
    realisedGain: 0,
  };
}

export function createTerritory(scenario: Scenario): Territory {
  const fieldCount = scenario.territory.fields.length;
  const needs = new Float64Array(fieldCount).fill(1);
  scenario.territory.needs?.forEach((need, k) => (needs[k] = need));
  return {
    fieldCount,
    needs,
    population: scenario.territory.population_baseline,
    populationCounterfactual: scenario.territory.population_baseline,
    totalBudget: 0,
  };
}
