/**
 * Sensitivity estimators against functions whose indices are known analytically: the
 * Ishigami function (Ishigami & Homma 1990; indices in Saltelli et al. 2008, §4.6) and
 * Sobol's g-function (Saltelli & Sobol 1995), and exact Morris screening by enumerating the
 * grid the trajectories walk on.
 */
import { describe, expect, it } from 'vitest';
import { designRandom, designSpread, morrisDelta, morrisDesign, saltelliMatrices, type Trajectory } from '../../sim/sweep/sampling';
import { gridEffects, screeningStatistics, sobolIndices, trajectoryEffects } from '../../sim/sweep/sensitivity';

const ishigami = ([x1, x2, x3]: number[]) => {
  const [a, b, c] = [x1!, x2!, x3!].map((u) => -Math.PI + 2 * Math.PI * u) as [number, number, number];
  return Math.sin(a) + 7 * Math.sin(b) ** 2 + 0.1 * c ** 4 * Math.sin(a);
};
const G_A = [0, 1, 4.5, 9, 99, 99, 99, 99];
const gFunction = (x: number[]) => x.reduce((product, u, i) => product * ((Math.abs(4 * u - 2) + G_A[i]!) / (1 + G_A[i]!)), 1);

function gAnalytic(): { first: number[]; total: number[] } {
  const partial = G_A.map((a) => 1 / (3 * (1 + a) ** 2));
  const variance = partial.reduce((p, v) => p * (1 + v), 1) - 1;
  return {
    first: partial.map((v) => v / variance),
    total: partial.map((v, i) => (v * partial.reduce((p, w, j) => (j === i ? p : p * (1 + w)), 1)) / variance),
  };
}

/** Runs Saltelli's design on f: f(A), f(B), f(A_B^(i)). */
function saltelliResponses(f: (x: number[]) => number, n: number, k: number, seed = 1) {
  const { a, b } = saltelliMatrices(n, k, designRandom(seed, 'sobol-sample'));
  const yA = a.map(f);
  const yB = b.map(f);
  const yAB = Array.from({ length: k }, (_, i) => a.map((row, j) => f(row.map((v, d) => (d === i ? b[j]![d]! : v)))));
  return { yA, yB, yAB };
}

describe('Sobol indices (Saltelli sampling, Jansen estimators)', () => {
  it('recover the Ishigami indices (S1 .314 .442 0; ST .558 .442 .244) within 0.02 at N = 8192', () => {
    const { yA, yB, yAB } = saltelliResponses(ishigami, 8192, 3);
    const indices = sobolIndices(['x1', 'x2', 'x3'], yA, yB, yAB, 200, designRandom(1, 'bootstrap'));
    const first = [0.3139, 0.4424, 0];
    const total = [0.5576, 0.4424, 0.2437];
    indices.forEach((index, i) => {
      expect(Math.abs(index.first - first[i]!)).toBeLessThan(0.02);
      expect(Math.abs(index.total - total[i]!)).toBeLessThan(0.02);
      expect(index.firstLow).toBeLessThanOrEqual(index.first);
      expect(index.firstHigh).toBeGreaterThanOrEqual(index.first);
    });
  });

  it('recover the g-function indices (a = 0, 1, 4.5, 9, 99 × 4) within 0.02, and the bootstrap intervals cover them', () => {
    const { yA, yB, yAB } = saltelliResponses(gFunction, 4096, 8);
    const indices = sobolIndices(
      G_A.map((_, i) => `x${i + 1}`),
      yA,
      yB,
      yAB,
      500,
      designRandom(2, 'bootstrap'),
    );
    const exact = gAnalytic();
    expect(exact.first[0]).toBeCloseTo(0.7162, 3); // the published value for x1 (Saltelli et al. 2010, Table 3)
    let covered = 0;
    indices.forEach((index, i) => {
      expect(Math.abs(index.first - exact.first[i]!)).toBeLessThan(0.02);
      expect(Math.abs(index.total - exact.total[i]!)).toBeLessThan(0.02);
      if (index.totalLow <= exact.total[i]! && exact.total[i]! <= index.totalHigh) covered++;
      if (index.firstLow <= exact.first[i]! && exact.first[i]! <= index.firstHigh) covered++;
    });
    expect(covered).toBeGreaterThanOrEqual(14); // of 16 intervals at 95%
  });

  it('narrow their bootstrap intervals as N grows, and give NaN for a constant output', () => {
    const width = (n: number) => {
      const { yA, yB, yAB } = saltelliResponses(ishigami, n, 3, 5);
      const [x1] = sobolIndices(['x1', 'x2', 'x3'], yA, yB, yAB, 300, designRandom(5, 'bootstrap'));
      return x1!.totalHigh - x1!.totalLow;
    };
    expect(width(4096)).toBeLessThan(width(256) / 2);
    const flat = sobolIndices(['x'], [1, 1, 1], [1, 1, 1], [[1, 1, 1]], 50, designRandom(1, 'b'));
    expect(flat[0]!.first).toBeNaN();
    expect(flat[0]!.total).toBeNaN();
  });
});

