/** A copy of the state at the current tick, safe to send to another thread (the page's network and table views). */
import { organisationEfficiency } from './efficiency';
import type { ActionState, Organisations, Territory } from './state';
import type { ValuationContext } from './valuation';

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

export function takeSnapshot(tick: number, orgs: Organisations, action: ActionState, territory: Territory, ctx: ValuationContext): Snapshot {
  return {
    tick,
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
  };
}
