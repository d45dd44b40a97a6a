/**
 * What membership is worth to an organisation, per month, as a share of its own budget.
 *
 *   value = α_eff × ρ_seen × c(r) σ(r) p (floor + (1 − floor) T_exp)   collective return of its own effective work
 *         − c(r) × (1 − grant)                          what it puts in, net of seed funding
 *         − overhead (formality, instruments, steward)  what taking part costs besides
 *         + private benefit (r ≥ 1) + w × capacity(r)   what it gains for itself, now and later
 *         − leading (leader, lead organisation's hub)
 *         − outside option × (1 − interdependence discount × (1 − 1 / fields needed))
 *
 * Which return it sees is set by the evaluation regime and by what can be observed
 * (Patton 2011; Divay 2014): members see what is measured and reported (a share O of the
 * current return, delayed and shared effects included: the action's observability) and,
 * for the rest, only the realised results traceable to their own work, the part of output
 * that does not come from complementarity between members:
 *
 *   ρ_seen = O ρ_now + (1 − O) max(ρ_realised / G, hope),   hope = prior × e^(−months since forming / decay)
 *   O = 1 − (1 − o_base)(1 − o_data [shared data])(1 − o_steward [steward])(1 − o_specific s)(1 − o_dev [developmental])
 *
 * Developmental evaluation brings the rest into view (o_dev = 1 by default: it counts the
 * whole current return); linear evaluation does not. With O = 1 both regimes see the same.
 * ρ is output per unit of effective work (aggregates.ts: the action's multiplier), so a
 * member values what its own work yields: deeper rungs combine resources better (σ), and a
 * trusting member's work counts more. Its horizon weight w = H / (H + half_weight) sets how
 * much of what it cannot see yet it counts: the trust still to be built (T_exp = T + w (1 − T)),
 * and the capacity deep engagement will build (capacity.ts). α is raised by salience (crises, and
 * population results members can see: accountability), shifted for the State by political
 * turnover, scaled down by budget cuts, and crowded out by a mandate; the collective
 * return counts in proportion to the share of the population the target reaches (broad
 * targets' results are worth more: the large late payoff).
 */
import type { Scenario } from '../scenario/schema';
import type { Aggregates } from './aggregates';
import type { ActionState, Organisations, Territory } from './state';
import type { ModelParameters } from './parameters';
import { formalityLevel } from './formality';
import { requiredFields, targetScope } from './synergy';
import { exp, pow } from '../math';
import { capacityDepth } from './capacity';

export interface ValuationContext {
  /** Output per unit of effective work, as members see it. */
  returnSeen: number;
  /** Formality overhead plus instrument running costs, share of budget per month. */
  overhead: number;
  grantShare: number;
  privateBenefit: number;
  /** Multiplier on outside options: below 1 when the target needs many fields (interdependence). */
  outsideFactor: number;
  /** Salience of crises, and of the population results members can see. */
  salience: number;
  statePriority: number;
  /** Multiplier on α: the mandate's crowding out, and the target's reach (scope relative to the middle specificity). */
  motivation: number;
  /** Share of the action's results measured and reported (observability). */
  observability: number;
  leadOrganisation: number;
  /** Share of its capacity the lead organisation's hub uses this month. */
  leadLoad: number;
  // Derived from the fields above (deriveValuationTerms, each month), so a valuation is a handful of operations.
  /** α multiplier by order (E, P, T): salience, motivation, and the State's political priority. */
  alphaScale: Float64Array;
  /** Value of taking part at each rung before the collective return: own contribution net of grant, overhead, private benefit. */
  rungBase: Float64Array;
  /** Capacity an organisation can expect to build at each rung (valued × its horizon weight). */
  rungCapacity: Float64Array;
  // The terms of joiningValue (rung 1), as plain fields: a loop that writes typed arrays
  // (perceptions) must reload every typed-array read, but not an object's fields.
  joinReturn: number;
  joinBase: number;
  joinCapacity: number;
  /** Effective work per unit of budget at each rung before productivity and trust: c(r) σ(r). */
  readonly rungEffective: Float64Array;
  readonly trustFloor: number;
  /** The run's constants (fixed over a run). */
  readonly p: ModelParameters;
  // Constants read per organisation, kept here flat so the hot loops read one field.
  readonly rungContribution: Float64Array;
  readonly leaderCost: number;
  readonly leadOrganisationCost: number;
}

