/**
 * The one pass over the members that computeAggregates (aggregates.ts) rests on: who is
 * at the table, what each contributes and how effectively, the invitations their ties
 * carry, and, when the valuation context is given, the members' organisational efficiency
 * for the record. Hot path: no allocation; constants hoisted out of the loop.
 */
import type { Aggregates } from './aggregates';
import { organisationEfficiency } from './efficiency';
import type { ModelParameters } from './parameters';
import { WORK_TIE_SLOTS, type Organisations } from './state';
import type { ValuationContext } from './valuation';

/** Totals of the pass that are not part of the aggregates (reused scratch, one per process). */
export interface MemberPass {
  memberCount: number;
  /** Contributions made at cooperation or above. */
  pooled: number;
  /** Budget of the lead organisation (the largest member), −1 if none. */
  leadBudget: number;
  cutPenaltyMembers: number;
  capacityMembers: number;
}

const pass: MemberPass = { memberCount: 0, pooled: 0, leadBudget: -1, cutPenaltyMembers: 0, capacityMembers: 0 };

function resetMemberTotals(agg: Aggregates, orgs: Organisations): void {
  agg.members = 0;
  agg.membersByOrder.fill(0);
  agg.fieldMembers.fill(0);
  agg.fieldWork.fill(0);
  agg.contributed = 0;
  agg.effective = 0;
  agg.trustSum = 0;
  agg.rungSum = 0;
  agg.leaderPresent = false;
  agg.leadOrganisation = -1;
  agg.efficiencyMembers = 0;
  orgs.tiedMembers.fill(0);
  orgs.inviters.fill(0);
  pass.pooled = 0;
  pass.leadBudget = -1;
  pass.cutPenaltyMembers = 0;
  pass.capacityMembers = 0;
}

/** Lists the members in agg.memberList and returns their number. */
function listMembers(agg: Aggregates, orgs: Organisations): number {
  // Members are always active (an absorbed member leaves), so the member column alone lists them.
  const list = agg.memberList;
  const member = orgs.member;
  let memberCount = 0;
  // Branch-free: membership is scattered, so a branch here would mispredict often.
  for (let i = 0; i < orgs.count; i++) {
    list[memberCount] = i;
    memberCount += member[i]!;
  }
  return memberCount;
}

/**
 * Member i's ties, counted from the members' side (members × (degree + slots) instead of
 * organisations × degree): each tied organisation gains a tied member and `invites`.
 */
function spreadAlongTies(orgs: Organisations, i: number, invites: number, tick: number, lifetime: number): void {
  for (let k = orgs.tieStart[i]!; k < orgs.tieStart[i + 1]!; k++) {
    const j = orgs.ties[k]!;
    orgs.tiedMembers[j]!++;
    orgs.inviters[j]! += invites;
  }
  const base = i * WORK_TIE_SLOTS;
  for (let s = base; s < base + WORK_TIE_SLOTS; s++) {
    const j = orgs.workTie[s]!;
    if (j >= 0 && tick - orgs.workTieUsed[s]! <= lifetime) {
      orgs.tiedMembers[j]!++;
      orgs.inviters[j]! += invites;
    }
  }
}

/** The pass over the members; `leadGovernance` picks the largest member as the lead organisation. */
export function sumMembers(
  agg: Aggregates,
  orgs: Organisations,
  p: ModelParameters,
  tick: number,
  leadGovernance: boolean,
  efficiency?: ValuationContext,
): MemberPass {
  resetMemberTotals(agg, orgs);
  const trustFloor = p.output.trust_floor;
  const rungContribution = p.rungs.contribution;
  const rungSynergy = p.rungs.synergy;
  const lifetime = p.ties.lifetime;
  const convening = p.leadership.convening;
  const list = agg.memberList;
  const memberCount = listMembers(agg, orgs);
  pass.memberCount = memberCount;
  if (efficiency) efficiency.leadOrganisation = -1;
  for (let m = 0; m < memberCount; m++) {
    const i = list[m]!;
    if (efficiency) agg.efficiencyMembers += organisationEfficiency(orgs, i, efficiency);
    pass.cutPenaltyMembers += orgs.cutPenalty[i]!;
    pass.capacityMembers += orgs.capacity[i]! * orgs.cutPenalty[i]!;
    // A member recruits only while it finds the action worth it: enthusiasm, not membership,
    // travels along ties. A facilitative leader convenes whatever its own reading: bringing
    // organisations to the table is its role (Ansell & Gash 2008).
    spreadAlongTies(orgs, i, (orgs.perceived[i]! >= 0 ? 1 : 0) + (orgs.leader[i] ? convening : 0), tick, lifetime);
    const budget = orgs.size[i]! * orgs.budgetFactor[i]!;
    const rung = orgs.rung[i]!;
    const trust = orgs.trust[i]!;
    agg.members++;
    agg.membersByOrder[orgs.order[i]!]!++;
    agg.fieldMembers[orgs.field[i]!]!++;
    // synergy.ts effectiveContribution, inlined with the run's constants hoisted out of the loop.
    const contributed = (rungContribution[rung] ?? 0) * budget;
    agg.contributed += contributed;
    if (rung >= 2) pass.pooled += contributed;
    // Capacity built in deep joint work makes a member's work count for more (capacity.ts).
    const atFullTrust = contributed * orgs.productivity[i]! * (1 + orgs.capacity[i]!) * (rungSynergy[rung] ?? 0);
    const effective = atFullTrust * (trustFloor + (1 - trustFloor) * trust);
    agg.effective += effective;
    agg.fieldWork[orgs.field[i]!]! += effective;
    agg.trustSum += trust;
    agg.rungSum += rung;
    if (orgs.leader[i]) agg.leaderPresent = true;
    if (leadGovernance && budget > pass.leadBudget) {
      pass.leadBudget = budget;
      agg.leadOrganisation = i;
    }
  }
  return pass;
}
