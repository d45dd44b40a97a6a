import { describe, expect, it } from 'vitest';
import { NUMERIC_COLUMNS, runScenario } from '../../sim/index';
import { defaultWith } from '../helpers/runs';

describe('numerical safety', () => {
  it('produces no NaN or infinite value in any column over 1,000 seeds of the default scenario', () => {
    const scenario = defaultWith();
    const bad: string[] = [];
    let rows = 0;
    for (let seed = 1; seed <= 1000; seed++) {
      const { columns, summary } = runScenario(scenario, seed);
      for (const name of NUMERIC_COLUMNS) {
        const values = columns[name];
        rows += name === 'tick' ? values.length : 0;
        for (let k = 0; k < values.length; k++) {
          if (!Number.isFinite(values[k]!)) bad.push(`seed ${seed} ${name}[${k}] = ${values[k]}`);
        }
      }
      for (const [key, value] of Object.entries(summary)) {
        if (typeof value === 'number' && !Number.isFinite(value)) bad.push(`seed ${seed} summary.${key} = ${value}`);
      }
    }
    expect(rows).toBe(120_000);
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('keeps its invariants: members within organisations, shares in [0, 1], counts consistent', () => {
    const scenario = defaultWith({ hazards: { absorption: 0.05, budget_cut: 0.05, crisis: 0.05 } });
    for (let seed = 1; seed <= 100; seed++) {
      const { columns: c } = runScenario(scenario, seed);
      let previous = 10;
      for (let k = 0; k < c.tick.length; k++) {
        expect(c.members[k]).toBe(c.members_E[k]! + c.members_P[k]! + c.members_T[k]!);
        expect(c.members[k]).toBeLessThanOrEqual(60);
        expect(c.members[k]).toBe(previous + c.joins[k]! - c.leaves[k]!);
        previous = c.members[k]!;
        for (const share of [c.trust_mean[k]!, c.coordination_cost_share[k]!, c.population_outcome[k]!, c.population_outcome_counterfactual[k]!]) {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
        }
        expect(c.alive[k] === 1 ? c.members[k]! >= 2 : c.members[k] === 0).toBe(true);
      }
    }
  });
});
