import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { createStreams, STREAM_NAMES } from '../../sim/rng';

describe('random streams', () => {
  it("give seedrandom's alea numbers bit for bit, one at a time and in bulk", () => {
    for (const seed of [1, 42, 2 ** 31 - 1]) {
      for (const name of STREAM_NAMES) {
        const reference = seedrandom.alea(`interstice:${seed}:${name}`);
        const stream = createStreams(seed)[name];
        const bulk = new Float64Array(1000);
        for (let k = 0; k < 500; k++) expect(stream.uniform()).toBe(reference());
        stream.fill(bulk, 1000);
        for (let k = 0; k < 1000; k++) expect(bulk[k]).toBe(reference());
        expect(stream.uniform()).toBe(reference());
      }
    }
  });
  it('save and restore their state in seedrandom\'s format', () => {
    const stream = createStreams(7).decisions;
    stream.fill(new Float64Array(123), 123);
    const saved = stream.state();
    const reference = seedrandom.alea('', { state: saved });
    const restored = createStreams(7, { decisions: saved }).decisions;
    const a = new Float64Array(50);
    restored.fill(a, 50);
    for (let k = 0; k < 50; k++) expect(a[k]).toBe(reference());
    stream.fill(new Float64Array(50), 50);
    expect(restored.uniform()).toBe(stream.uniform());
  });
  it('streams of one run are independent: drawing from one never shifts another', () => {
    const a = createStreams(3);
    const b = createStreams(3);
    a.decisions.fill(new Float64Array(10_000), 10_000);
    expect(a.shocks.uniform()).toBe(b.shocks.uniform());
    expect(a.population.normal()).toBe(b.population.normal());
  });
});
