/**
 * Sensitivity estimators: Morris elementary effects (μ, μ*, σ, with a bootstrap interval
 * on μ*) from trajectories or from a full grid, and Sobol first-order and total indices
 * with Jansen's estimators and bootstrap intervals. Pure functions of the responses; each
 * is tested against functions whose indices are known analytically
 * (tests/sweep/sensitivity.test.ts).
 */
import type { Uniform } from './sampling';

export interface ScreeningResult {
  /** A factor's name, or `name=level` for one level of a categorical factor of more than two levels. */
  factor: string;
  /** Mean absolute elementary effect (Campolongo et al. 2007's μ*): the screening rank. */
  muStar: number;
  /** Percentile bootstrap 95% interval of μ* (NaN when not computed). */
  muStarLow: number;
  muStarHigh: number;
  mu: number;
  sigma: number;
  n: number;
}

/** Resamples for bootstrap intervals unless a design says otherwise. */
export const DEFAULT_BOOTSTRAP = 1000;

/** The 2.5% and 97.5% points of a sample (type 7 quantiles, as R's and numpy's default). */
function percentileInterval(values: Float64Array): [number, number] {
  const sorted = values.slice().sort();
  const at = (p: number) => {
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    return sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]!) - sorted[lo]!);
  };
  return [at(0.025), at(0.975)];
}

/**
 * μ, μ* and σ of a factor's elementary effects. Nothing to estimate gives NaN (empty
 * cells), never 0: no effect, no μ; one effect, no σ. With `random` and at least two
 * effects, μ* gets a percentile bootstrap interval over `bootstrap` resamples of the effects.
 */
export function screeningStatistics(factor: string, effects: readonly number[], bootstrap = 0, random?: Uniform): ScreeningResult {
  const n = effects.length;
  if (n === 0) return { factor, muStar: NaN, muStarLow: NaN, muStarHigh: NaN, mu: NaN, sigma: NaN, n };
  let sum = 0;
  let absolute = 0;
  for (const e of effects) {
    sum += e;
    absolute += Math.abs(e);
  }
  const mu = sum / n;
  let squares = 0;
  for (const e of effects) squares += (e - mu) ** 2;
  const sigma = n > 1 ? Math.sqrt(squares / (n - 1)) : NaN;
  let muStarLow = NaN;
  let muStarHigh = NaN;
  if (random && n > 1 && bootstrap > 0) {
    const resampled = new Float64Array(bootstrap);
    for (let b = 0; b < bootstrap; b++) {
      let total = 0;
      for (let j = 0; j < n; j++) total += Math.abs(effects[Math.floor(random() * n)]!);
      resampled[b] = total / n;
    }
    [muStarLow, muStarHigh] = percentileInterval(resampled);
  }
  return { factor, muStar: absolute / n, muStarLow, muStarHigh, mu, sigma, n };
}

/** Ranks by μ* (largest first; a factor without effects last), then by name. */
export function rankScreening(results: ScreeningResult[]): ScreeningResult[] {
  const key = (r: ScreeningResult) => (Number.isNaN(r.muStar) ? -Infinity : r.muStar);
  // Ties by name in code-unit order (localeCompare would depend on the engine's locale: files must not).
  return results.sort((a, b) => key(b) - key(a) || (a.factor < b.factor ? -1 : a.factor > b.factor ? 1 : 0));
}

/**
 * Elementary effects along Morris trajectories: between consecutive points, the one factor
 * that moved gives (y' − y) / (x' − x), x in the factor's scaled units (sim/sweep/factors.ts).
 * `coordinates[t][m]` and `response[t][m]` are point m of trajectory t. Returns each factor's effects.
 */
export function trajectoryEffects(
  factors: number,
  coordinates: readonly (readonly (readonly number[])[])[],
  response: readonly (readonly number[])[],
): number[][] {
  const effects = Array.from({ length: factors }, () => [] as number[]);
  coordinates.forEach((points, t) => {
    for (let m = 0; m + 1 < points.length; m++) {
      const here = points[m]!;
      const next = points[m + 1]!;
      for (let d = 0; d < factors; d++) {
        const step = next[d]! - here[d]!;
        if (step !== 0) effects[d]!.push((response[t]![m + 1]! - response[t]![m]!) / step);
      }
    }
  });
  return effects;
}

/** How a grid factor's levels are compared: numbers by value, anything else as categories. */
export type GridFactor = { name: string; levels: readonly unknown[] };

const isNumericFactor = (levels: readonly unknown[]) => levels.every((v) => typeof v === 'number' && Number.isFinite(v));

/**
 * Elementary effects on a full factorial grid (settings ordered with the first factor
 * varying slowest; `response[s]` the mean outcome of setting s). For a numeric factor,
 * each pair of settings that differ only by adjacent levels in value order gives
 * Δy / Δx, x = (value − min) / (max − min): the list's order does not matter. A factor
 * with two non-numeric levels (yes/no, two modes) is an indicator: Δy from the first
 * level to the second. A factor with more categories has no order, so each level is its
 * own indicator, `name=level`, whose effects are y(level) − y(other level) over every
 * other level (μ: how much better that level does than the others on average).
 */
