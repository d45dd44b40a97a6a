/**
 * Organisational efficiency: an organisation's own output per unit of its own cost,
 * relative to working alone at its full budget (unit: 1 = stand-alone efficiency).
 * Members divert resources to the action (contribution net of seed funding, overhead,
 * leading) and gain a little private benefit; budget cuts hurt through fixed costs.
 */
import type { Organisations } from './state';
import type { ValuationContext } from './valuation';
import { FIXED_COST_SHARE, LEAD_ORGANISATION_COST, LEADER_COST, RUNG_CONTRIBUTION } from './parameters';

/** Efficiency left after budget cuts, through fixed costs: 1 − FIXED_COST_SHARE × (1 / budgetFactor − 1), at least 0. */
export function cutPenaltyFor(budgetFactor: number): number {
  return Math.max(0, 1 - FIXED_COST_SHARE * (1 / budgetFactor - 1));
}

export function organisationEfficiency(orgs: Organisations, i: number, ctx: ValuationContext): number {
  const cutPenalty = orgs.cutPenalty[i]!;
  if (!orgs.member[i]) return cutPenalty;
  const rung = orgs.rung[i]!;
  let diverted = (RUNG_CONTRIBUTION[rung] ?? 0) * (1 - ctx.grantShare) + ctx.overhead;
  if (orgs.leader[i]) diverted += LEADER_COST;
  if (i === ctx.leadOrganisation) diverted += LEAD_ORGANISATION_COST;
  const gained = rung >= 1 ? ctx.privateBenefit : 0;
  return Math.max(0, (1 - diverted + gained) * cutPenalty);
}
