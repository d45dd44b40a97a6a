/**
 * Cumulative learning and the institutional stake: a knowledge stock (shared
 * understanding, routines) grows with engaged joint work and lowers coordination costs
 * and raises output. Without a steward it lives in the members: each departure takes its
 * share away and dissolution erases it. A steward (an accountable body for the
 * interstice) keeps it through turnover and dissolution.
 */
import type { Scenario } from '../scenario/schema';
import type { ActionState } from './state';
import type { ModelParameters } from './parameters';

/** Monthly growth: engagement (mean rung / 3) × size saturation × room left below the ceiling. */
export function growKnowledge(action: ActionState, members: number, meanRung: number, scenario: Scenario, p: ModelParameters): void {
  const k = p.knowledge;
  if (!action.alive) {
    if (scenario.action.steward) action.knowledge *= k.dissolved_decay;
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

/** Departures take their share of the knowledge with them, unless a steward retains it. */
export function knowledgeAfterDepartures(knowledge: number, leavers: number, membersBefore: number, steward: boolean, p: ModelParameters): number {
  if (leavers <= 0 || membersBefore <= 0) return knowledge;
  const lostPerLeaver = (steward ? 1 - p.knowledge.steward_retention : 1) / membersBefore;
  return knowledge * Math.max(0, 1 - lostPerLeaver * leavers);
}

export function knowledgeAfterDissolution(knowledge: number, steward: boolean): number {
  return steward ? knowledge : 0;
}
