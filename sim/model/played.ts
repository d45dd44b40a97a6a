/**
 * Decisions made by people (the participatory classroom, docs/classroom.md): for one
 * month, a person's choice replaces the decision its organisation's agent drew. Everything
 * else stays the model's: the month's perception and trust updates happen as usual, the
 * draws are consumed as usual (so the other organisations' draws, and every later month's,
 * are the ones an agents-only run uses: common random numbers), and what the choice leads
 * to (contributions, efficiency, partners' reactions) follows from the model.
 *
 * The session (sim/classroom/session.ts) accepts only the choices open when they are made;
 * the month's events, which come first in the tick, may close one (a budget cut pulls a
 * State member down a rung, an absorption removes an organisation). Then the person's
 * decision still stands against the agent's: the organisation does the nearest thing it
 * can, which is to stay where it is (engage less at the lowest rung, or deeper at the top:
 * it stays at its rung; join a dissolved or mandated action: it stays out; leave a mandate:
 * it stays). An absorbed organisation is no longer there to decide.
 */
import type { Scenario } from '../scenario/schema';
import type { ActionState, Organisations } from './state';
import type { MonthDecisions } from './participation';
import { RUNG_COUNT } from './parameters';

export const PLAYED_CHOICES = ['join', 'stay_out', 'stay', 'climb', 'step_down', 'leave'] as const;
export type PlayedChoice = (typeof PLAYED_CHOICES)[number];

export interface PlayedDecision {
  /** Index of the organisation in the scenario's population. */
  organisation: number;
  choice: PlayedChoice;
}

/** Choices open to a member (at `rung`) or a non-member this month. */
export function choicesOpen(member: boolean, rung: number, actionAlive: boolean, scenario: Scenario): PlayedChoice[] {
  const mandated = scenario.action.participation === 'mandated';
  if (!member) return actionAlive && !mandated ? ['join', 'stay_out'] : ['stay_out'];
  const open: PlayedChoice[] = ['stay'];
  if (rung + 1 < RUNG_COUNT) open.push('climb');
  if (rung > 0) open.push('step_down');
  if (!mandated) open.push('leave');
  return open;
}

/**
 * Overwrites the agents' decisions of the month (filled by decideParticipation) with the
 * played ones. `memberNow` is the membership the decisions were made on (this month's).
 */
export function applyPlayedDecisions(
  orgs: Organisations,
  decisions: MonthDecisions,
  played: readonly PlayedDecision[],
  action: ActionState,
  scenario: Scenario,
): void {
  const mandated = scenario.action.participation === 'mandated';
  for (const { organisation: i, choice } of played) {
    if (i < 0 || i >= orgs.count || !orgs.active[i]) continue;
    const rung = orgs.rung[i]!;
    if (orgs.member[i]) {
      decisions.stays[i] = choice === 'leave' && !mandated ? 0 : 1;
      const next = choice === 'climb' ? rung + 1 : choice === 'step_down' ? rung - 1 : rung;
      decisions.nextRung[i] = next >= 0 && next < RUNG_COUNT ? next : rung;
    } else if (choice === 'join' && action.alive && !mandated) addJoiner(decisions, i);
    else removeJoiner(decisions, i);
  }
}

/** Keeps the joiners in increasing order (as decideParticipation lists them). */
function addJoiner(decisions: MonthDecisions, i: number): void {
  const { joiners } = decisions;
  let at = decisions.joinerCount;
  for (let k = 0; k < decisions.joinerCount; k++) {
    if (joiners[k] === i) return;
    if (joiners[k]! > i) {
      at = k;
      break;
    }
  }
  for (let k = decisions.joinerCount; k > at; k--) joiners[k] = joiners[k - 1]!;
  joiners[at] = i;
  decisions.joinerCount++;
}

function removeJoiner(decisions: MonthDecisions, i: number): void {
  const { joiners } = decisions;
  let w = 0;
  for (let k = 0; k < decisions.joinerCount; k++) if (joiners[k] !== i) joiners[w++] = joiners[k]!;
  decisions.joinerCount = w;
}
