/**
 * Every model constant is a scenario setting (`model.*`): settable from a file, from
 * `--set` and from a sweep, documented in both languages, bounded, and read by the engine
 * (changing it changes a run), so that the validation's robustness check never counts a
 * constant that does nothing as a perturbation the fact survived.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { modelConstantList, defaultModelSettings, modelValueAt } from '../../sim/scenario/modelConstants';
import { parseOverride, applyOverride } from '../../sim/scenario/overrides';
import { validateScenario } from '../../sim/scenario/parse';
import { planSweep } from '../../sim/sweep/plan';
import { sweepSchema } from '../../sim/sweep/schema';
import { createSimulation, type Scenario } from '../../sim/index';
import { perturbedValue } from '../../sim/validation/protocol';
import { scenarioFrom } from '../helpers/runs';

const CONSTANTS = modelConstantList();

/** Values other than the default, within bounds: ×1.5 and ×0.5 (as the robustness check tries them), or a step inside the range. */
function changedValues(path: string): number[] {
  const { constant } = CONSTANTS.find((c) => c.path === path)!;
  const values = [1.5, 0.5].map((factor) => perturbedValue(constant, constant.value, factor)).filter((v) => v !== constant.value);
  if (values.length > 0) return values;
  const step = constant.integer ? 1 : Math.min(0.05, (constant.max - constant.min) / 4);
  return [constant.value + step <= constant.max ? constant.value + step : constant.value - step];
}
const changedValue = (path: string) => changedValues(path)[0]!;

/** Scenarios that between them exercise every mechanism: each arrangement and governance mode, every instrument, a steward, a leader, every event, dissolution and re-formation. */
const EVENTS = [
  { at: 6, type: 'budget_cut', order: 'E' },
  { at: 8, type: 'crisis' },
  { at: 10, type: 'political_turnover' },
  { at: 14, type: 'leader_leaves' },
  { at: 16, type: 'absorption' },
  { at: 30, type: 'funding_ends' },
  // Deep enough to reach the budget floor.
  { at: 40, type: 'budget_cut', order: 'T', magnitude: 0.95 },
];
const exercise: Scenario[] = [
  { arrangement: 'informal', governance: 'shared', evaluation: 'linear', steward: false },
  { arrangement: 'agreement', governance: 'lead', evaluation: 'developmental', steward: true },
  { arrangement: 'committee', governance: 'nao', evaluation: 'linear', steward: true },
  { arrangement: 'joint_body', governance: 'shared', evaluation: 'linear', steward: true, participation: 'mandated' },
  { arrangement: 'joint_body', governance: 'lead', evaluation: 'developmental', steward: false },
  // Harsh: dissolves often, re-forms, members come and go.
  { arrangement: 'informal', governance: 'shared', evaluation: 'linear', steward: true, initial_members: 3 },
  // Large and shared: coordination reaches its ceiling.
  { arrangement: 'committee', governance: 'shared', evaluation: 'developmental', steward: true, initial_members: 40 },
].flatMap((action) =>
  [0.2, 0.8].map((specificity) =>
    scenarioFrom({
      ticks: 96,
      organisations: { count: action.initial_members === 40 ? { E: 20, P: 25, T: 40 } : { E: 8, P: 10, T: 14 } },
      action: {
        ...action,
        nao_capacity: 6,
        target_specificity: specificity,
        instruments: ['pooled_fund', 'shared_data', 'joint_planning', 'co_location'],
        leadership: 'facilitative',
        funding: { grant: 0.5, ends_at: 30 },
      },
      behaviour: { mentality: 'mixed', exit_rate: action.initial_members === 3 ? 0.3 : 0.07 },
      events: EVENTS,
      hazards: { budget_cut: 0.02, political_turnover: 0.03, leader_leaves: 0.02, crisis: 0.02, absorption: 0.01 },
    }),
  ),
);

