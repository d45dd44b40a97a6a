import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { createStreams, LANES, laneSeed, STREAM_NAMES, streamStateProblem } from '../../sim/rng';

/** The stream as defined: draw m is the next number of seedrandom's alea seeded for lane m mod LANES. */
function referenceStream(seed: number, name: (typeof STREAM_NAMES)[number]) {
  const lanes = Array.from({ length: LANES }, (_, l) => seedrandom.alea(laneSeed(seed, name, l)));
  let m = 0;
  return () => lanes[m++ % LANES]!();
}

describe('random streams', () => {
  it("are seedrandom's alea lanes taken in turn, bit for bit, one draw at a time and in bulk", () => {
    for (const seed of [1, 42, 2 ** 31 - 1]) {
      for (const name of STREAM_NAMES) {
        const reference = referenceStream(seed, name);
        const stream = createStreams(seed)[name];
        // Odd counts leave the next bulk fill starting in the middle of a round of lanes.
        for (let k = 0; k < 7; k++) expect(stream.uniform()).toBe(reference());
        for (const count of [1000, 3, 0, 17, 64]) {
          const bulk = new Float64Array(count);
          stream.fill(bulk, count);
          for (let k = 0; k < count; k++) expect(bulk[k]).toBe(reference());
        }
        expect(stream.uniform()).toBe(reference());
      }
    }
  });
  it('draw uniforms in [0, 1) with the moments of the uniform distribution', () => {
    const n = 400_000;
    const draws = new Float64Array(n);
    createStreams(9).decisions.fill(draws, n);
    let sum = 0;
    let sumSquares = 0;
    let lagProduct = 0;
    let outside = 0;
    for (let k = 0; k < n; k++) {
      if (!(draws[k]! >= 0 && draws[k]! < 1)) outside++;
      sum += draws[k]!;
      sumSquares += draws[k]! ** 2;
      if (k > 0) lagProduct += (draws[k]! - 0.5) * (draws[k - 1]! - 0.5);
    }
    expect(outside).toBe(0);
    // Standard errors: mean 0.00046, variance 0.00014, lag-1 covariance 0.00013 (in units of 1/12).
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.002);
    expect(Math.abs(sumSquares / n - (sum / n) ** 2 - 1 / 12)).toBeLessThan(0.0006);
    expect(Math.abs(lagProduct / (n - 1))).toBeLessThan(0.0006);
  });
  it('save and restore their state, mid-round included', () => {
    const stream = createStreams(7).decisions;
    stream.fill(new Float64Array(123), 123);
    const saved = structuredClone(stream.state());
    expect(saved.next).toBe(123 % LANES);
    expect(streamStateProblem(saved)).toBeUndefined();
    const restored = createStreams(7, { decisions: saved }).decisions;
    const a = new Float64Array(50);
    const b = new Float64Array(50);
    restored.fill(a, 50);
    stream.fill(b, 50);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(restored.normal()).toBe(stream.normal());
  });
  it('name what a malformed saved state should be', () => {
    const good = createStreams(1).init.state();
    expect(streamStateProblem({ ...good, next: LANES })).toMatch(/next: a lane 0–3/);
    expect(streamStateProblem({ ...good, lanes: good.lanes.slice(1) })).toMatch(/4 generator states/);
    expect(streamStateProblem({ c: 1, s0: 0.1, s1: 0.2, s2: 0.3 })).toBeDefined();
    expect(streamStateProblem(null)).toBeDefined();
  });
  it('streams of one run are independent: drawing from one never shifts another', () => {
    const a = createStreams(3);
    const b = createStreams(3);
    a.decisions.fill(new Float64Array(10_001), 10_001);
    expect(a.shocks.uniform()).toBe(b.shocks.uniform());
    expect(a.population.normal()).toBe(b.population.normal());
  });
});
