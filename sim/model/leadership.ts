/**
 * Facilitative leadership (Ansell & Gash 2008; Vangen & Huxham 2003) acts through trust:
 * while a leader is present members' trust gains rise (trust building) and bad months
 * cost less trust (mediation) (participation.ts). It costs the leader's organisation.
 * Leadership emerges and is handed on: when the scenario calls for facilitative
 * leadership and the role is vacant (the leader left, or the action re-formed), each
 * month with probability `succession_rate` the most trusted long-standing member takes it
 * up: the member with the largest tenure × trust among those with at least
 * `succession_tenure` months and `succession_trust` (not the organisation whose leader
 * has just stepped down).
 */
import type { Scenario } from '../scenario/schema';
import type { ActionState, Organisations } from './state';
import type { ModelParameters } from './parameters';

/** `leaderPresent`: whether a member leads now; `draw`: the month's uniform for succession. */
export function maybeSucceed(orgs: Organisations, action: ActionState, scenario: Scenario, leaderPresent: boolean, draw: number, p: ModelParameters): void {
  if (scenario.action.leadership !== 'facilitative' || !action.alive || leaderPresent) return;
  const l = p.leadership;
  if (draw >= l.succession_rate) return;
  let best = -1;
  let bestScore = -1;
  for (let i = 0; i < orgs.count; i++) {
    if (!orgs.member[i] || i === action.formerLeader || orgs.tenure[i]! < l.succession_tenure || orgs.trust[i]! < l.succession_trust) continue;
    const score = orgs.tenure[i]! * orgs.trust[i]!;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best >= 0) orgs.leader[best] = 1;
}
