import { describe, expect, it } from 'vitest';
import { createSimulation, restoreSimulation, runScenario, toCsv } from '../../sim/index';
import { defaultWith } from '../helpers/runs';

const randomShocks = (scenario: ReturnType<typeof defaultWith>, seed: number) =>
  runScenario(scenario, seed)
    .events.filter((e) => e.source === 'random')
    .map((e) => `${e.tick}:${e.type}${e.order ? `:${e.order}` : ''}`);

describe('determinism', () => {
  it('gives identical columns and events for the same scenario and seed', () => {
    const scenario = defaultWith();
    const a = runScenario(scenario, 42);
    const b = runScenario(scenario, 42);
    expect(toCsv(b.columns, b.events)).toBe(toCsv(a.columns, a.events));
    expect(b.summary).toEqual(a.summary);
  });

  it('gives different runs for different seeds', () => {
    const scenario = defaultWith();
    expect(toCsv(runScenario(scenario, 1).columns, [])).not.toBe(toCsv(runScenario(scenario, 2).columns, []));
  });

  it('does not depend on how the run is sliced into ticks', () => {
    const scenario = defaultWith();
    const sim = createSimulation(scenario, 7);
    for (let k = 0; k < scenario.ticks; k++) sim.tick();
    const whole = runScenario(scenario, 7);
    expect(Array.from(sim.columns().collective_effectiveness)).toEqual(Array.from(whole.columns.collective_effectiveness));
  });

  it('keeps the months of random shocks when governance, leadership or the steward change (common random numbers)', () => {
    const variants = [
      {},
      { action: { governance: 'nao' } },
      { action: { governance: 'lead' } },
      { action: { leadership: 'facilitative' } },
      { action: { steward: true } },
      { action: { governance: 'nao', leadership: 'facilitative', steward: true } },
    ].map((changes) => defaultWith({ ...changes, hazards: { budget_cut: 0.02, crisis: 0.02, absorption: 0.01 } }));
    let shocksSeen = 0;
    let membershipDiffers = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const reference = randomShocks(variants[0]!, seed);
      shocksSeen += reference.length;
      for (const variant of variants.slice(1)) expect(randomShocks(variant, seed)).toEqual(reference);
      const base = runScenario(variants[0]!, seed).summary.mean_members;
      if (runScenario(variants[5]!, seed).summary.mean_members !== base) membershipDiffers++;
    }
    // The comparison means something only if shocks fired and the settings did change the runs.
    expect(shocksSeen).toBeGreaterThan(50);
    expect(membershipDiffers).toBeGreaterThan(15);
  });
});

describe('checkpoint and restore', () => {
  it('continues a run exactly: restored mid-run (with a live event pending) it ends as the uninterrupted run', () => {
    const scenario = defaultWith({ hazards: { budget_cut: 0.02, crisis: 0.02, absorption: 0.01 }, action: { leadership: 'facilitative' } });
    for (const seed of [1, 2, 3]) {
      const whole = createSimulation(scenario, seed);
      whole.run(37);
      whole.inject({ type: 'budget_cut', order: 'T', magnitude: 0.3 });
      // Through a structured clone, as when the checkpoint crosses threads or is stored.
      const saved = structuredClone(whole.checkpoint());
      whole.run();
      const restored = restoreSimulation(scenario, saved);
      expect(restored.tickCount).toBe(37);
      restored.run();
      expect(toCsv(restored.columns(), restored.events())).toBe(toCsv(whole.columns(), whole.events()));
      expect(restored.events().some((e) => e.source === 'live' && e.tick === 38)).toBe(true);
    }
  });
});