export function allocateValuationContext(p: ModelParameters): ValuationContext {
  const rungs = p.rungs.contribution.length;
  const ctx: ValuationContext = {
    returnSeen: 0,
    overhead: 0,
    grantShare: 0,
    privateBenefit: 0,
    outsideFactor: 1,
    salience: 0,
    statePriority: 1,
    motivation: 1,
    observability: 0,
    leadOrganisation: -1,
    leadLoad: 0,
    joinReturn: 0,
    joinBase: 0,
    joinCapacity: 0,
    alphaScale: new Float64Array(3),
    rungBase: new Float64Array(rungs),
    rungEffective: Float64Array.from(p.rungs.contribution, (c, r) => c * p.rungs.synergy[r]!),
    trustFloor: p.output.trust_floor,
    rungCapacity: Float64Array.from({ length: rungs }, (_, r) => p.capacity.max * capacityDepth(r, p.capacity.cooperation_share)),
    p,
    rungContribution: p.rungs.contribution,
    leaderCost: p.leadership.cost,
    leadOrganisationCost: p.coordination.lead_organisation_cost,
  };
  deriveValuationTerms(ctx);
  return ctx;
}

/** Overhead of taking part that does not depend on the rung: formality, instruments, the steward. */
export function participationOverhead(scenario: Scenario, p: ModelParameters): number {
  let overhead = p.formality.overhead * pow(formalityLevel(scenario), p.formality.overhead_exponent);
  for (const instrument of scenario.action.instruments) overhead += p.instruments[instrument].cost;
  if (scenario.action.steward) overhead += p.steward.cost;
  return overhead;
}

/**
 * Share of the action's results measured and reported (see the header); developmental
 * evaluation brings what is left into view. A facilitative leader, while there, reports
 * the joint work's results to the members (part of making its value visible).
 */
export function observability(scenario: Scenario, p: ModelParameters, leaderPresent = false): number {
  const e = p.evaluation;
  const data = scenario.action.instruments.includes('shared_data') ? p.instruments.shared_data.observability : 0;
  const steward = (scenario.action.steward ? 1 - e.observability_steward : 1) * (leaderPresent ? 1 - p.leadership.observability : 1);
  const developmental = scenario.action.evaluation === 'developmental' ? e.developmental_observability : 0;
  return 1 - (1 - e.observability_base) * (1 - data) * steward * (1 - e.observability_specific * scenario.action.target_specificity) * (1 - developmental);
}

export function updateValuationContext(
  ctx: ValuationContext,
  agg: Aggregates,
  action: ActionState,
  territory: Territory,
  scenario: Scenario,
  tick: number,
): void {
  const { funding, target_specificity } = scenario.action;
  const p = ctx.p;
  const o = observability(scenario, p, agg.leaderPresent);
  ctx.observability = o;
  // What is not observed is judged by each member's own realised results, or, until there
  // are any, by the hope founders started with, a hope that fades.
  const e = p.evaluation;
  const hope = e.return_prior * exp(-(tick - action.formedAt) / e.hope_decay);
  const attributable = Math.max(action.returnStage2 / agg.complementarity, hope);
  ctx.returnSeen = o * agg.returnNow + (1 - o) * attributable;
  ctx.overhead = participationOverhead(scenario, p);
  ctx.grantShare = action.fundingActive ? funding.grant : 0;
  ctx.privateBenefit = p.valuation.private_benefit * (1 + action.knowledge);
  // Broad targets need many fields: alone, an organisation covers its own field's share of
  // them, so going it alone is worth that share of the outside option (Thomson & Perry 2006:
  // interdependence as what no one organisation can reach alone).
  const fieldCount = territory.fieldCount;
  const interdependence = 1 - 1 / requiredFields(target_specificity, fieldCount);
  ctx.outsideFactor = 1 - p.valuation.interdependence_discount * interdependence;
  // Accountability to the population: results members can see make the problem more salient.
  action.accountability = p.population.accountability * ctx.observability * Math.max(0, territory.population - territory.populationCounterfactual);
  ctx.salience = action.salience + action.accountability;
  ctx.statePriority = action.statePriority;
  // Results are worth what they reach of the population: broad targets' results count more (1 at the middle specificity).
  ctx.motivation =
    (scenario.action.participation === 'mandated' ? p.mandate.motivation_factor : 1) * (targetScope(target_specificity, p) / targetScope(0.5, p));
  ctx.leadOrganisation = agg.leadOrganisation;
  ctx.leadLoad = agg.coordination.leadLoad;
  deriveValuationTerms(ctx);
}

