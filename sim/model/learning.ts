/**
 * Cumulative learning and the institutional stake: a knowledge stock (shared
 * understanding, routines) grows with engaged joint work, lowers coordination costs,
 * raises output and makes deeper work easier to start. It lives in the members: each
 * departure takes its share away, dissolution erases it, unless someone keeps it. A
 * steward (an accountable body for the interstice) keeps most of it: the share kept is
 * `model.knowledge.steward_retention` with a steward, `member_retention` without.
 *
 *   growth      g × (steward_factor with a steward) × (shared data's factor) × (mean rung / 3)
 *                 × members / (members + half_members) × (1 − K / max)
 *   departures  K × (1 − (1 − kept) × leavers / members)
 *   dissolution K × kept, then × dissolved_decay each month until the action re-forms
 */
import type { Scenario } from '../scenario/schema';
import type { ActionState } from './state';
import type { ModelParameters } from './parameters';

/** Share of the knowledge the action keeps through departures and dissolution. */
export const keptShare = (steward: boolean, p: ModelParameters): number => (steward ? p.knowledge.steward_retention : p.knowledge.member_retention);

export function growKnowledge(action: ActionState, members: number, meanRung: number, scenario: Scenario, p: ModelParameters): void {
  const k = p.knowledge;
  if (!action.alive) {
    action.knowledge *= k.dissolved_decay;
    return;
  }
  const steward = scenario.action.steward ? k.steward_factor : 1;
  const data = scenario.action.instruments.includes('shared_data') ? p.instruments.shared_data.knowledge_growth : 1;
  // No members, no growth (also when half_members is 0).
  const saturation = members > 0 ? members / (members + k.half_members) : 0;
  const growth = k.growth * steward * data * (meanRung / 3) * saturation * (1 - action.knowledge / k.max);
  // A growth rate above the ceiling itself would overshoot it in one month.
  action.knowledge = Math.min(k.max, Math.max(0, action.knowledge + growth));
}

/** Departures take their share of the knowledge with them, except what the action keeps. */
export function knowledgeAfterDepartures(knowledge: number, leavers: number, membersBefore: number, steward: boolean, p: ModelParameters): number {
  if (leavers <= 0 || membersBefore <= 0) return knowledge;
  const lostPerLeaver = (1 - keptShare(steward, p)) / membersBefore;
  return knowledge * Math.max(0, 1 - lostPerLeaver * leavers);
}

export function knowledgeAfterDissolution(knowledge: number, steward: boolean, p: ModelParameters): number {
  return knowledge * keptShare(steward, p);
}
