/**
 * What the joint action is this tick, computed in one pass over the members: who is at
 * the table, what they contribute, and what they produce together.
 *
 * Cost: one scan of the membership column (a byte per organisation) to list the members,
 * then work per member and per member tie. Totals over all active organisations (count,
 * efficiency left after cuts) change only when an event fires, so they are recomputed only
 * then (`activeTotalsStale`).
 */
import type { Scenario } from '../scenario/schema';
import type { ActionState, Organisations, Territory } from './state';
import { coordinationShare, naoBottleneck } from './governance';
import { complementarity, coverageFactor, requiredFields } from './synergy';
import type { ModelParameters } from './parameters';
import { organisationEfficiency } from './efficiency';
import type { ValuationContext } from './valuation';

export interface Aggregates {
  members: number;
  membersByOrder: Int32Array;
  fieldsEngaged: number;
  ordersMask: number;
  /** Scratch: members per field. */
  fieldMembers: Int32Array;
  requiredNeed: number;
  coveredNeed: number;
  /** Resources put in by members this tick (budget units). */
  contributed: number;
  /** Contributions weighted by rung synergy and trust. */
  effective: number;
  trustSum: number;
  rungSum: number;
  leaderPresent: boolean;
  /** Index of the lead organisation under lead governance, else -1. */
  leadOrganisation: number;
  coordinationShare: number;
  /** Collective output this tick (budget-equivalent units). */
  output: number;
  /** Output per unit contributed. */
  returnNow: number;
  /** The return the same members would reach at full trust. */
  returnPotential: number;
  /** Organisations not absorbed. */
  active: number;
  /** Sum of cutPenalty over active organisations. */
  cutPenaltyActive: number;
  /** Set when an event may have absorbed an organisation or cut a budget: totals over active organisations are recomputed. */
  activeTotalsStale: boolean;
  /** Scratch: indices of this tick's members, in increasing order, members of them valid. */
  memberList: Int32Array;
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
    requiredNeed: 0,
    coveredNeed: 0,
    contributed: 0,
    effective: 0,
    trustSum: 0,
    rungSum: 0,
    leaderPresent: false,
    leadOrganisation: -1,
    coordinationShare: 0,
    output: 0,
    returnNow: 0,
    returnPotential: 0,
    active: 0,
    cutPenaltyActive: 0,
    activeTotalsStale: true,
    memberList: new Int32Array(organisationCount),
    efficiencyMembers: 0,
    efficiencyNonMembers: 0,
  };
}

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
  efficiency?: ValuationContext,
): void {
  const { governance, instruments, target_specificity, nao_capacity } = scenario.action;
  const pooledFund = instruments.includes('pooled_fund');
  agg.members = 0;
  agg.membersByOrder.fill(0);
  agg.fieldMembers.fill(0);
  agg.contributed = 0;
  agg.effective = 0;
  agg.trustSum = 0;
  agg.rungSum = 0;
  agg.leaderPresent = false;
  agg.leadOrganisation = -1;
  let effectiveAtFullTrust = 0;
  let leadBudget = -1;
  const trustFloor = p.output.trust_floor;
  const rungContribution = p.rungs.contribution;
  const rungSynergy = p.rungs.synergy;
  const deepSynergy = pooledFund ? p.instruments.pooled_fund.deep_synergy : 1;
  if (agg.activeTotalsStale) refreshActiveTotals(agg, orgs);
  // Members are always active (an absorbed member leaves), so the member column alone lists them.
  const list = agg.memberList;
  const member = orgs.member;
  let memberCount = 0;
  for (let i = 0; i < orgs.count; i++) if (member[i]) list[memberCount++] = i;

  // Counting from the members' side costs members × degree instead of organisations × degree.
  orgs.tiedMembers.fill(0);
  agg.efficiencyMembers = 0;
  let cutPenaltyMembers = 0;
  if (efficiency) efficiency.leadOrganisation = -1;
  for (let m = 0; m < memberCount; m++) {
    const i = list[m]!;
    if (efficiency) agg.efficiencyMembers += organisationEfficiency(orgs, i, efficiency);
    cutPenaltyMembers += orgs.cutPenalty[i]!;
    for (let k = orgs.tieStart[i]!; k < orgs.tieStart[i + 1]!; k++) orgs.tiedMembers[orgs.ties[k]!]!++;
    const budget = orgs.size[i]! * orgs.budgetFactor[i]!;
    const rung = orgs.rung[i]!;
    const trust = orgs.trust[i]!;
    agg.members++;
    agg.membersByOrder[orgs.order[i]!]!++;
    agg.fieldMembers[orgs.field[i]!]!++;
    // synergy.ts effectiveContribution, inlined with the run's constants hoisted out of the loop.
    const contributed = (rungContribution[rung] ?? 0) * budget;
    agg.contributed += contributed;
    const effective = contributed * orgs.productivity[i]! * (rungSynergy[rung] ?? 0) * (rung >= 2 ? deepSynergy : 1) * (trustFloor + (1 - trustFloor) * trust);
    agg.effective += effective;
    effectiveAtFullTrust += effective / (trustFloor + (1 - trustFloor) * trust);
    agg.trustSum += trust;
    agg.rungSum += rung;
    if (orgs.leader[i]) agg.leaderPresent = true;
    if (governance === 'lead' && budget > leadBudget) {
      leadBudget = budget;
      agg.leadOrganisation = i;
    }
  }
  // Non-members keep only what cuts left of their efficiency.
  agg.efficiencyNonMembers = agg.cutPenaltyActive - cutPenaltyMembers;
  if (efficiency) {
    // The lead organisation is known only after the pass: correct its efficiency now.
    if (agg.leadOrganisation >= 0) {
      agg.efficiencyMembers -= organisationEfficiency(orgs, agg.leadOrganisation, efficiency);
      efficiency.leadOrganisation = agg.leadOrganisation;
      agg.efficiencyMembers += organisationEfficiency(orgs, agg.leadOrganisation, efficiency);
    }
  }
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
  agg.requiredNeed = requiredFields(target_specificity, territory.fieldCount) * meanNeed;
  agg.ordersMask =
    (agg.membersByOrder[0]! > 0 ? 1 : 0) | (agg.membersByOrder[1]! > 0 ? 2 : 0) | (agg.membersByOrder[2]! > 0 ? 4 : 0);
  const ordersPresent = (agg.ordersMask & 1) + ((agg.ordersMask >> 1) & 1) + ((agg.ordersMask >> 2) & 1);

  agg.coordinationShare = coordinationShare(governance, agg.members, action.knowledge, instruments.includes('joint_planning'), p);
  const multiplier =
    p.output.scale *
    complementarity(agg.fieldsEngaged, territory.fieldCount, ordersPresent, p) *
    coverageFactor(agg.coveredNeed, agg.requiredNeed, p) *
    (1 - agg.coordinationShare) *
    (1 + p.knowledge.output_gain * action.knowledge) *
    naoBottleneck(governance, agg.members, nao_capacity);
  // A single organisation is not a joint action: nothing is produced "between" members.
  const joint = agg.members >= 2 && action.alive ? 1 : 0;
  agg.output = joint * multiplier * agg.effective;
  agg.returnNow = agg.contributed > 0 ? agg.output / agg.contributed : 0;
  agg.returnPotential = agg.contributed > 0 ? (joint * multiplier * effectiveAtFullTrust) / agg.contributed : 0;
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