export function gridEffects(factors: readonly GridFactor[], response: ArrayLike<number>): ScreeningResult[] {
  const counts = factors.map((f) => f.levels.length);
  const strides = new Array<number>(counts.length);
  let stride = 1;
  for (let f = counts.length - 1; f >= 0; f--) {
    strides[f] = stride;
    stride *= counts[f]!;
  }
  const results: ScreeningResult[] = [];
  factors.forEach((factor, f) => {
    const levels = factor.levels;
    const s = strides[f]!;
    // Settings where factor f is at level 0: every combination of the other factors.
    const bases: number[] = [];
    for (let index = 0; index < response.length; index++) if (Math.floor(index / s) % levels.length === 0) bases.push(index);
    const at = (base: number, level: number) => response[base + level * s]!;
    if (levels.length < 2) {
      results.push(screeningStatistics(factor.name, []));
    } else if (isNumericFactor(levels)) {
      const values = levels as readonly number[];
      const byValue = values.map((_, k) => k).sort((a, b) => values[a]! - values[b]!);
      const range = values[byValue[byValue.length - 1]!]! - values[byValue[0]!]!;
      const effects: number[] = [];
      for (const base of bases) {
        for (let k = 0; k + 1 < byValue.length; k++) {
          const lo = byValue[k]!;
          const hi = byValue[k + 1]!;
          effects.push((at(base, hi) - at(base, lo)) / ((values[hi]! - values[lo]!) / range));
        }
      }
      results.push(screeningStatistics(factor.name, effects));
    } else if (levels.length === 2) {
      results.push(
        screeningStatistics(
          factor.name,
          bases.map((base) => at(base, 1) - at(base, 0)),
        ),
      );
    } else {
      levels.forEach((level, j) => {
        const effects: number[] = [];
        for (const base of bases) for (let other = 0; other < levels.length; other++) if (other !== j) effects.push(at(base, j) - at(base, other));
        results.push(screeningStatistics(`${factor.name}=${typeof level === 'string' ? level : JSON.stringify(level)}`, effects));
      });
    }
  });
  return rankScreening(results);
}

export interface SobolResult {
  factor: string;
  /** First-order index S_i: the share of the output variance due to factor i alone. */
  first: number;
  firstLow: number;
  firstHigh: number;
  /** Total index S_Ti: the share due to factor i with all its interactions. */
  total: number;
  totalLow: number;
  totalHigh: number;
  /** Base samples N (the design evaluates N(k + 2) points). */
  n: number;
}

function jansen(yA: ArrayLike<number>, yB: ArrayLike<number>, yAB: ArrayLike<number>, rows: ArrayLike<number>): { first: number; total: number } {
  const n = rows.length;
  let sum = 0;
  for (let j = 0; j < n; j++) sum += yA[rows[j]!]! + yB[rows[j]!]!;
  const mean = sum / (2 * n);
  let variance = 0;
  let firstGap = 0;
  let totalGap = 0;
  for (let j = 0; j < n; j++) {
    const r = rows[j]!;
    variance += (yA[r]! - mean) ** 2 + (yB[r]! - mean) ** 2;
    firstGap += (yB[r]! - yAB[r]!) ** 2;
    totalGap += (yA[r]! - yAB[r]!) ** 2;
  }
  variance /= 2 * n - 1;
  if (!(variance > 0)) return { first: NaN, total: NaN };
  return { first: (variance - firstGap / (2 * n)) / variance, total: totalGap / (2 * n) / variance };
}

/**
 * Sobol indices from Saltelli's design with Jansen's estimators (Jansen 1999, as listed
 * in Saltelli et al. 2010, Table 2): with f(A), f(B) and f(A_B^(i)) (A with column i from B),
 *   V = Var over f(A) ∪ f(B),
 *   S_i  = [V − (1/2N) Σ (f(B) − f(A_B^(i)))²] / V,
 *   S_Ti = (1/2N) Σ (f(A) − f(A_B^(i)))² / V.
 * Percentile bootstrap 95% intervals resample the N rows (Archer, Saltelli & Sobol 1997).
 * A constant output has no variance to share: NaN.
 */
export function sobolIndices(
  names: readonly string[],
  yA: ArrayLike<number>,
  yB: ArrayLike<number>,
  yAB: readonly ArrayLike<number>[],
  bootstrap: number,
  random: Uniform,
): SobolResult[] {
  const n = yA.length;
  const all = Uint32Array.from({ length: n }, (_, j) => j);
  const resamples = Array.from({ length: bootstrap }, () => Uint32Array.from({ length: n }, () => Math.floor(random() * n)));
  return names.map((factor, i) => {
    const point = jansen(yA, yB, yAB[i]!, all);
    const firsts = new Float64Array(bootstrap);
    const totals = new Float64Array(bootstrap);
    resamples.forEach((rows, b) => {
      const estimate = jansen(yA, yB, yAB[i]!, rows);
      firsts[b] = estimate.first;
      totals[b] = estimate.total;
    });
    const usable = bootstrap > 0 && n > 1 && firsts.every((v) => !Number.isNaN(v));
    const [firstLow, firstHigh] = usable ? percentileInterval(firsts) : [NaN, NaN];
    const [totalLow, totalHigh] = usable ? percentileInterval(totals) : [NaN, NaN];
    return { factor, first: point.first, firstLow, firstHigh, total: point.total, totalLow, totalHigh, n };
  });
}
