/**
 * Collective output comes from complementarity between members (across fields and
 * orders: "efficiency from the margin"), from how deeply each engages, and from trust.
 * The action's cell of the intersectoral grid (fields engaged × orders present) sets both
 * what it can reach and what it costs:
 *
 *   diversity  δ = ((fields − 1)/(F − 1) + (orders − 1)/2) / 2            0 … 1
 *   gain       G = 1 + g_f (fields − 1)/(F − 1) + g_o (orders − 1)/2        (× 1 + planning with joint planning)
 *   reach      R = (field coverage × order coverage) ^ coverage_exponent   what the target needs
 *
 * A target of specificity s needs 1 + round((1 − s)(F − 1)) fields and 1 + round(1 − s)
 * orders (multi-order work from the middle down); a pooled fund moves money to fill part
 * of the gap in fields. What a target reaches of the population (targetScope) is what its
 * results are worth: broad targets reach more, later. Diversity raises
 * what coordination needs (governance.ts) and the trust a rung requires (participation.ts).
 */
import type { ModelParameters } from './parameters';
import { pow } from '../math';

const spread = (engaged: number, total: number) => (total > 1 ? Math.max(0, engaged - 1) / (total - 1) : 0);

/** 0 for one field and one order, 1 for every field and all three orders. */
export function diversity(fieldsEngaged: number, fieldCount: number, ordersPresent: number): number {
  return (spread(fieldsEngaged, fieldCount) + spread(ordersPresent, 3)) / 2;
}

/** 1 for one field and one order; up to 1 + field + order complementarity with every field and order. */
export function complementarity(fieldsEngaged: number, fieldCount: number, ordersPresent: number, p: ModelParameters, jointPlanning = false): number {
  const gain = p.grid.field_complementarity * spread(fieldsEngaged, fieldCount) + p.grid.order_complementarity * spread(ordersPresent, 3);
  return 1 + gain * (jointPlanning ? 1 + p.instruments.joint_planning.complementarity : 1);
}

/** Fields a target needs: 1 for fully specific targets, all fields for fully broad ones. */
export function requiredFields(specificity: number, fieldCount: number): number {
  return 1 + Math.round((1 - specificity) * (fieldCount - 1));
}

/** Orders a target needs: multi-order work (2) for targets at least as broad as the middle, 1 for more specific ones. */
export function requiredOrders(specificity: number): number {
  return 1 + Math.round(1 - specificity);
}

/**
 * What the action can reach of what its target needs: (field coverage × order coverage) ^
 * exponent, at most 1. `reallocated` is the share of the gap in fields filled by moving
 * pooled money across fields (0 without a pooled fund).
 */
export function reachFactor(
  coveredNeed: number,
  requiredNeed: number,
  ordersPresent: number,
  ordersNeeded: number,
  reallocated: number,
  p: ModelParameters,
): number {
  const fieldCoverage = requiredNeed > 0 ? Math.min(1, (coveredNeed + reallocated * Math.max(0, requiredNeed - coveredNeed)) / requiredNeed) : 1;
  const orderCoverage = Math.min(1, ordersPresent / ordersNeeded);
  return pow(fieldCoverage * orderCoverage, p.output.coverage_exponent);
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
export function effectiveContribution(rung: number, budget: number, trust: number, productivity: number, p: ModelParameters): number {
  const floor = p.output.trust_floor;
  return contribution(rung, budget, p) * productivity * (p.rungs.synergy[rung] ?? 0) * (floor + (1 - floor) * trust);
}
