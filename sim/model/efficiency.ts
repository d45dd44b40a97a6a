/**
 * Organisational efficiency: an organisation's own output per unit of its own cost,
 * relative to working alone at its full budget (unit: 1 = stand-alone efficiency).
 * Members divert resources to the action (contribution net of seed funding, overhead,
 * leading) and gain a little private benefit; every organisation gains the capacity it
 * built in deep joint work (capacity.ts); budget cuts hurt through fixed costs.
 */
import type { Organisations } from './state';
import type { ValuationContext } from './valuation';
import type { ModelParameters } from './parameters';

/** Efficiency left after budget cuts, through fixed costs: 1 − fixed cost share × (1 / budgetFactor − 1), at least 0. */
export function cutPenaltyFor(budgetFactor: number, p: ModelParameters): number {
  return Math.max(0, 1 - p.shocks.fixed_cost_share * (1 / budgetFactor - 1));
}

/** The constants it reads come with the month's valuation context (the run's model constants). */
export function organisationEfficiency(orgs: Organisations, i: number, ctx: ValuationContext): number {
  const cutPenalty = orgs.cutPenalty[i]!;
  const capacity = orgs.capacity[i]!;
  if (!orgs.member[i]) return (1 + capacity) * cutPenalty;
  const rung = orgs.rung[i]!;
  let diverted = (ctx.rungContribution[rung] ?? 0) * (1 - ctx.grantShare) + ctx.overhead;
  if (orgs.leader[i]) diverted += ctx.leaderCost;
  if (i === ctx.leadOrganisation) diverted += ctx.leadOrganisationCost * ctx.leadLoad;
  const gained = rung >= 1 ? ctx.privateBenefit : 0;
  return Math.max(0, (1 - diverted + gained + capacity) * cutPenalty);
}
