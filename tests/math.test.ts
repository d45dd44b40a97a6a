import { describe, expect, it } from 'vitest';
import { cosTurns, exp, log, pow, powInt } from '../sim/math';
import { createStreams } from '../sim/rng';

describe('deterministic elementary functions (sim/math.ts)', () => {
  it('agree with the platform to within 2 ulp on 100,000 random arguments', () => {
    const u = createStreams(7).init.uniform;
    for (let k = 0; k < 100_000; k++) {
      const x = (u() - 0.5) * 80;
      expect(Math.abs(exp(x) - Math.exp(x))).toBeLessThanOrEqual(2 * Number.EPSILON * Math.exp(x));
      const y = u() * 1e4 + 1e-12;
      expect(Math.abs(log(y) - Math.log(y))).toBeLessThanOrEqual(2 * Number.EPSILON * Math.max(1, Math.abs(Math.log(y))));
      const t = u();
      expect(Math.abs(cosTurns(t) - Math.cos(2 * Math.PI * t))).toBeLessThan(1e-13);
    }
  });
  it('handle the edges', () => {
    expect(exp(0)).toBe(1);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(1000)).toBe(Infinity);
    expect(exp(NaN)).toBeNaN();
    expect(log(1)).toBe(0);
    expect(log(0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(5e-324)).toBeCloseTo(-744.44007192138, 9);
    expect(cosTurns(0)).toBe(1);
    expect(cosTurns(0.5)).toBe(-1);
    expect(Math.abs(cosTurns(0.25))).toBeLessThan(1e-16);
    expect(powInt(0.96, 5)).toBeCloseTo(0.8153726976, 15);
    expect(powInt(3, 0)).toBe(1);
    expect(pow(0.25, 1.5)).toBeCloseTo(0.125, 15);
    expect(pow(0, 1.5)).toBe(0);
  });
});
