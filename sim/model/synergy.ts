/**
 * Collective output comes from complementarity between members (across fields and
 * orders: "efficiency from the margin"), from how deeply each engages, and from trust.
 * Targets set how many fields the action needs and how long results take.
 */
import {
  BROAD_EXTRA_DELAY,
  COVERAGE_EXPONENT,
  SPECIFIC_SCOPE,
  FIELD_COMPLEMENTARITY,
  ORDER_COMPLEMENTARITY,
  RUNG_CONTRIBUTION,
  RUNG_SYNERGY,
  SPECIFIC_DELAY,
  TRUST_FLOOR,
  INSTRUMENT_EFFECTS,
} from './parameters';
import { pow } from '../math';

/** 1 for one field and one order; up to 1 + FIELD + ORDER complementarity with every field and order. */
export function complementarity(fieldsEngaged: number, fieldCount: number, ordersPresent: number): number {
  const fieldPart = fieldCount > 1 ? (FIELD_COMPLEMENTARITY * Math.max(0, fieldsEngaged - 1)) / (fieldCount - 1) : 0;
  const orderPart = (ORDER_COMPLEMENTARITY * Math.max(0, ordersPresent - 1)) / 2;
  return 1 + fieldPart + orderPart;
}

/** Fields a target needs: 1 for fully specific targets, all fields for fully broad ones. */
export function requiredFields(specificity: number, fieldCount: number): number {
  return 1 + Math.round((1 - specificity) * (fieldCount - 1));
}

/** Output penalty when needed fields are missing: (covered need / required need) ^ COVERAGE_EXPONENT, at most 1. */
export function coverageFactor(coveredNeed: number, requiredNeed: number): number {
  if (requiredNeed <= 0) return 1;
  return pow(Math.min(1, coveredNeed / requiredNeed), COVERAGE_EXPONENT);
}

/** Months for results to be realised (mean of the two-stage delay). */
export function resultDelay(specificity: number): number {
  return SPECIFIC_DELAY + BROAD_EXTRA_DELAY * (1 - specificity);
}

/** Share of the population the targets reach: specific targets have a narrower ceiling. */
export function targetScope(specificity: number): number {
  return 1 - (1 - SPECIFIC_SCOPE) * specificity;
}

export function contribution(rung: number, budget: number): number {
  return (RUNG_CONTRIBUTION[rung] ?? 0) * budget;
}

/** Contribution weighted by the rung's synergy, the member's productivity and its trust. */
export function effectiveContribution(rung: number, budget: number, trust: number, pooledFund: boolean, productivity = 1): number {
  const deep = pooledFund && rung >= 2 ? INSTRUMENT_EFFECTS.pooled_fund.synergyDeep : 1;
  return contribution(rung, budget) * productivity * (RUNG_SYNERGY[rung] ?? 0) * deep * (TRUST_FLOOR + (1 - TRUST_FLOOR) * trust);
}
