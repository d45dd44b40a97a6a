/**
 * The Sobol low-discrepancy sequence (Sobol 1967) with Joe & Kuo's direction numbers,
 * generated in Gray-code order (Antonov & Saleev 1979), as scipy's unscrambled
 * `qmc.Sobol` does: point 0 is the origin, and the first 2^m points of every dimension
 * fall one in each interval of width 2^-m. A digital shift (every coordinate's bits XORed
 * with a fixed random word per dimension) randomises the points and keeps that balance.
 * tests/sweep/sampling.test.ts checks the points against scipy.
 */
import { INITIAL, POLYNOMIALS, SOBOL_DIMENSIONS } from './sobolDirections';

/** Bits of each coordinate (as scipy): 2^30 points before the sequence repeats. */
const BITS = 30;
const SCALE = 2 ** -BITS;

export { SOBOL_DIMENSIONS };

/** Direction integers v_1..v_BITS of one dimension, already shifted into place. */
function directions(dimension: number): Uint32Array {
  const m = new Uint32Array(BITS);
  if (dimension === 0) m.fill(1);
  else {
    const polynomial = POLYNOMIALS[dimension]!;
    const degree = 31 - Math.clz32(polynomial);
    const initial = INITIAL[dimension]!;
    for (let i = 0; i < degree; i++) m[i] = initial[i]!;
    for (let i = degree; i < BITS; i++) {
      let next = m[i - degree]! ^ (m[i - degree]! << degree);
      for (let k = 1; k < degree; k++) if ((polynomial >> (degree - k)) & 1) next ^= m[i - k]! << k;
      m[i] = next;
    }
  }
  const v = new Uint32Array(BITS);
  for (let i = 0; i < BITS; i++) v[i] = m[i]! << (BITS - 1 - i);
  return v;
}

/**
 * The first `count` points of the `dimensions`-dimensional sequence, row after row
 * (point p, dimension d at p * dimensions + d), in [0, 1). `shifts[d]`, a 30-bit word,
 * is XORed into dimension d (0 for the plain sequence).
 */
export function sobolPoints(count: number, dimensions: number, shifts?: ArrayLike<number>): Float64Array {
  if (dimensions > SOBOL_DIMENSIONS) throw new RangeError(`the Sobol sequence is tabulated for at most ${SOBOL_DIMENSIONS} dimensions, not ${dimensions}`);
  if (count > 2 ** BITS) throw new RangeError(`at most 2^${BITS} Sobol points`);
  const v = Array.from({ length: dimensions }, (_, d) => directions(d));
  const x = new Uint32Array(dimensions);
  const out = new Float64Array(count * dimensions);
  for (let p = 0; p < count; p++) {
    if (p > 0) {
      // Gray code: point p differs from point p − 1 by the direction of the lowest zero bit of p − 1.
      const bit = 31 - Math.clz32(~(p - 1) & p);
      for (let d = 0; d < dimensions; d++) x[d] = x[d]! ^ v[d]![bit]!;
    }
    for (let d = 0; d < dimensions; d++) out[p * dimensions + d] = ((x[d]! ^ (shifts ? shifts[d]! : 0)) >>> 0) * SCALE;
  }
  return out;
}