function digest(scenario: Scenario): string {
  const hash = createHash('sha256');
  for (let seed = 1; seed <= 3; seed++) {
    const sim = createSimulation(scenario, seed);
    sim.run();
    for (const column of Object.values(sim.columns())) hash.update(new Uint8Array(column.buffer, column.byteOffset, column.byteLength));
    hash.update(JSON.stringify(sim.events()));
  }
  return hash.digest('hex');
}

describe('model constants as scenario settings', () => {
  it('every constant has a default within its bounds, a unit where it has one, and a meaning in English and French', () => {
    expect(CONSTANTS.length).toBeGreaterThan(90);
    for (const { path, constant } of CONSTANTS) {
      expect(constant.value, path).toBeGreaterThanOrEqual(constant.min);
      expect(constant.value, path).toBeLessThanOrEqual(constant.max);
      expect(constant.description.length, path).toBeGreaterThan(10);
      expect(constant.fr.length, path).toBeGreaterThan(10);
      expect(constant.fr, path).not.toBe(constant.description);
    }
  });

  it('a scenario without a model section holds every default', () => {
    const scenario = scenarioFrom({});
    expect(scenario.model).toEqual(defaultModelSettings());
  });

  it('every constant can be set with --set path=value and is validated like the file (bounds, type)', () => {
    for (const { path, constant } of CONSTANTS) {
      const value = changedValue(path);
      const override = parseOverride(`model.${path}=${value}`);
      expect('value' in override, path).toBe(true);
      if (!('value' in override)) continue;
      const result = validateScenario(applyOverride({}, override));
      expect(result.ok, path).toBe(true);
      if (result.ok) expect(modelValueAt(result.scenario.model, path)).toBe(value);
      const tooBig = parseOverride(`model.${path}=${constant.max + 1}`);
      if ('value' in tooBig) expect(validateScenario(applyOverride({}, tooBig)).ok, `${path} above its bound`).toBe(false);
    }
  });

  it('an unknown model path gets a did-you-mean', () => {
    const override = parseOverride('model.trust.gian=0.05');
    expect('value' in override).toBe(false);
    if (!('value' in override)) expect(override.expected).toContain('did you mean "gain"');
    const group = parseOverride('model.trusst.gain=0.05');
    if (!('value' in group)) expect(group.expected).toContain('did you mean "trust"');
  });

  it('a sweep can vary any constant', () => {
    const sweep = sweepSchema.parse({
      scenario: {},
      factors: { 'model.trust.loss': [0.04, 0.08, 0.12], 'model.formality.exit_cost': { from: 0.3, to: 0.9, steps: 3 } },
      replications: 2,
    });
    const planned = planSweep(sweep, {}, { name: 'sweep.json' });
    expect(planned.ok).toBe(true);
    if (planned.ok) {
      expect(planned.plan.settings).toHaveLength(9);
      expect(planned.plan.settings.map((s) => s.scenario.model.trust.loss)).toEqual([0.04, 0.04, 0.04, 0.08, 0.08, 0.08, 0.12, 0.12, 0.12]);
      expect(planned.plan.settings.map((s) => s.scenario.model.formality.exit_cost).slice(0, 3)).toEqual([0.3, 0.6, 0.9]);
    }
  });

  it('the engine reads every constant: changing it changes a run of at least one exercise scenario', () => {
    const baseline = exercise.map(digest);
    const dead: string[] = [];
    for (const { path } of CONSTANTS) {
      const changed = changedValues(path).some((value) =>
        exercise.some((scenario, k) => {
          const model = structuredClone(scenario.model) as unknown as Record<string, unknown>;
          const keys = path.split('.');
          let node = model;
          for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
          node[keys.at(-1)!] = value;
          return digest({ ...scenario, model: model as unknown as Scenario['model'] }) !== baseline[k];
        }),
      );
      if (!changed) dead.push(`${path} (set to ${changedValues(path).join(' or ')})`);
    }
    expect(dead, 'constants that change nothing in any exercise scenario').toEqual([]);
  }, 120_000);
});