/** Exact Morris μ* of factor i: the mean |f(x + Δe_i) − f(x)| / Δ over the p-level grid points the design starts a step from (all equally likely). */
function exactMuStar(f: (x: number[]) => number, k: number, levels: number, i: number): number {
  const delta = morrisDelta(levels);
  const grid = Array.from({ length: levels }, (_, j) => j / (levels - 1));
  let total = 0;
  let count = 0;
  const visit = (x: number[]) => {
    if (x.length === k) {
      if (x[i]! + delta > 1 + 1e-12) return;
      const up = x.slice();
      up[i] = x[i]! + delta;
      total += Math.abs(f(up) - f(x)) / delta;
      count++;
      return;
    }
    for (const g of grid) visit([...x, g]);
  };
  visit([]);
  return total / count;
}

function morris(f: (x: number[]) => number, r: number, k: number, levels: number, candidates = 0, seed = 1) {
  const trajectories = morrisDesign(r, k, levels, candidates, designRandom(seed, 'morris'));
  const effects = trajectoryEffects(
    k,
    trajectories.map((t) => t.points),
    trajectories.map((t) => t.points.map(f)),
  );
  return { trajectories, effects };
}

describe('Morris screening with trajectories', () => {
  it('walks the p-level grid: each step moves one factor by ±Δ, every point within [0, 1]', () => {
    const { trajectories } = morris(ishigami, 50, 5, 6);
    const delta = morrisDelta(6);
    for (const t of trajectories) {
      expect(t.points).toHaveLength(6);
      expect([...t.order].sort()).toEqual([0, 1, 2, 3, 4]);
      for (let m = 0; m < 5; m++) {
        const moved = t.points[m + 1]!.map((v, d) => v - t.points[m]![d]!);
        expect(moved.filter((v) => Math.abs(v) > 1e-12)).toHaveLength(1);
        expect(Math.abs(moved[t.order[m]!]!)).toBeCloseTo(delta, 12);
      }
      for (const p of t.points) for (const v of p) expect(v * 5).toBeCloseTo(Math.round(v * 5), 9);
    }
  });

  it('gives a linear function its coefficients exactly (μ = μ* = |c|, σ = 0)', () => {
    const c = [3, -1, 0.5, 0];
    const { effects } = morris((x) => x.reduce((s, v, i) => s + c[i]! * v, 0), 10, 4, 4);
    effects.forEach((e, i) => {
      const s = screeningStatistics(`x${i}`, e);
      expect(s.mu).toBeCloseTo(c[i]!, 12);
      expect(s.muStar).toBeCloseTo(Math.abs(c[i]!), 12);
      expect(s.sigma).toBeCloseTo(0, 12);
      expect(s.n).toBe(10);
    });
  });

  it('estimate the exact μ* of the Ishigami function (grid enumeration) within 5% with 2,000 trajectories, the interval covering it', () => {
    const { effects } = morris(ishigami, 2000, 3, 4);
    effects.forEach((e, i) => {
      const exact = exactMuStar(ishigami, 3, 4, i);
      const s = screeningStatistics(`x${i}`, e, 500, designRandom(3, 'bootstrap'));
      expect(Math.abs(s.muStar - exact) / exact).toBeLessThan(0.05);
      expect(s.muStarLow).toBeLessThanOrEqual(exact + 1e-12);
      expect(s.muStarHigh).toBeGreaterThanOrEqual(exact - 1e-12);
    });
  });

  it('rank the g-function factors by importance (a = 0 first, the a = 99 factors last)', () => {
    const { effects } = morris(gFunction, 40, 8, 4, 400);
    const muStar = effects.map((e) => screeningStatistics('x', e).muStar);
    expect(muStar[0]).toBeGreaterThan(muStar[1]!);
    expect(muStar[1]).toBeGreaterThan(muStar[2]!);
    expect(muStar[2]).toBeGreaterThan(muStar[3]!);
    for (let i = 4; i < 8; i++) expect(muStar[i]).toBeLessThan(muStar[3]!);
  });

  it("Campolongo's selection spreads the trajectories more than random ones (same count)", () => {
    const spread = (candidates: number) => designSpread(morrisDesign(10, 6, 4, candidates, designRandom(7, 'morris')) as Trajectory[]);
    expect(spread(200)).toBeGreaterThan(spread(0) * 1.05);
  });

  it('leaves what cannot be estimated empty: no effect, no μ; one effect, no σ nor interval', () => {
    expect(screeningStatistics('x', [])).toMatchObject({ n: 0, muStar: NaN, mu: NaN, sigma: NaN });
    const one = screeningStatistics('x', [2], 100, designRandom(1, 'b'));
    expect(one).toMatchObject({ n: 1, muStar: 2, mu: 2 });
    expect(one.sigma).toBeNaN();
    expect(one.muStarLow).toBeNaN();
  });
});

