/**
 * A copy of the state at the current tick, safe to send to another thread, and the views of
 * the organisations the worker sends the page (structure once, state with each batch).
 */
import { organisationEfficiency } from './efficiency';
import type { ActionState, Organisations, Territory } from './state';
import type { ValuationContext } from './valuation';

/** What does not change during a run: who exists, their order and field, and their ties. */
export interface OrganisationStructure {
  names: string[];
  /** 0 = E, 1 = P, 2 = T. */
  order: Uint8Array;
  field: Uint16Array;
  /** Ties in compressed rows: neighbours of i are ties[tieStart[i] .. tieStart[i + 1]). */
  tieStart: Int32Array;
  ties: Int32Array;
}

/** The organisations' changing state (one entry per organisation). */
export interface OrganisationState {
  /** 0 once absorbed by another organisation. */
  active: Uint8Array;
  member: Uint8Array;
  /** Engagement rung 0..3 (information, coordination, cooperation, joint operation). */
  rung: Uint8Array;
  leader: Uint8Array;
  trust: Float64Array;
}

/** The organisations as a snapshot shows them: structure, state, and budget, tenure and own efficiency. */
export type OrganisationView = OrganisationStructure & OrganisationState & { size: Float64Array; tenure: Int32Array; efficiency: Float64Array };

export interface Snapshot {
  tick: number;
  alive: boolean;
  knowledge: number;
  population: number;
  populationCounterfactual: number;
  organisations: OrganisationView;
}

/** Copies of the structure's columns (safe to transfer to another thread). */
export function organisationStructure(orgs: Organisations): OrganisationStructure {
  return { names: orgs.names.slice(), order: orgs.order.slice(), field: orgs.field.slice(), tieStart: orgs.tieStart.slice(), ties: orgs.ties.slice() };
}

/** Copies of the state's columns (safe to transfer to another thread). */
export function organisationState(orgs: Organisations): OrganisationState {
  return { active: orgs.active.slice(), member: orgs.member.slice(), rung: orgs.rung.slice(), leader: orgs.leader.slice(), trust: orgs.trust.slice() };
}

export function takeSnapshot(tick: number, orgs: Organisations, action: ActionState, territory: Territory, ctx: ValuationContext): Snapshot {
  return {
    tick,
    alive: action.alive,
    knowledge: action.knowledge,
    population: territory.population,
    populationCounterfactual: territory.populationCounterfactual,
    organisations: {
      ...organisationStructure(orgs),
      ...organisationState(orgs),
      size: orgs.size.slice(),
      tenure: orgs.tenure.slice(),
      efficiency: Float64Array.from({ length: orgs.count }, (_, i) => (orgs.active[i] ? organisationEfficiency(orgs, i, ctx) : 0)),
    },
  };
}
