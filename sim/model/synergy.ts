/**
 * Collective output comes from complementarity between members (across fields and
 * orders: "efficiency from the margin"), from how deeply each engages, and from trust.
 * Targets set how many fields the action needs and how long results take.
 */
import type { ModelParameters } from './parameters';
import { pow } from '../math';

/** 1 for one field and one order; up to 1 + field + order complementarity with every field and order. */
export function complementarity(fieldsEngaged: number, fieldCount: number, ordersPresent: number, p: ModelParameters): number {
  const fieldPart = fieldCount > 1 ? (p.output.field_complementarity * Math.max(0, fieldsEngaged - 1)) / (fieldCount - 1) : 0;
  const orderPart = (p.output.order_complementarity * Math.max(0, ordersPresent - 1)) / 2;
  return 1 + fieldPart + orderPart;
}

/** Fields a target needs: 1 for fully specific targets, all fields for fully broad ones. */
export function requiredFields(specificity: number, fieldCount: number): number {
  return 1 + Math.round((1 - specificity) * (fieldCount - 1));
}

/** Output penalty when needed fields are missing: (covered need / required need) ^ coverage exponent, at most 1. */
export function coverageFactor(coveredNeed: number, requiredNeed: number, p: ModelParameters): number {
  if (requiredNeed <= 0) return 1;
  return pow(Math.min(1, coveredNeed / requiredNeed), p.output.coverage_exponent);
}

/** Months for results to be realised (mean of the two-stage delay). */
export function resultDelay(specificity: number, p: ModelParameters): number {
  return p.targets.specific_delay + p.targets.broad_extra_delay * (1 - specificity);
}

/** Share of the population the targets reach: specific targets have a narrower ceiling. */
export function targetScope(specificity: number, p: ModelParameters): number {
  return 1 - (1 - p.targets.specific_scope) * specificity;
}

export function contribution(rung: number, budget: number, p: ModelParameters): number {
  return (p.rungs.contribution[rung] ?? 0) * budget;
}

/** Contribution weighted by the rung's synergy, the member's productivity and its trust. */
export function effectiveContribution(rung: number, budget: number, trust: number, pooledFund: boolean, productivity: number, p: ModelParameters): number {
  const deep = pooledFund && rung >= 2 ? p.instruments.pooled_fund.deep_synergy : 1;
  const floor = p.output.trust_floor;
  return contribution(rung, budget, p) * productivity * (p.rungs.synergy[rung] ?? 0) * deep * (floor + (1 - floor) * trust);
}
