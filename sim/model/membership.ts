/**
 * Applying the month's decisions: joins and departures, rung changes, dissolution of an
 * action left with fewer than two members, and its possible re-formation.
 */
import type { Scenario } from '../scenario/schema';
import type { ActionState, Organisations } from './state';
import type { Aggregates } from './aggregates';
import type { MonthDecisions } from './participation';
import { knowledgeAfterDepartures, knowledgeAfterDissolution } from './learning';
import type { ModelParameters } from './parameters';

export interface MembershipChange {
  joins: number;
  leaves: number;
}

function join(orgs: Organisations, i: number, rung: number, knowledge: number, p: ModelParameters): void {
  orgs.member[i] = 1;
  orgs.rung[i] = rung;
  orgs.tenure[i] = 0;
  // Shared understanding kept by the action lets newcomers find their feet faster.
  orgs.trust[i] = Math.min(1, orgs.trust[i]! + p.knowledge.trust_headstart * knowledge);
}

function leave(orgs: Organisations, i: number, tick: number): void {
  orgs.member[i] = 0;
  orgs.rung[i] = 0;
  orgs.tenure[i] = 0;
  orgs.leader[i] = 0;
  orgs.leftAt[i] = tick;
}

/**
 * Applies the month's decisions (participation.ts) and returns the number of members
 * afterwards. Costs members + joiners: `agg.memberList` still lists this month's members.
 */
export function applyDecisions(
  orgs: Organisations,
  agg: Aggregates,
  decisions: MonthDecisions,
  action: ActionState,
  scenario: Scenario,
  tick: number,
  change: MembershipChange,
  p: ModelParameters,
): number {
  let leavers = 0;
  for (let m = 0; m < agg.members; m++) {
    const i = agg.memberList[m]!;
    if (!decisions.stays[i]) {
      leave(orgs, i, tick);
      leavers++;
    } else {
      orgs.rung[i] = decisions.nextRung[i]!;
      orgs.tenure[i]!++;
    }
  }
  for (let k = 0; k < decisions.joinerCount; k++) join(orgs, decisions.joiners[k]!, 1, action.knowledge, p);
  const joiners = decisions.joinerCount;
  change.joins += joiners;
  change.leaves += leavers;
  action.knowledge = knowledgeAfterDepartures(action.knowledge, leavers, agg.members, scenario.action.steward, p);
  return agg.members - leavers + joiners;
}

/** Dissolves an action with fewer than two members; the last member, if any, leaves too. */
export function checkDissolution(
  orgs: Organisations,
  action: ActionState,
  scenario: Scenario,
  tick: number,
  members: number,
  change: MembershipChange,
  p: ModelParameters,
): void {
  if (!action.alive || members >= 2) return;
  for (let i = 0; i < orgs.count; i++) {
    if (orgs.member[i]) {
      leave(orgs, i, tick);
      change.leaves++;
    }
  }
  action.alive = false;
  action.dissolvedAt = tick;
  if (action.firstDissolution < 0) action.firstDissolution = tick;
  action.knowledge = knowledgeAfterDissolution(action.knowledge, scenario.action.steward, p);
  // Work already done keeps reaching the population; the return a new action sees starts afresh.
  action.returnStage1 = action.returnStage2 = 0;
}

/**
 * A dissolved action may re-form: the most trusting active organisations convene again,
 * more often when a steward is there to convene them. `draw` is the month's action-level
 * uniform from the decisions stream. A re-formed action with facilitative leadership finds
 * a leader by succession (leadership.ts).
 */
/** Scratch for maybeReform's founders (grown once if a scenario asks for more). */
let founderScratch = new Int32Array(8);

export function maybeReform(
  orgs: Organisations,
  action: ActionState,
  scenario: Scenario,
  tick: number,
  draw: number,
  change: MembershipChange,
  p: ModelParameters,
): void {
  if (action.alive || !scenario.action.reform || tick - action.dissolvedAt < p.reform.min_gap) return;
  const rate = p.reform.rate * (scenario.action.steward ? p.reform.steward_factor : 1);
  const wanted = p.reform.founders;
  if (draw >= rate) return;
  // The `wanted` most trusting active organisations (ties to the lower index), kept in order
  // by insertion into a scratch list: one pass, nothing sorted or allocated per organisation.
  if (founderScratch.length < wanted) founderScratch = new Int32Array(wanted);
  const founders = founderScratch;
  let count = 0;
  for (let i = 0; i < orgs.count; i++) {
    if (!orgs.active[i]) continue;
    const trust = orgs.trust[i]!;
    let at = count;
    while (at > 0 && orgs.trust[founders[at - 1]!]! < trust) at--;
    if (at >= wanted) continue;
    for (let k = Math.min(count, wanted - 1); k > at; k--) founders[k] = founders[k - 1]!;
    founders[at] = i;
    if (count < wanted) count++;
  }
  if (count < 2) return;
  // Knowledge kept (by a steward) gives the founders a head start in trust and in climbing (participation.ts).
  for (let k = 0; k < count; k++) {
    join(orgs, founders[k]!, 1, action.knowledge, p);
    change.joins++;
  }
  action.alive = true;
  action.formedAt = tick;
}
