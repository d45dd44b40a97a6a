/**
 * Cumulative learning and the institutional stake: a knowledge stock (shared
 * understanding, routines) grows with engaged joint work and lowers coordination costs
 * and raises output. Without a steward it lives in the members: each departure takes its
 * share away and dissolution erases it. A steward (an accountable body for the
 * interstice) keeps it through turnover and dissolution.
 */
import type { Scenario } from '../scenario/schema';
import type { ActionState } from './state';
import {
  DISSOLVED_KNOWLEDGE_DECAY,
  INSTRUMENT_EFFECTS,
  KNOWLEDGE_GROWTH,
  KNOWLEDGE_HALF_MEMBERS,
  KNOWLEDGE_MAX,
  STEWARD_KNOWLEDGE_FACTOR,
  STEWARD_RETENTION,
} from './parameters';

/** Monthly growth: engagement (mean rung / 3) × size saturation × room left below the ceiling. */
export function growKnowledge(action: ActionState, members: number, meanRung: number, scenario: Scenario): void {
  if (!action.alive) {
    if (scenario.action.steward) action.knowledge *= DISSOLVED_KNOWLEDGE_DECAY;
    return;
  }
  const steward = scenario.action.steward ? STEWARD_KNOWLEDGE_FACTOR : 1;
  const data = scenario.action.instruments.includes('shared_data') ? INSTRUMENT_EFFECTS.shared_data.knowledgeGrowth : 1;
  const growth =
    KNOWLEDGE_GROWTH * steward * data * (meanRung / 3) * (members / (members + KNOWLEDGE_HALF_MEMBERS)) * (1 - action.knowledge / KNOWLEDGE_MAX);
  action.knowledge = Math.max(0, action.knowledge + growth);
}

/** Departures take their share of the knowledge with them, unless a steward retains it. */
export function knowledgeAfterDepartures(knowledge: number, leavers: number, membersBefore: number, steward: boolean): number {
  if (leavers <= 0 || membersBefore <= 0) return knowledge;
  const lostPerLeaver = (steward ? 1 - STEWARD_RETENTION : 1) / membersBefore;
  return knowledge * Math.max(0, 1 - lostPerLeaver * leavers);
}

export function knowledgeAfterDissolution(knowledge: number, steward: boolean): number {
  return steward ? knowledge : 0;
}
