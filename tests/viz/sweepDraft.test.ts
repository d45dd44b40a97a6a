/**
 * The analyst's form to the command line's sweep object: factors from the schema, values
 * as typed (lists, ranges, choices), problems named per factor, and ranges expanded
 * exactly as the command line expands them.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  DEFAULT_METRICS,
  METRIC_CHOICES,
  factorValues,
  rangeLevels,
  readList,
  readNumber,
  sweepFromDraft,
  type SweepDraft,
} from '../../viz/app/analysis/draft';
import { factorSpecs } from '../../viz/app/analysis/factors';
import { gridLevels as expandLevels } from '../../sim/sweep/designs';
import { sweepSchema, TICK_METRICS } from '../../sim/sweep/schema';

const scenario = JSON.parse(readFileSync('scenarios/default.json', 'utf8')) as Record<string, unknown>;
const draft = (changes: Partial<SweepDraft> = {}): SweepDraft => ({
  title: ' Steward × facilitative leadership, classroom baseline ',
  design: { type: 'grid', size: '', extras: {} },
  scenario,
  factors: [
    { path: 'action.steward', kind: 'choice', options: [false, true], chosen: [true, true] },
    { path: 'action.leadership', kind: 'choice', options: ['none', 'facilitative'], chosen: [true, true] },
  ],
  replications: '50',
  seedPolicy: 'paired',
  seedBase: '1',
  ticks: '',
  metrics: DEFAULT_METRICS,
  ...changes,
});

describe('sweep definition from the form', () => {
  it('gives the sweep of scenarios/sweeps/governance-2x2.json, with the scenario inline', () => {
    const result = sweepFromDraft(draft());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const file = JSON.parse(readFileSync('scenarios/sweeps/governance-2x2.json', 'utf8')) as Record<string, unknown>;
    const { $schema: _, ...expected } = file;
    expect(result.sweep).toEqual({ ...expected, scenario });
    expect([result.settings, result.runs]).toEqual([4, 200]);
    expect(sweepSchema.safeParse(result.sweep).success).toBe(true);
  });

  it('offers the sweep schema’s metrics, its defaults first, and every main setting but lists as factors', () => {
    expect(METRIC_CHOICES.slice(0, DEFAULT_METRICS.length)).toEqual(sweepSchema.parse({ scenario: {} }).metrics);
    expect([...METRIC_CHOICES].sort()).toEqual([...TICK_METRICS].sort());
    const specs = factorSpecs();
    expect(specs.filter((s) => s.main).map((s) => s.path)).not.toContain('action.instruments');
    expect(specs.find((s) => s.path === 'action.steward')).toMatchObject({ control: { kind: 'boolean' }, main: true });
    expect(specs.find((s) => s.path === 'behaviour.exit_rate')).toMatchObject({ control: { kind: 'number', integer: false, min: 0, max: 1 }, main: false });
    expect(specs.some((s) => s.path.startsWith('meta.') || s.path === 'events' || s.path === 'organisations.list')).toBe(false);
  });

  it('reads numbers as typed, with a decimal comma, and lists separated by spaces or semicolons', () => {
    expect([readNumber('0,5'), readNumber(' 12 '), readNumber('1e-3'), readNumber('1,2,3'), readNumber('')]).toEqual([0.5, 12, 0.001, undefined, undefined]);
    expect(readList('0.02, 0.05;0.1  0,2')).toEqual({ values: [0.02, 0.05, 0.1, 0.2] });
    expect(readList('2 trois')).toEqual({ bad: 'trois' });
  });

  it('expands a range exactly as the command line does', () => {
    for (const range of [
      { from: 0.02, to: 0.1, steps: 5, integer: false },
      { from: 0, to: 1, steps: 11, integer: false },
      { from: 10, to: 100, steps: 4, integer: true },
    ]) {
      expect(rangeLevels(range)).toEqual(expandLevels(range));
    }
    expect(factorValues({ path: 'behaviour.exit_rate', kind: 'range', from: '0,02', to: '0.1', steps: '5', integer: false })).toEqual({
      ok: true,
      values: { from: 0.02, to: 0.1, steps: 5, integer: false },
      levels: [0.02, 0.04, 0.06, 0.08, 0.1],
    });
  });

  it('names every problem it can see, factor by factor', () => {
    const result = sweepFromDraft(
      draft({
        factors: [
          { path: 'action.steward', kind: 'choice', options: [false, true], chosen: [false, false] },
          { path: 'behaviour.exit_rate', kind: 'list', text: '0.1 x' },
          { path: 'ticks', kind: 'range', from: '12', to: '', steps: '3', integer: true },
          { path: 'action.steward', kind: 'choice', options: [false, true], chosen: [true, true] },
        ],
        replications: '0',
        seedBase: '-1',
        ticks: '12.5',
        metrics: [],
      }),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { kind: 'noValues', path: 'action.steward' },
        { kind: 'badNumber', path: 'behaviour.exit_rate', text: 'x' },
        { kind: 'badRange', path: 'ticks' },
        { kind: 'duplicate', path: 'action.steward' },
        { kind: 'replications' },
        { kind: 'seedBase' },
        { kind: 'ticks' },
        { kind: 'noMetrics' },
      ],
    });
  });
});

describe('sampling designs from the form', () => {
  const loss = { path: 'model.trust.loss', kind: 'range' as const, from: '0.1', to: '0,6', steps: '', integer: false };
  const steward = { path: 'action.steward', kind: 'choice' as const, options: [false, true], chosen: [true, true] };

  it('writes ranges without steps and counts the design’s settings as the command line plans them', async () => {
    const { planSweep } = await import('../../sim/sweep/plan');
    for (const [type, size, settings] of [
      ['morris', '5', 15],
      ['sobol', '8', 32],
      ['latin_hypercube', '', 50],
    ] as const) {
      const result = sweepFromDraft(draft({ design: { type, size, extras: { seed: 3 } }, factors: [loss, steward], replications: '2' }));
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.sweep.factors['model.trust.loss']).toEqual({ from: 0.1, to: 0.6, integer: false });
      expect(result.sweep.design).toMatchObject({ type, seed: 3 });
      expect(result.settings).toBe(settings);
      expect(result.runs).toBe(settings * 2);
      const parsed = sweepSchema.parse(result.sweep);
      const plan = planSweep(parsed, scenario, { name: 'form' });
      expect(plan.ok && plan.plan.settings.length).toBe(settings);
    }
  });

  it('names a bad size and a range without ends, and leaves a grid sweep without a design field', () => {
    const bad = sweepFromDraft(draft({ design: { type: 'sobol', size: '1', extras: {} }, factors: [{ ...loss, to: '' }] }));
    expect(bad.ok ? [] : bad.problems.map((p) => p.kind)).toEqual(['badBounds', 'designSize']);
    const grid = sweepFromDraft(draft());
    expect(grid.ok && 'design' in grid.sweep).toBe(false);
  });
});
