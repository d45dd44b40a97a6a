/**
 * What the joint action is this tick, computed in one pass over the members: who is at
 * the table, what they contribute, how it is coordinated (governance.ts), and what they
 * produce together, in total and per field (synergy.ts):
 *
 *   w_i = c(r_i) B_i p_i σ(r_i) (floor + (1 − floor) T_i)              effective work of member i
 *   Y   = scale × Σ w_i × G × R × quality × (1 − χ (1 − grant)) × (1 + k K)
 *
 * G: complementarity of the grid cell; R: reach of what the target needs; quality and χ:
 * coordination; the seed grant pays its share of coordination (funding.ts). Each field's
 * output is Y in proportion to the work done in it.
 *
 * Cost: one scan of the membership column (a byte per organisation) to list the members,
 * then work per member, per member tie and per work-tie slot. Totals over all active
 * organisations (count, efficiency left after cuts) change only when an event fires, so
 * they are recomputed only then (`activeTotalsStale`).
 */
import type { Scenario } from '../scenario/schema';
import type { ActionState, Organisations, Territory } from './state';
import { allocateCoordination, coordinate, type Coordination, type CoordinationInput } from './governance';
import { complementarity, diversity, reachFactor, requiredFields, requiredOrders } from './synergy';
import type { ModelParameters } from './parameters';
import { organisationEfficiency } from './efficiency';
import type { ValuationContext } from './valuation';
import { sumMembers, type MemberPass } from './memberPass';

export interface Aggregates {
  members: number;
  membersByOrder: Int32Array;
  fieldsEngaged: number;
  ordersMask: number;
  /** Scratch: members per field. */
  fieldMembers: Int32Array;
  /** Effective work done in each field this month. */
  fieldWork: Float64Array;
  requiredNeed: number;
  coveredNeed: number;
  /** Resources put in by members this tick (budget units). */
  contributed: number;
  /** Share of contributions made at cooperation or above. */
  pooledShare: number;
  /** Contributions weighted by rung synergy and trust. */
  effective: number;
  trustSum: number;
  rungSum: number;
  leaderPresent: boolean;
  /** Index of the lead organisation under lead governance, else -1. */
  leadOrganisation: number;
  /** The action's diversity (synergy.ts), 0 … 1. */
  diversity: number;
  /** Complementarity gain G of the grid cell (≥ 1). */
  complementarity: number;
  coordination: Coordination;
  /** Share of pooled resources coordination takes (whoever pays for it). */
  coordinationShare: number;
  /** Collective output this tick (budget-equivalent units). */
  output: number;
  /** Output per unit of effective contribution (the action's multiplier): what a member's effective work yields. */
  returnNow: number;
  /** Organisations not absorbed. */
  active: number;
  /** Sum of cutPenalty over active organisations. */
  cutPenaltyActive: number;
  /** Σ capacity × cut penalty over active organisations (capacity.ts, once a month). */
  capacityActive: number;
  /** Set when an event may have absorbed an organisation or cut a budget: totals over active organisations are recomputed. */
  activeTotalsStale: boolean;
  /** Scratch: indices of this tick's members, in increasing order, members of them valid. */
  memberList: Int32Array;
  /** Scratch: members at cooperation or above (ties.ts). */
  deepList: Int32Array;
  /** Sums of organisational efficiency over members and over active non-members (when computed). */
  efficiencyMembers: number;
  efficiencyNonMembers: number;
}

export function allocateAggregates(fieldCount: number, organisationCount: number): Aggregates {
  return {
    members: 0,
    membersByOrder: new Int32Array(3),
    fieldsEngaged: 0,
    ordersMask: 0,
    fieldMembers: new Int32Array(fieldCount),
    fieldWork: new Float64Array(fieldCount),
    requiredNeed: 0,
    coveredNeed: 0,
    contributed: 0,
    pooledShare: 0,
    effective: 0,
    trustSum: 0,
    rungSum: 0,
    leaderPresent: false,
    leadOrganisation: -1,
    diversity: 0,
    complementarity: 1,
    coordination: allocateCoordination(),
    coordinationShare: 0,
    output: 0,
    returnNow: 0,
    active: 0,
    cutPenaltyActive: 0,
    capacityActive: 0,
    activeTotalsStale: true,
    memberList: new Int32Array(organisationCount),
    deepList: new Int32Array(organisationCount),
    efficiencyMembers: 0,
    efficiencyNonMembers: 0,
  };
}

const coordinationInput: CoordinationInput = {
  members: 0,
  diversity: 0,
  tiedShare: 0,
  leadTiedShare: 0,
  leadBudget: 0,
  naoCapacity: 0,
  pooled: 0,
  knowledge: 0,
  pooledShare: 0,
  pooledFund: false,
};

/**
 * With `efficiency` (the month's valuation context) the same pass also sums organisational
 * efficiency for the record, so recording costs no second pass over the organisations.
 */
