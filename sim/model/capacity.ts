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
 * Cost: a scan of the membership flags, and one pass over the organisations holding
 * capacity (CapacityHolders), which also sums capacity × efficiency left after cuts over
 * active organisations, for the record.
 */
import type { Organisations } from './state';
import type { ModelParameters } from './parameters';

/** Share of the full capacity growth at a rung: 1 at joint operation, `cooperationShare` at cooperation, 0 below. */
export const capacityDepth = (rung: number, cooperationShare: number): number => (rung >= 3 ? 1 : rung === 2 ? cooperationShare : 0);

/**
 * The organisations holding some capacity (capacity > 0), in increasing index order. Only
 * members at cooperation or above build capacity, and it fades slowly, so the holders are
 * a small part of a large territory: the month's pass runs over them and the members, not
 * over every organisation.
 */
export interface CapacityHolders {
  list: Int32Array;
  count: number;
  /** Scratch of the same length: the merged list is written here, then the two swap. */
  spare: Int32Array;
  /** This month's new holders, in increasing index order. */
  fresh: Int32Array;
}

/** The holders of the organisations' current capacities (at the start, and for a run restored from a checkpoint). */
export function capacityHolders(orgs: Organisations): CapacityHolders {
  const holders: CapacityHolders = { list: new Int32Array(orgs.count), count: 0, spare: new Int32Array(orgs.count), fresh: new Int32Array(orgs.count) };
  for (let i = 0; i < orgs.count; i++) if (orgs.capacity[i]! > 0) holders.list[holders.count++] = i;
  return holders;
}

/**
 * Updates every organisation's capacity; returns Σ capacity × cut penalty over active
 * organisations, summed in index order.
 */
export function updateCapacity(orgs: Organisations, holders: CapacityHolders, knowledge: number, p: ModelParameters): number {
  const { growth, max, decay, cooperation_share } = p.capacity;
  const rate = growth * (1 + knowledge);
  const keep = 1 - decay;
  const { capacity, member, rung } = orgs;
  // Growth: members at cooperation or above (a scan of one byte per organisation).
  let freshCount = 0;
  if (max > 0) {
    for (let i = 0; i < orgs.count; i++) {
      if (!member[i]) continue;
      const r = rung[i]!;
      if (r < 2) continue;
      const before = capacity[i]!;
      // Kept within [0, max]: a growth step larger than the ceiling itself (extreme constants) must not overshoot it.
      const k = Math.min(max, Math.max(0, before + rate * orgs.expectedWeight[i]! * capacityDepth(r, cooperation_share) * (1 - before / max)));
      capacity[i] = k;
      if (before === 0 && k > 0) holders.fresh[freshCount++] = i;
    }
  }
  // Decay of everybody else's, and the sum: over the old holders merged with the new, in index order.
  const { list, fresh } = holders;
  const out = holders.spare;
  let kept = 0;
  let sum = 0;
  let a = 0;
  let b = 0;
  while (a < holders.count || b < freshCount) {
    const i = b >= freshCount || (a < holders.count && list[a]! < fresh[b]!) ? list[a++]! : fresh[b++]!;
    let k = capacity[i]!;
    if (!(max > 0 && member[i] && rung[i]! >= 2)) {
      k *= keep;
      capacity[i] = k;
    }
    if (k > 0) {
      out[kept++] = i;
      if (orgs.active[i]) sum += k * orgs.cutPenalty[i]!;
    }
  }
  holders.spare = list;
  holders.list = out;
  holders.count = kept;
  return sum;
}

/** Σ capacity × cut penalty over active organisations, as updateCapacity returns it (for a run restored from a checkpoint). */
export function capacityTotal(orgs: Organisations): number {
  let sum = 0;
  for (let i = 0; i < orgs.count; i++) if (orgs.active[i]) sum += orgs.capacity[i]! * orgs.cutPenalty[i]!;
  return sum;
}
