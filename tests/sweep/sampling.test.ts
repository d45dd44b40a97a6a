import { describe, expect, it } from 'vitest';
import { designRandom, latinHypercube, saltelliMatrices } from '../../sim/sweep/sampling';
import { sobolPoints } from '../../sim/sweep/sobolSequence';

describe('Sobol sequence', () => {
  it("gives scipy's unscrambled points (scipy.stats.qmc.Sobol(12, scramble=False))", () => {
    const points = sobolPoints(16, 12);
    const row = (p: number) => Array.from(points.subarray(p * 12, p * 12 + 12));
    // From scipy 1.17: qmc.Sobol(12, scramble=False).random(16)[[0, 3, 9, 15]].
    expect(row(0)).toEqual(new Array(12).fill(0));
    expect(row(3)).toEqual([0.25, 0.75, 0.75, 0.75, 0.25, 0.25, 0.75, 0.25, 0.25, 0.25, 0.25, 0.25]);
    expect(row(9)).toEqual([0.6875, 0.8125, 0.4375, 0.9375, 0.0625, 0.8125, 0.9375, 0.4375, 0.4375, 0.8125, 0.1875, 0.5625]);
    expect(row(15)).toEqual([0.0625, 0.9375, 0.5625, 0.3125, 0.6875, 0.1875, 0.8125, 0.3125, 0.3125, 0.6875, 0.0625, 0.1875]);
    // qmc.Sobol(64, scramble=False).random(1024): point 1023, every 7th dimension, and the sum of all.
    const many = sobolPoints(1024, 64);
    expect(Array.from(many.subarray(1023 * 64)).filter((_, d) => d % 7 === 0)).toEqual([
      0.0009765625, 0.6181640625, 0.3623046875, 0.0185546875, 0.8408203125, 0.8642578125, 0.9287109375, 0.8232421875, 0.7978515625, 0.0400390625,
    ]);
    expect(many.reduce((a, b) => a + b, 0)).toBe(32736);
  });

  it('keeps one point per interval of width 1/2^m in every dimension after a digital shift', () => {
    const shifts = Array.from({ length: 10 }, (_, d) => (d * 2654435761) % 2 ** 30);
    const points = sobolPoints(64, 10, shifts);
    for (let d = 0; d < 10; d++) {
      const cells = new Set<number>();
      for (let p = 0; p < 64; p++) cells.add(Math.floor(points[p * 10 + d]! * 64));
      expect(cells.size).toBe(64);
    }
  });

  it('refuses more dimensions than tabulated', () => {
    expect(() => sobolPoints(4, 65)).toThrow(/at most 64 dimensions/);
  });
});

describe('Latin hypercube', () => {
  it('puts exactly one point in each of the n strata of every dimension, reproducibly', () => {
    const points = latinHypercube(50, 4, designRandom(3, 'lhs'));
    for (let d = 0; d < 4; d++) expect(new Set(points.map((p) => Math.floor(p[d]! * 50))).size).toBe(50);
    expect(latinHypercube(50, 4, designRandom(3, 'lhs'))).toEqual(points);
    expect(latinHypercube(50, 4, designRandom(4, 'lhs'))).not.toEqual(points);
  });
});

describe("Saltelli's matrices", () => {
  it('draw A and B from one low-discrepancy sequence, changing with the seed', () => {
    const { a, b } = saltelliMatrices(32, 3, designRandom(1, 'sobol-sample'));
    expect(a).toHaveLength(32);
    expect(b[0]).toHaveLength(3);
    for (let d = 0; d < 3; d++) expect(new Set(a.map((p) => Math.floor(p[d]! * 32))).size).toBe(32);
    expect(saltelliMatrices(32, 3, designRandom(2, 'sobol-sample')).a).not.toEqual(a);
  });
});
