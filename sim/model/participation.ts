/**
 * Voluntary participation (the partnership stake): each month members decide to stay,
 * climb or drop an engagement rung, or leave; non-members reached by an invitation along
 * a tie (or who discover the action) decide to join. Decisions read the state of the
 * previous month and are written to buffers, so the order of organisations never matters.
 * Exactly two uniforms per organisation per tick are drawn from the decisions stream:
 * draws[offset + 2i] and draws[offset + 2i + 1], drawn by the caller for the whole month.
 */
import type { Scenario } from '../scenario/schema';
import type { Aggregates } from './aggregates';
import type { ActionState, Organisations } from './state';
import { influencedValue } from './perception';
import { membershipValue, type ValuationContext } from './valuation';
import { updateTrust } from './trust';
import { exp, powInt } from '../math';
import { ARRANGEMENTS } from '../scenario/enums';
import {
  FORMALITY_EXIT_FACTOR,
  INSTRUMENT_EFFECTS,
  LEADER_DISCOVERY_FACTOR,
  LEADER_EXIT_FACTOR,
  LEADER_TRUST_BOOST,
  MANDATED_RUNG_UP_FACTOR,
  MANDATED_TRUST_FACTOR,
  REJOIN_COOLDOWN,
  RUNG_COUNT,
  RUNG_DOWN_RATE,
  RUNG_TRUST_REQUIRED,
  RUNG_UP_RATE,
  SPONTANEOUS_JOIN_RATE,
  TRUST_LOYALTY,
  WIN_THRESHOLD,
} from './parameters';

const logistic = (x: number) => 1 / (1 + exp(-x));

/** Multiplier on trust gains this month: leadership, co-location, and (negatively) a mandate. */
export function trustGainFactor(agg: Aggregates, scenario: Scenario): number {
  const { instruments, participation } = scenario.action;
  return (
    (agg.leaderPresent ? LEADER_TRUST_BOOST : 1) *
    (instruments.includes('co_location') ? INSTRUMENT_EFFECTS.co_location.trustGain : 1) *
    (participation === 'mandated' ? MANDATED_TRUST_FACTOR : 1)
  );
}

export function decideParticipation(
  orgs: Organisations,
  agg: Aggregates,
  ctx: ValuationContext,
  action: ActionState,
  scenario: Scenario,
  tick: number,
  draws: Float64Array,
  offset: number,
): void {
  const { influence, exit_rate, invitation_rate, decision_temperature } = scenario.behaviour;
  const mandated = scenario.action.participation === 'mandated';
  const exitBase =
    exit_rate *
    (FORMALITY_EXIT_FACTOR[ARRANGEMENTS.indexOf(scenario.action.arrangement)] ?? 1) *
    (scenario.action.instruments.includes('pooled_fund') ? INSTRUMENT_EFFECTS.pooled_fund.exitFactor : 1);
  const gainFactor = trustGainFactor(agg, scenario);
  // Small wins: a visible rise of realised results is a good month for every member.
  const visibleWin = action.realisedGain >= WIN_THRESHOLD;
  const upRate = RUNG_UP_RATE * (mandated ? MANDATED_RUNG_UP_FACTOR : 1);
  const spontaneous = SPONTANEOUS_JOIN_RATE * (agg.leaderPresent ? LEADER_DISCOVERY_FACTOR : 1);

  // Checks are ordered cheapest first: most months most organisations do nothing, and the
  // uniforms are drawn up front, so skipping work never changes a decision or the stream.
  const mayLeave = mandated ? 0 : exitBase;
  // Nobody moves unless decided below (bulk copies are much cheaper than per-organisation writes).
  orgs.nextMember.set(orgs.member);
  orgs.nextRung.set(orgs.rung);
  for (let i = 0; i < orgs.count; i++) {
    if (!orgs.active[i]) continue;
    const uMove = draws[offset + 2 * i]!;
    const uRung = draws[offset + 2 * i + 1]!;

    if (orgs.member[i]) {
      orgs.trust[i] = updateTrust(orgs.trust[i]!, visibleWin || orgs.perceived[i]! >= 0, gainFactor);
      // The exit probability is at most exitBase (× a leader's factor); only compute it when the draw could fall below.
      if (uMove < mayLeave) {
        const satisfaction = influencedValue(orgs, i, influence);
        const loyalty = 1 - TRUST_LOYALTY * orgs.trust[i]!;
        const exitProbability = exitBase * loyalty * (orgs.leader[i] ? LEADER_EXIT_FACTOR : 1) * logistic(-satisfaction / decision_temperature);
        if (uMove < exitProbability) {
          orgs.nextMember[i] = 0;
          orgs.nextRung[i] = 0;
          continue;
        }
      }
      const rung = orgs.rung[i]!;
      const trust = orgs.trust[i]!;
      if (uRung < upRate) {
        const canClimb =
          rung + 1 < RUNG_COUNT &&
          trust >= RUNG_TRUST_REQUIRED[rung + 1]! &&
          membershipValue(orgs, i, rung + 1, ctx) > membershipValue(orgs, i, rung, ctx);
        if (canClimb) {
          orgs.nextRung[i] = rung + 1;
          continue;
        }
      }
      if (rung > 0 && uRung > 1 - RUNG_DOWN_RATE && (trust < RUNG_TRUST_REQUIRED[rung]! || influencedValue(orgs, i, influence) < 0)) {
        orgs.nextRung[i] = rung - 1;
      }
      continue;
    }

    // Under a mandate the table is set by the mandate: nobody is recruited.
    if (mandated || !action.alive || tick - orgs.leftAt[i]! < REJOIN_COOLDOWN) continue;
    // Reached by an invitation from any tied member, or by discovering the action.
    const tied = orgs.tiedMembers[i]!;
    if (uMove >= (tied === 0 ? spontaneous : spontaneous + 1 - powInt(1 - invitation_rate, tied))) continue;
    if (uRung < logistic(influencedValue(orgs, i, influence) / decision_temperature)) {
      orgs.nextMember[i] = 1;
      orgs.nextRung[i] = 1;
    }
  }
}
