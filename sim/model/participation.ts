/**
 * Voluntary participation (the partnership stake): each month organisations read the
 * milieu (perception.ts), then members decide to stay, climb or drop an engagement rung,
 * or leave, and non-members reached by an invitation along a tie (or who discover the
 * action) decide to join. Decisions are synchronous: all read the month's perceptions and
 * last month's membership, and are applied afterwards (membership.ts applyDecisions), so
 * the order of organisations never matters.
 *
 * Draws: the caller fills the month's uniforms from the decisions stream; organisation i
 * owns draws[i] (perception) and draws[count + 2i], draws[count + 2i + 1] (decisions), so
 * stream alignment never depends on who is a member.
 *
 * Passes (why three): members' perceptions come first because everybody's decision reads
 * them (influence along ties counts member neighbours only); then members decide, over
 * the member list; then one pass over all organisations updates each non-member's
 * perception and decides whether it joins, which reads only its own and members' readings.
 * Most organisations are not members, so the month costs one pass over all of them.
 */
import type { Scenario } from '../scenario/schema';
import type { Aggregates } from './aggregates';
import type { ActionState, Organisations } from './state';
import { influencedValue, perceive, perceptionSettings, type PerceptionSettings } from './perception';
import { joiningValueOf, membershipValue, type ValuationContext } from './valuation';
import { formalityLevel } from './formality';
import { Experience, monthExperience, trustAfterOdds } from './trust';
import { exp, pow, powInt } from '../math';
import { RUNG_COUNT, type ModelParameters } from './parameters';

const logistic = (x: number) => 1 / (1 + exp(-x));

/** Multiplier on trust gains this month: co-location, and (below 1) a mandate. (A leader acts on which months are positive: trust.ts.) */
export function trustGainFactor(scenario: Scenario, p: ModelParameters): number {
  const { instruments, participation } = scenario.action;
  return (instruments.includes('co_location') ? p.instruments.co_location.trust_gain : 1) * (participation === 'mandated' ? p.mandate.trust_factor : 1);
}

/** Who changes this month, filled by decideParticipation and applied by applyDecisions. */
export interface MonthDecisions {
  /** Members' fate, indexed by organisation (read for this month's members only): 1 stays, 0 leaves. */
  stays: Uint8Array;
  /** Members' rung next month, indexed by organisation (members only). */
  nextRung: Uint8Array;
  /** Organisations joining (at the coordination rung), in increasing order. */
  joiners: Int32Array;
  joinerCount: number;
  /** The scenario's perception settings (constant over a run). */
  perception: PerceptionSettings;
}

export function allocateMonthDecisions(scenario: Scenario, count: number, p: ModelParameters): MonthDecisions {
  return {
    stays: new Uint8Array(count),
    nextRung: new Uint8Array(count),
    joiners: new Int32Array(count),
    joinerCount: 0,
    perception: perceptionSettings(scenario, p),
  };
}

/** What a month's participation decisions read, and where they are written (simulation.ts passes it each month). */
export interface ParticipationMonth {
  orgs: Organisations;
  /** The membership as it stands (simulation.ts computes it after every change): its member list, tied-member counts and diversity are read. */
  agg: Aggregates;
  ctx: ValuationContext;
  action: ActionState;
  scenario: Scenario;
  tick: number;
  /** The month's uniforms from the decisions stream, laid out as the header says. */
  draws: Float64Array;
  decisions: MonthDecisions;
  p: ModelParameters;
}

/**
 * `month.agg` must describe the membership as it stands (simulation.ts computes it after every
 * change): its member list, tied-member counts and diversity are read here.
 *
 *   trust      positive month (a visible win, or perceived value ≥ 0; ≥ −facilitation with a leader):
 *              + gain × gain factor in log-odds; negative month: − loss; a leader defuses some (trust.ts)
 *   exit       u < exit_rate × (1 − exit_cost × formality^exit_exponent) × (1 − loyalty × T)
 *                  × (1 − weight × tenure / (tenure + half_tenure)) × logistic(−V / temperature)
 *   climb      u < climb_rate × (1 + climb_boost × K), T_act ≥ required(r + 1) × (1 + trust_diversity × δ),
 *              T_act = T + anticipation × w × (1 − T) (an investor counts on trust still to be built),
 *              and the next rung is worth more
 *   step down  u > 1 − step_down_rate, and trust below what the rung requires or V < 0
 *   join       reached by an invitation along a tie to a satisfied member or by discovery, then
 *              u < logistic(V_join / temperature)
 */
export function decideParticipation(month: ParticipationMonth): void {
  const { orgs, agg, ctx, draws, decisions } = month;
  const members = agg.memberList;
  decisions.joinerCount = 0;
  for (let m = 0; m < agg.members; m++) {
    const i = members[m]!;
    perceive(orgs, i, membershipValue(orgs, i, orgs.rung[i]!, ctx), draws[i]!, decisions.perception);
  }
  decideMembers(month);
  decideJoiners(month);
}

