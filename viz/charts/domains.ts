/**
 * The value domains of the charts' scales: around the data and an anchor the reader
 * compares against (0 effectiveness, efficiency 1), never narrower than a minimum span, so
 * noise near the anchor is not drawn as a dramatic swing.
 */
import { scaleLinear } from 'd3';

/**
 * The smallest span of a collective-effectiveness axis, in points of needs met (the charts
 * take effectiveness in points: the engine's share × 100): a tenth of a point, so noise
 * near zero is not drawn as a dramatic swing.
 */
export const EFFECTIVENESS_MIN_SPAN = 0.1;

/** Domain covering the finite values and `anchor`, at least `minSpan` wide, with nice ends. */
export function paddedDomain(values: ArrayLike<number>, anchor: number, minSpan: number): [number, number] {
  let lo = anchor;
  let hi = anchor;
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (hi - lo < minSpan) {
    // Grow around the data so small noise is not drawn as a dramatic swing.
    const grow = (minSpan - (hi - lo)) / 2;
    lo -= grow;
    hi += grow;
  }
  const [a, b] = scaleLinear().domain([lo, hi]).nice(5).domain() as [number, number];
  return [a, b];
}

/**
 * A padded domain over the first `n` rows of several columns, anchored at their middle
 * (no value is special to the reader), or at `emptyAnchor` when none is finite.
 */
export function middleDomain(columns: readonly ArrayLike<number>[], emptyAnchor: number, minSpan: number, n = Number.POSITIVE_INFINITY): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const column of columns) {
    const rows = Math.min(column.length, n);
    for (let k = 0; k < rows; k++) {
      const v = column[k]!;
      if (Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  const found = Number.isFinite(lo);
  return paddedDomain(found ? [lo, hi] : [], found ? (lo + hi) / 2 : emptyAnchor, minSpan);
}