/** The per-month terms of membershipValue that do not depend on the organisation. */
export function deriveValuationTerms(ctx: ValuationContext): void {
  const scale = (1 + ctx.salience) * ctx.motivation;
  ctx.alphaScale[0] = scale * ctx.statePriority;
  ctx.alphaScale[1] = scale;
  ctx.alphaScale[2] = scale;
  const contribution = ctx.rungContribution;
  for (let rung = 0; rung < contribution.length; rung++) {
    const contributed = contribution[rung]!;
    ctx.rungBase[rung] = -contributed * (1 - ctx.grantShare) - ctx.overhead + (rung >= 1 ? ctx.privateBenefit : 0);
  }
  ctx.joinReturn = ctx.returnSeen * ctx.rungEffective[1]!;
  ctx.joinBase = ctx.rungBase[1]!;
  ctx.joinCapacity = ctx.rungCapacity[1]!;
}

/** What organisation i's work counts for at `rung`, per unit of budget: productivity × the trust it expects to have (its horizon counts trust still to be built). */
function expectedEffectiveness(orgs: Organisations, i: number, weight: number, ctx: ValuationContext): number {
  const trust = orgs.trust[i]!;
  return orgs.productivity[i]! * (1 + orgs.capacity[i]!) * (ctx.trustFloor + (1 - ctx.trustFloor) * (trust + weight * (1 - trust)));
}

/** Net monthly value (share of own budget) to organisation i of being a member at `rung`. */
export function membershipValue(orgs: Organisations, i: number, rung: number, ctx: ValuationContext): number {
  // An organisation whose budget was cut retreats to its core mission: it weighs the collective less.
  const alpha = Math.min(1, orgs.alpha[i]! * orgs.budgetFactor[i]! * ctx.alphaScale[orgs.order[i]!]!);
  const weight = orgs.expectedWeight[i]!;
  const collective = ctx.returnSeen * ctx.rungEffective[rung]! * expectedEffectiveness(orgs, i, weight, ctx);
  let value = alpha * collective + ctx.rungBase[rung]! + weight * ctx.rungCapacity[rung]!;
  if (orgs.leader[i]) value -= ctx.leaderCost;
  if (i === ctx.leadOrganisation) value -= ctx.leadOrganisationCost * ctx.leadLoad;
  return value - orgs.outsideOption[i]! * ctx.outsideFactor;
}

/**
 * membershipValue(orgs, i, 1, ctx) for a non-member, in fewer steps: the value of joining
 * at the coordination rung. A non-member is never a leader nor the lead organisation
 * (both are members: scenario cross-checks and membership.ts keep it so).
 */
export function joiningValue(orgs: Organisations, i: number, ctx: ValuationContext): number {
  return joiningValueOf(
    orgs.alpha[i]! * orgs.budgetFactor[i]! * ctx.alphaScale[orgs.order[i]!]!,
    orgs.expectedWeight[i]!,
    orgs.trust[i]!,
    orgs.productivity[i]! * (1 + orgs.capacity[i]!),
    orgs.outsideOption[i]!,
    ctx,
  );
}

/**
 * joiningValue from an organisation's own terms, for the month's pass over every
 * non-member (participation.ts), which reads them from its own local views of the columns.
 * `alpha`: α × budget factor × the month's scale for its order, before the cap at 1;
 * `effectiveness`: productivity × (1 + capacity).
 */
export function joiningValueOf(alpha: number, weight: number, trust: number, effectiveness: number, outsideOption: number, ctx: ValuationContext): number {
  const collective = ctx.joinReturn * (effectiveness * (ctx.trustFloor + (1 - ctx.trustFloor) * (trust + weight * (1 - trust))));
  const value = Math.min(1, alpha) * collective + ctx.joinBase + weight * ctx.joinCapacity;
  return value - outsideOption * ctx.outsideFactor;
}