/** The members' pass: trust after the month's experience, then leave, climb, step down or stay. */
function decideMembers({ orgs, agg, ctx, action, scenario, tick, draws, decisions, p }: ParticipationMonth): void {
  const { influence, exit_rate, decision_temperature } = scenario.behaviour;
  const exitBase = exit_rate * (1 - p.formality.exit_cost * pow(formalityLevel(scenario), p.formality.exit_exponent));
  // Odds factors of a good and a bad month (trust.ts): one exponential each per month.
  const goodMonth = exp(p.trust.gain * trustGainFactor(scenario, p));
  const badMonth = exp(-p.trust.loss);
  const leaderPresent = agg.leaderPresent;
  // Small wins: a visible rise of realised results is a good month for every member.
  const visibleWin = action.realisedGain >= p.trust.win_threshold;
  const upRate = p.engagement.climb_rate * (1 + p.knowledge.climb_boost * action.knowledge);
  const downRate = p.engagement.step_down_rate;
  const trustRequired = p.rungs.trustRequired;
  const requiredScale = 1 + p.grid.trust_diversity * agg.diversity;
  const anticipation = p.engagement.anticipation;
  const { loyalty: loyaltyWeight } = p.trust;
  const { weight: commitmentWeight, half_tenure: halfTenure } = p.commitment;
  const count = orgs.count;
  const members = agg.memberList;
  const { stays, nextRung } = decisions;
  // Checks are ordered cheapest first: most months most organisations do nothing, and the
  // uniforms are drawn up front, so skipping work never changes a decision or the stream.
  const mayLeave = scenario.action.participation === 'mandated' ? 0 : exitBase;
  for (let m = 0; m < agg.members; m++) {
    const i = members[m]!;
    const uMove = draws[count + 2 * i]!;
    const uRung = draws[count + 2 * i + 1]!;
    const rung = orgs.rung[i]!;
    stays[i] = 1;
    nextRung[i] = rung;
    const experience = monthExperience(orgs.perceived[i]!, visibleWin, leaderPresent, p);
    orgs.experience[i] = experience;
    if (experience !== Experience.Neutral) orgs.trust[i] = trustAfterOdds(orgs.trust[i]!, experience === Experience.Positive ? goodMonth : badMonth);
    // The exit probability is at most exitBase; only compute it when the draw could fall below.
    if (uMove < mayLeave) {
      const satisfaction = influencedValue(orgs, i, influence, tick, p.ties.lifetime);
      const loyalty = 1 - loyaltyWeight * orgs.trust[i]!;
      const tenure = orgs.tenure[i]!;
      const commitment = 1 - (commitmentWeight * tenure) / (tenure + halfTenure);
      const exitProbability = exitBase * loyalty * commitment * logistic(-satisfaction / decision_temperature);
      if (uMove < exitProbability) {
        stays[i] = 0;
        continue;
      }
    }
    // What it acts on: its trust, plus the share of the trust still to be built it counts on (long horizons engage before trust is complete).
    const trust = orgs.trust[i]! + anticipation * orgs.expectedWeight[i]! * (1 - orgs.trust[i]!);
    if (uRung < upRate) {
      const canClimb =
        rung + 1 < RUNG_COUNT &&
        trust >= trustRequired[rung + 1]! * requiredScale &&
        membershipValue(orgs, i, rung + 1, ctx) > membershipValue(orgs, i, rung, ctx);
      if (canClimb) {
        nextRung[i] = rung + 1;
        continue;
      }
    }
    if (rung > 0 && uRung > 1 - downRate && (trust < trustRequired[rung]! * requiredScale || influencedValue(orgs, i, influence, tick, p.ties.lifetime) < 0)) {
      nextRung[i] = rung - 1;
    }
  }
}

/** The non-members' pass: each updates its reading of the action; those reached by an invitation or discovery decide whether to join. */
function decideJoiners({ orgs, ctx, action, scenario, tick, draws, decisions, p }: ParticipationMonth): void {
  const { influence, invitation_rate, decision_temperature } = scenario.behaviour;
  const spontaneous = p.recruitment.spontaneous_join_rate;
  const cooldown = p.recruitment.rejoin_cooldown;
  const count = orgs.count;
  const { joiners, perception } = decisions;
  // Under a mandate the table is set by the mandate: nobody is recruited.
  const recruiting = scenario.action.participation !== 'mandated' && action.alive;
  const member = orgs.member;
  const active = orgs.active;
  // The columns read for every non-member, as local views: the loop is the month's widest.
  const { alpha, budgetFactor, order, expectedWeight, productivity, capacity, outsideOption } = orgs;
  const trustOf = orgs.trust;
  const alphaScale = ctx.alphaScale;
  for (let i = 0; i < count; i++) {
    if (member[i] || !active[i]) continue;
    const value = joiningValueOf(
      alpha[i]! * budgetFactor[i]! * alphaScale[order[i]!]!,
      expectedWeight[i]!,
      trustOf[i]!,
      productivity[i]! * (1 + capacity[i]!),
      outsideOption[i]!,
      ctx,
    );
    perceive(orgs, i, value, draws[i]!, perception);
    // Reached by an invitation from a satisfied tied member, or by discovering the action.
    const tied = orgs.inviters[i]!;
    const uMove = draws[count + 2 * i]!;
    if (uMove >= (tied === 0 ? spontaneous : spontaneous + 1 - powInt(1 - invitation_rate, tied))) continue;
    if (!recruiting || tick - orgs.leftAt[i]! < cooldown) continue;
    if (draws[count + 2 * i + 1]! < logistic(influencedValue(orgs, i, influence, tick, p.ties.lifetime) / decision_temperature)) {
      joiners[decisions.joinerCount++] = i;
    }
  }
}
