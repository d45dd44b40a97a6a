/**
 * Sampling designs in the unit hypercube [0, 1]^k: Latin hypercube, Morris trajectories
 * (with Campolongo's spread-maximising selection) and Saltelli's matrices for Sobol
 * indices. Pure and seeded: a design and its seed give the same points everywhere. The
 * mapping from unit coordinates to scenario values is sim/sweep/factors.ts's.
 */
import seedrandom from 'seedrandom';
import { sobolPoints } from './sobolSequence';

export type Uniform = () => number;

/** A seeded uniform stream for one purpose of a design (its own name, so adding draws to one purpose never shifts another). */
export function designRandom(seed: number, purpose: string): Uniform {
  return seedrandom.alea(`interstice:design:${seed}:${purpose}`);
}

/** Fisher–Yates permutation of 0..n−1. */
function permutation(n: number, random: Uniform): number[] {
  const out = Array.from({ length: n }, (_, k) => k);
  for (let k = n - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [out[k], out[j]] = [out[j]!, out[k]!];
  }
  return out;
}

/**
 * Latin hypercube (McKay, Beckman & Conover 1979): n points in k dimensions; in every
 * dimension each of the n intervals [j/n, (j+1)/n) holds exactly one point, at a uniform
 * position within it.
 */
export function latinHypercube(n: number, k: number, random: Uniform): number[][] {
  const points = Array.from({ length: n }, () => new Array<number>(k));
  for (let d = 0; d < k; d++) {
    const strata = permutation(n, random);
    for (let p = 0; p < n; p++) points[p]![d] = (strata[p]! + random()) / n;
  }
  return points;
}

/** One Morris trajectory: k + 1 points; point m + 1 differs from point m in factor `order[m]` only, by ±Δ. */
export interface Trajectory {
  points: number[][];
  order: number[];
}

/** Morris's step for p levels: Δ = p / (2(p − 1)), so every level is reached with equal probability. */
export const morrisDelta = (levels: number) => levels / (2 * (levels - 1));

/**
 * A random Morris trajectory on the p-level grid {0, 1/(p−1), ..., 1} (Morris 1991;
 * Saltelli et al. 2008, §3.3): a base point in {0, ..., 1 − Δ}, a random direction per
 * factor (a factor moving down starts Δ higher) and a random order of the factors.
 */
export function morrisTrajectory(k: number, levels: number, random: Uniform): Trajectory {
  // Whole level indices, divided once at the end: a level has one value however it was reached.
  const step = levels / 2; // Δ in levels: Δ = (p / 2) / (p − 1)
  const start = new Array<number>(k);
  const up = new Array<boolean>(k);
  for (let d = 0; d < k; d++) {
    const base = Math.floor(random() * step); // levels j < p / 2 lie at or below 1 − Δ
    up[d] = random() < 0.5;
    start[d] = up[d] ? base : base + step;
  }
  const order = permutation(k, random);
  const toUnit = (at: readonly number[]) => at.map((level) => level / (levels - 1));
  const points = [toUnit(start)];
  const current = start.slice();
  for (const d of order) {
    current[d] = up[d] ? current[d]! + step : current[d]! - step;
    points.push(toUnit(current));
  }
  return { points, order };
}

/** Campolongo et al. (2007)'s distance between two trajectories: the sum of the Euclidean distances between all their points. */
export function trajectoryDistance(a: Trajectory, b: Trajectory): number {
  let total = 0;
  for (const p of a.points) {
    for (const q of b.points) {
      let squared = 0;
      for (let d = 0; d < p.length; d++) squared += (p[d]! - q[d]!) ** 2;
      total += Math.sqrt(squared);
    }
  }
  return total;
}

/**
 * r trajectories spread over the input space (Campolongo, Cariboni & Saltelli 2007):
 * draw `candidates` random trajectories and keep the r whose pairwise distances have the
 * largest root sum of squares. The exact choice is combinatorial; this takes the two most
 * distant, then adds, one at a time, the candidate that most increases the sum (a greedy
 * selection in the spirit of Ruano et al. 2012). With candidates ≤ r, the r random
 * trajectories as drawn.
 */
export function morrisDesign(r: number, k: number, levels: number, candidates: number, random: Uniform): Trajectory[] {
  const pool = Array.from({ length: Math.max(r, candidates) }, () => morrisTrajectory(k, levels, random));
  if (pool.length === r) return pool;
  const m = pool.length;
  const squared = new Float64Array(m * m);
  for (let a = 0; a < m; a++) for (let b = a + 1; b < m; b++) squared[a * m + b] = squared[b * m + a] = trajectoryDistance(pool[a]!, pool[b]!) ** 2;
  let first = 0;
  let second = 1;
  for (let a = 0; a < m; a++) for (let b = a + 1; b < m; b++) if (squared[a * m + b]! > squared[first * m + second]!) [first, second] = [a, b];
  const chosen = [first, second];
  const taken = new Uint8Array(m);
  taken[first] = taken[second] = 1;
  const gain = new Float64Array(m);
  for (let c = 0; c < m; c++) gain[c] = squared[c * m + first]! + squared[c * m + second]!;
  while (chosen.length < r) {
    let best = -1;
    for (let c = 0; c < m; c++) if (!taken[c] && (best < 0 || gain[c]! > gain[best]!)) best = c;
    chosen.push(best);
    taken[best] = 1;
    for (let c = 0; c < m; c++) gain[c] = gain[c]! + squared[c * m + best]!;
  }
  return chosen.sort((a, b) => a - b).map((c) => pool[c]!);
}

/** The root sum of squared pairwise distances of a set of trajectories: Campolongo's spread criterion. */
export function designSpread(trajectories: readonly Trajectory[]): number {
  let sum = 0;
  for (let a = 0; a < trajectories.length; a++)
    for (let b = a + 1; b < trajectories.length; b++) sum += trajectoryDistance(trajectories[a]!, trajectories[b]!) ** 2;
  return Math.sqrt(sum);
}

/** Saltelli's base matrices for n samples of k factors: A and B from one 2k-dimensional Sobol sequence (A its first k columns, B the rest). */
export interface SaltelliMatrices {
  a: number[][];
  b: number[][];
}

/**
 * A and B for Sobol indices (Saltelli 2002; Saltelli et al. 2010): n points of a
 * digitally shifted 2k-dimensional Sobol sequence. The estimators also need A_B^(i), A
 * with column i taken from B, which sim/sweep/designs.ts builds from these.
 */
export function saltelliMatrices(n: number, k: number, random: Uniform): SaltelliMatrices {
  const shifts = Array.from({ length: 2 * k }, () => Math.floor(random() * 2 ** 30));
  const points = sobolPoints(n, 2 * k, shifts);
  const a: number[][] = [];
  const b: number[][] = [];
  for (let p = 0; p < n; p++) {
    a.push(Array.from(points.subarray(p * 2 * k, p * 2 * k + k)));
    b.push(Array.from(points.subarray(p * 2 * k + k, (p + 1) * 2 * k)));
  }
  return { a, b };
}