export function computeAggregates(
  agg: Aggregates,
  orgs: Organisations,
  action: ActionState,
  territory: Territory,
  scenario: Scenario,
  p: ModelParameters,
  tick: number,
  efficiency?: ValuationContext,
): void {
  const { governance, instruments, target_specificity } = scenario.action;
  const pooledFund = instruments.includes('pooled_fund');
  if (agg.activeTotalsStale) refreshActiveTotals(agg, orgs);
  const pass = sumMembers(agg, orgs, p, tick, governance === 'lead', efficiency);
  agg.pooledShare = agg.contributed > 0 ? pass.pooled / agg.contributed : 0;
  const ordersPresent = describeCell(agg, territory, target_specificity, p, instruments.includes('joint_planning'));
  coordinateMembers(agg, orgs, pass, action, scenario, p, pooledFund);
  if (efficiency) efficiency.leadLoad = agg.coordination.leadLoad;
  produce(agg, action, scenario, p, ordersPresent, pooledFund);
  if (efficiency && agg.leadOrganisation >= 0) {
    // The lead organisation is known only after the pass: correct its efficiency now.
    agg.efficiencyMembers -= organisationEfficiency(orgs, agg.leadOrganisation, efficiency);
    efficiency.leadOrganisation = agg.leadOrganisation;
    agg.efficiencyMembers += organisationEfficiency(orgs, agg.leadOrganisation, efficiency);
  }
  // Non-members keep what cuts left of their efficiency, plus the capacity they built.
  agg.efficiencyNonMembers = agg.cutPenaltyActive - pass.cutPenaltyMembers + (agg.capacityActive - pass.capacityMembers);
}

/** The action's cell of the grid: fields engaged, the need they cover and the target requires, orders, diversity, complementarity. Returns the orders present. */
function describeCell(agg: Aggregates, territory: Territory, specificity: number, p: ModelParameters, jointPlanning: boolean): number {
  agg.fieldsEngaged = 0;
  agg.coveredNeed = 0;
  const needs = territory.needs;
  for (let f = 0; f < territory.fieldCount; f++) {
    if (agg.fieldMembers[f]! > 0) {
      agg.fieldsEngaged++;
      agg.coveredNeed += needs[f]!;
    }
  }
  // The need a target requires: that of its `required` most needed fields, approximated by mean need.
  let totalNeed = 0;
  for (let f = 0; f < territory.fieldCount; f++) totalNeed += needs[f]!;
  const meanNeed = territory.fieldCount > 0 ? totalNeed / territory.fieldCount : 0;
  agg.requiredNeed = requiredFields(specificity, territory.fieldCount) * meanNeed;
  agg.ordersMask = (agg.membersByOrder[0]! > 0 ? 1 : 0) | (agg.membersByOrder[1]! > 0 ? 2 : 0) | (agg.membersByOrder[2]! > 0 ? 4 : 0);
  const ordersPresent = (agg.ordersMask & 1) + ((agg.ordersMask >> 1) & 1) + ((agg.ordersMask >> 2) & 1);
  agg.diversity = diversity(agg.fieldsEngaged, territory.fieldCount, ordersPresent);
  agg.complementarity = complementarity(agg.fieldsEngaged, territory.fieldCount, ordersPresent, p, jointPlanning);
  return ordersPresent;
}

/** Coordination by the governance structure (governance.ts), from the ties among members. */
function coordinateMembers(
  agg: Aggregates,
  orgs: Organisations,
  pass: MemberPass,
  action: ActionState,
  scenario: Scenario,
  p: ModelParameters,
  pooledFund: boolean,
): void {
  const list = agg.memberList;
  const memberCount = pass.memberCount;
  // Ties among members: each member's tied members, over everyone else's (shared governance's relations).
  let tiedPairs = 0;
  for (let m = 0; m < memberCount; m++) tiedPairs += orgs.tiedMembers[list[m]!]!;
  const others = memberCount * (memberCount - 1);
  const input = coordinationInput;
  input.members = agg.members;
  input.diversity = agg.diversity;
  input.tiedShare = others > 0 ? Math.min(1, tiedPairs / others) : 0;
  input.leadTiedShare = agg.leadOrganisation >= 0 && memberCount > 1 ? Math.min(1, orgs.tiedMembers[agg.leadOrganisation]! / (memberCount - 1)) : 0;
  input.leadBudget = Math.max(0, pass.leadBudget);
  input.naoCapacity = scenario.action.nao_capacity;
  input.pooled = agg.contributed;
  input.knowledge = action.knowledge;
  input.pooledShare = agg.pooledShare;
  input.pooledFund = pooledFund;
  coordinate(scenario.action.governance, input, p, agg.coordination);
  agg.coordinationShare = agg.coordination.share;
}

/** Collective output and the action's multiplier (the header's Y). */
function produce(agg: Aggregates, action: ActionState, scenario: Scenario, p: ModelParameters, ordersPresent: number, pooledFund: boolean): void {
  const specificity = scenario.action.target_specificity;
  const reallocated = pooledFund ? p.instruments.pooled_fund.reallocation * agg.pooledShare : 0;
  const reach = reachFactor(agg.coveredNeed, agg.requiredNeed, ordersPresent, requiredOrders(specificity), reallocated, p);
  const grant = action.fundingActive ? scenario.action.funding.grant : 0;
  const multiplier =
    p.output.scale *
    agg.complementarity *
    reach *
    agg.coordination.quality *
    (1 - agg.coordinationShare * (1 - grant)) *
    (1 + p.knowledge.output_gain * action.knowledge);
  // A single organisation is not a joint action: nothing is produced "between" members.
  const joint = agg.members >= 2 && action.alive ? 1 : 0;
  agg.output = joint * multiplier * agg.effective;
  agg.returnNow = joint * multiplier;
}

/** Count and efficiency after cuts of the active organisations: they change only when an event fires. */
function refreshActiveTotals(agg: Aggregates, orgs: Organisations): void {
  agg.active = 0;
  agg.cutPenaltyActive = 0;
  for (let i = 0; i < orgs.count; i++) {
    if (!orgs.active[i]) continue;
    agg.active++;
    agg.cutPenaltyActive += orgs.cutPenalty[i]!;
  }
  agg.activeTotalsStale = false;
}
