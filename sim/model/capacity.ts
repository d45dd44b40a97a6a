/**
 * Capacity (the investor's return): an organisation working at cooperation or above
 * builds skills, relations and know-how of its own, which raise its own efficiency; it
 * fades when it stops.
 *
 *   member at rung r ≥ 2   κ ← κ + growth × w × depth(r) × (1 + K) × (1 − κ / max)   depth: 1 at joint operation, cooperation_share at cooperation;
 *                          w: the organisation's horizon weight (valuation.ts): who counts the future invests in learning
 *   otherwise              κ ← κ × (1 − decay)
 *
 * (K: the action's knowledge stock.) Deep engagement is thus an investment: its cost comes
 * first (contributions, valuation.ts), its return to the organisation later, so long
 * horizons (investors) engage deeply earlier, with a J-curve in their own efficiency.
 * Cost: one pass over the organisations a month; it also sums capacity × efficiency left
 * after cuts over active organisations, for the record.
 */
import type { Organisations } from './state';
import type { ModelParameters } from './parameters';

/** Share of the full capacity growth at a rung: 1 at joint operation, `cooperationShare` at cooperation, 0 below. */
export const capacityDepth = (rung: number, cooperationShare: number): number => (rung >= 3 ? 1 : rung === 2 ? cooperationShare : 0);

/** Updates every organisation's capacity; returns Σ capacity × cut penalty over active organisations. */
export function updateCapacity(orgs: Organisations, knowledge: number, p: ModelParameters): number {
  const { growth, max, decay, cooperation_share } = p.capacity;
  const rate = growth * (1 + knowledge);
  const keep = 1 - decay;
  let sum = 0;
  for (let i = 0; i < orgs.count; i++) {
    let k = orgs.capacity[i]!;
    const rung = orgs.member[i] ? orgs.rung[i]! : 0;
    // Kept within [0, max]: a growth step larger than the ceiling itself (extreme constants) must not overshoot it.
    if (rung >= 2 && max > 0) k = Math.min(max, Math.max(0, k + rate * orgs.expectedWeight[i]! * capacityDepth(rung, cooperation_share) * (1 - k / max)));
    else if (k > 0) k *= keep;
    orgs.capacity[i] = k;
    if (orgs.active[i]) sum += k * orgs.cutPenalty[i]!;
  }
  return sum;
}

/** Σ capacity × cut penalty over active organisations, as updateCapacity returns it (for a run restored from a checkpoint). */
export function capacityTotal(orgs: Organisations): number {
  let sum = 0;
  for (let i = 0; i < orgs.count; i++) if (orgs.active[i]) sum += orgs.capacity[i]! * orgs.cutPenalty[i]!;
  return sum;
}
