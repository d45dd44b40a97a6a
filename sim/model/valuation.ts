/**
 * What membership is worth to an organisation, per month, as a share of its own budget.
 *
 *   value = α_eff × ρ_expected × contribution(rung)      collective return it values
 *         − contribution(rung) × (1 − grant)             what it puts in, net of seed funding
 *         − overhead (formality, instruments, leading)   what taking part costs besides
 *         + private benefit + visibility + mission dependency
 *         − outside option
 *
 * The evaluation regime sets which return it sees (linear: the realised, attributable
 * part; developmental: current production, counting delayed and shared effects); its
 * horizon (manager vs investor mentality) sets how much of the potential return it
 * expects; α (raised by a crisis' salience, shifted for the State by political turnover,
 * scaled down by budget cuts) sets how much the collective result counts against its own
 * efficiency.
 */
import type { Scenario } from '../scenario/schema';
import type { Aggregates } from './aggregates';
import type { ActionState, Organisations } from './state';
import type { ModelParameters } from './parameters';
import { requiredFields } from './synergy';
import { exp } from '../math';

export interface ValuationContext {
  returnSeen: number;
  returnPotentialSeen: number;
  /** Formality overhead plus instrument running costs, share of budget per month. */
  overhead: number;
  grantShare: number;
  privateBenefit: number;
  visibility: number;
  /** Multiplier on outside options: below 1 when the target needs many fields (interdependence). */
  outsideFactor: number;
  salience: number;
  statePriority: number;
  leadOrganisation: number;
  // Derived from the fields above (deriveValuationTerms, each month), so a valuation is a handful of operations.
  /** Expected-return gap members may count on: max(0, potential − seen). */
  returnGap: number;
  /** α multiplier by order (E, P, T): salience, and the State's political priority. */
  alphaScale: Float64Array;
  /** Value of taking part at each rung before the collective return: own contribution net of grant, overhead, private benefit. */
  rungBase: Float64Array;
  /** The run's constants (fixed over a run). */
  readonly p: ModelParameters;
  // Constants read per organisation, kept here flat so the hot loops read one field.
  readonly rungContribution: Float64Array;
  readonly leaderCost: number;
  readonly leadOrganisationCost: number;
}

export function allocateValuationContext(p: ModelParameters): ValuationContext {
  const ctx: ValuationContext = {
    returnSeen: 0,
    returnPotentialSeen: 0,
    overhead: 0,
    grantShare: 0,
    privateBenefit: 0,
    visibility: 0,
    outsideFactor: 1,
    salience: 0,
    statePriority: 1,
    leadOrganisation: -1,
    returnGap: 0,
    alphaScale: new Float64Array(3),
    rungBase: new Float64Array(p.rungs.contribution.length),
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
  let overhead = p.formality.overhead[scenario.action.arrangement];
  for (const instrument of scenario.action.instruments) overhead += p.instruments[instrument].cost;
  if (scenario.action.steward) overhead += p.steward.cost;
  return overhead;
}

export function updateValuationContext(
  ctx: ValuationContext,
  agg: Aggregates,
  action: ActionState,
  scenario: Scenario,
  fieldCount: number,
  tick: number,
): void {
  const { evaluation, steward, funding, target_specificity } = scenario.action;
  const p = ctx.p;
  if (evaluation === 'developmental') {
    ctx.returnSeen = agg.returnNow;
    ctx.returnPotentialSeen = agg.returnPotential;
  } else {
    // Until results are realised, members go by what they hoped for, a hope that fades.
    const e = p.evaluation;
    const hope = e.return_prior * exp(-(tick - action.formedAt) / e.hope_decay);
    const visibility = e.target_visibility_base + target_specificity;
    const attribution = Math.min(1, (steward ? e.linear_attribution_with_steward : e.linear_attribution) * visibility);
    ctx.returnSeen = Math.max(action.returnStage2, hope) * attribution;
    ctx.returnPotentialSeen = agg.returnPotential * attribution;
  }
  ctx.overhead = participationOverhead(scenario, p);
  ctx.grantShare = action.fundingActive ? funding.grant : 0;
  ctx.privateBenefit = p.valuation.private_benefit * (1 + action.knowledge);
  ctx.visibility = agg.leaderPresent ? p.leadership.visibility : 0;
  // Broad targets need many fields: nobody reaches them alone, so going it alone is worth less.
  const interdependence = fieldCount > 1 ? (requiredFields(target_specificity, fieldCount) - 1) / (fieldCount - 1) : 0;
  ctx.outsideFactor = 1 - p.valuation.interdependence_discount * interdependence;
  ctx.salience = action.salience;
  ctx.statePriority = action.statePriority;
  ctx.leadOrganisation = agg.leadOrganisation;
  deriveValuationTerms(ctx);
}

/** The per-month terms of membershipValue that do not depend on the organisation. */
export function deriveValuationTerms(ctx: ValuationContext): void {
  ctx.returnGap = Math.max(0, ctx.returnPotentialSeen - ctx.returnSeen);
  ctx.alphaScale[0] = (1 + ctx.salience) * ctx.statePriority;
  ctx.alphaScale[1] = 1 + ctx.salience;
  ctx.alphaScale[2] = 1 + ctx.salience;
  const contribution = ctx.rungContribution;
  for (let rung = 0; rung < contribution.length; rung++) {
    const contributed = contribution[rung]!;
    ctx.rungBase[rung] = -contributed * (1 - ctx.grantShare) - ctx.overhead + (rung >= 1 ? ctx.privateBenefit : 0);
  }
}

/** Net monthly value (share of own budget) to organisation i of being a member at `rung`. */
export function membershipValue(orgs: Organisations, i: number, rung: number, ctx: ValuationContext): number {
  // An organisation whose budget was cut retreats to its core mission: it weighs the collective less.
  const alpha = Math.min(1, orgs.alpha[i]! * orgs.budgetFactor[i]! * ctx.alphaScale[orgs.order[i]!]!);
  const expectedReturn = ctx.returnSeen + orgs.expectedWeight[i]! * ctx.returnGap;
  let value = alpha * expectedReturn * ctx.rungContribution[rung]! + ctx.rungBase[rung]!;
  value += orgs.leader[i] ? -ctx.leaderCost : ctx.visibility;
  if (i === ctx.leadOrganisation) value -= ctx.leadOrganisationCost;
  return value - orgs.outsideOption[i]! * ctx.outsideFactor;
}

/**
 * membershipValue(orgs, i, 1, ctx) for a non-member, in fewer steps: the value of joining
 * at the coordination rung. A non-member is never a leader nor the lead organisation
 * (both are members: scenario cross-checks and membership.ts keep it so).
 */
export function joiningValue(orgs: Organisations, i: number, ctx: ValuationContext): number {
  const alpha = Math.min(1, orgs.alpha[i]! * orgs.budgetFactor[i]! * ctx.alphaScale[orgs.order[i]!]!);
  const expectedReturn = ctx.returnSeen + orgs.expectedWeight[i]! * ctx.returnGap;
  let value = alpha * expectedReturn * ctx.rungContribution[1]! + ctx.rungBase[1]!;
  value += ctx.visibility;
  return value - orgs.outsideOption[i]! * ctx.outsideFactor;
}