describe('elementary effects on a full grid', () => {
  it('ranks factors of y = 3a + b (a, b in [0, 1]) with exact effects', () => {
    // Settings ordered with the first factor slowest: (a, b) = (0,0) (0,0.5) (0,1) (1,0) (1,0.5) (1,1).
    const effects = gridEffects(
      [
        { name: 'a', levels: [0, 1] },
        { name: 'b', levels: [0, 0.5, 1] },
      ],
      [0, 0.5, 1, 3, 3.5, 4],
    );
    expect(effects.map((e) => e.factor)).toEqual(['a', 'b']);
    expect(effects[0]).toMatchObject({ muStar: 3, mu: 3, sigma: 0, n: 3 });
    expect(effects[1]).toMatchObject({ muStar: 1, mu: 1, sigma: 0, n: 4 });
  });

  it('scales numeric levels by value, not position: ties [2, 3, 8] on y = ties', () => {
    // y = ties, over ties in [2, 8]: each effect is Δy / (Δties / 6) = 6, whatever the spacing or the list's order.
    for (const levels of [
      [2, 3, 8],
      [8, 2, 3],
    ]) {
      const [effect] = gridEffects([{ name: 'ties', levels }], levels);
      expect(effect).toMatchObject({ factor: 'ties', muStar: 6, mu: 6, sigma: 0, n: 2 });
    }
  });

  it('keeps opposite effects from cancelling in μ*', () => {
    const a = gridEffects(
      [
        { name: 'a', levels: [0, 1] },
        { name: 'b', levels: [0, 1] },
      ],
      [0, 1, 1, 0],
    ).find((e) => e.factor === 'a')!;
    expect(a.mu).toBe(0);
    expect(a.muStar).toBe(1);
  });

  it('gives each level of an unordered factor its own indicator, whatever the list order', () => {
    const y: Record<string, number> = { shared: 1, lead: 2, nao: 6 };
    const rows = (order: string[]) =>
      Object.fromEntries(
        gridEffects(
          [{ name: 'g', levels: order }],
          order.map((mode) => y[mode]!),
        ).map((e) => [e.factor, [e.mu, e.muStar, e.n]]),
      );
    const expected = { 'g=nao': [4.5, 4.5, 2], 'g=lead': [-1.5, 2.5, 2], 'g=shared': [-3, 3, 2] };
    expect(rows(['shared', 'lead', 'nao'])).toEqual(expected);
    expect(rows(['nao', 'shared', 'lead'])).toEqual(expected);
  });

  it('leaves a factor with a single level without effects (empty, not zero)', () => {
    const [only] = gridEffects([{ name: 'a', levels: [1] }], [5]);
    expect(only!.n).toBe(0);
    expect(only!.muStar).toBeNaN();
  });
});
