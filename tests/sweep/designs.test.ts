/**
 * Sweep designs as analysts write them: what each is refused for (before any run), the
 * settings each plans, and the files a real `sim sweep` writes for them, the same with
 * one worker as merged from shards.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planSweep, type SweepPlan } from '../../sim/sweep/plan';
import { sweepSchema } from '../../sim/sweep/schema';
import type { ScenarioIssue } from '../../sim/scenario/issues';

const ROOT = new URL('../..', import.meta.url).pathname;
const BASE = JSON.parse(readFileSync(join(ROOT, 'scenarios/default.json'), 'utf8')) as unknown;

function plan(sweep: Record<string, unknown>): { ok: true; plan: SweepPlan } | { ok: false; issues: ScenarioIssue[] } {
  const parsed = sweepSchema.safeParse({ scenario: 'x.json', ...sweep });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return planSweep(parsed.data, BASE, { name: 'sweep.json' });
}
function refused(sweep: Record<string, unknown>): ScenarioIssue[] {
  const result = plan(sweep);
  if (result.ok) throw new Error('expected the sweep to be refused');
  return result.issues;
}
function planned(sweep: Record<string, unknown>): SweepPlan {
  const result = plan(sweep);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.plan;
}

const LOSS = 'model.trust.loss';
const STEWARD = 'action.steward';

describe('design problems are refused at planning, naming the field', () => {
  it('a grid range whose integer rounding repeats values (9 to 11 in 5 steps)', () => {
    const [issue] = refused({ factors: { 'organisations.count.T': { from: 9, to: 11, steps: 5, integer: true } } });
    expect(issue).toMatchObject({ path: 'factors.organisations.count.T', received: '9, 10, 10, 11, 11 (9 to 11 in 5 integer steps)' });
    expect(issue!.expected).toMatch(/distinct values.*repeated: 10, 11/);
  });

  it('a grid list with a repeated value, and a grid range without steps', () => {
    expect(refused({ factors: { [STEWARD]: [true, false, true] } })[0]).toMatchObject({ path: `factors.${STEWARD}`, received: 'true, false, true' });
    expect(refused({ factors: { [LOSS]: { from: 0.1, to: 0.5 } } })[0]).toMatchObject({ path: `factors.${LOSS}.steps`, received: 'nothing' });
  });

  it('a morris factor without an order, with steps, or with too few integers for its levels', () => {
    const morris = { type: 'morris' };
    expect(refused({ design: morris, factors: { 'action.governance': ['shared', 'lead', 'nao'] } })[0]!.expected).toMatch(
      /list of more than two values has none/,
    );
    expect(refused({ design: morris, factors: { [LOSS]: { from: 0.1, to: 0.5, steps: 3 } } })[0]).toMatchObject({
      path: `factors.${LOSS}.steps`,
      received: '3',
    });
    expect(refused({ design: { type: 'morris', levels: 6 }, factors: { 'organisations.count.T': { from: 40, to: 43, integer: true } } })[0]).toMatchObject({
      path: 'factors.organisations.count.T',
      received: '40 to 43',
    });
    expect(refused({ design: morris, factors: { [LOSS]: { from: 0.2, to: 0.2 } } })[0]!.path).toBe(`factors.${LOSS}.to`);
  });

  it('a sampling design’s list that repeats a value or has one value, a constant range, too few whole numbers, too many candidates', () => {
    const lhs = { type: 'latin_hypercube' };
    expect(refused({ design: { type: 'morris' }, factors: { [STEWARD]: [true, true] } })[0]).toMatchObject({
      path: `factors.${STEWARD}`,
      received: 'true, true',
    });
    expect(refused({ design: lhs, factors: { 'action.governance': ['nao', 'shared', 'nao'] } })[0]!.expected).toMatch(/repeated: "nao"/);
    expect(refused({ design: lhs, factors: { [STEWARD]: [true] } })[0]!.expected).toMatch(/^at least two values/);
    expect(refused({ design: lhs, factors: { [LOSS]: { from: 0.3, to: 0.3 } } })[0]!.path).toBe(`factors.${LOSS}.to`);
    expect(refused({ design: lhs, factors: { 'organisations.count.T': { from: 20.2, to: 20.8, integer: true } } })[0]!.expected).toBe(
      'at least 2 whole numbers between from and to',
    );
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, k) => [`x${k}`, [1, 2]]));
    expect(refused({ design: { type: 'morris', candidates: 2000 }, factors: many })[0]).toMatchObject({ path: 'design.candidates', received: '2000' });
  });

  it('an option of another design, and a design without factors', () => {
    expect(refused({ design: { type: 'morris', samples: 64 }, factors: { [LOSS]: { from: 0.1, to: 0.5 } } })[0]).toMatchObject({
      path: 'design.samples',
      expected: expect.stringMatching(/trajectories, levels, candidates, seed, bootstrap/),
    });
    expect(refused({ design: { type: 'grid', seed: 3 } })[0]!.path).toBe('design.seed');
    expect(refused({ design: { type: 'sobol' } })[0]).toMatchObject({ path: 'factors', received: 'none' });
  });

  it('a levels value that is odd is refused by the schema', () => {
    expect(sweepSchema.safeParse({ scenario: 'x', design: { type: 'morris', levels: 5 } }).success).toBe(false);
  });
});

describe('designs plan their settings', () => {
  it('morris: r trajectories of k + 1 settings; consecutive settings move one factor by Δ (a range) or flip a yes/no factor', () => {
    const p = planned({
      design: { type: 'morris', trajectories: 6, levels: 4, seed: 2 },
      factors: { [LOSS]: { from: 0.1, to: 0.4 }, [STEWARD]: [false, true] },
    });
    expect(p.settings).toHaveLength(6 * 3);
    for (let t = 0; t < 6; t++) {
      for (let m = 0; m < 2; m++) {
        const here = p.settings[t * 3 + m]!;
        const next = p.settings[t * 3 + m + 1]!;
        const moved = here.coordinates!.map((c, f) => next.coordinates![f]! - c);
        expect(moved.filter((d) => Math.abs(d) > 1e-12)).toHaveLength(1);
        const f = moved.findIndex((d) => Math.abs(d) > 1e-12);
        expect(Math.abs(moved[f]!)).toBeCloseTo(f === 0 ? 2 / 3 : 1, 9);
      }
    }
    const losses = new Set(p.settings.map((s) => s.values[0]));
    expect([...losses].every((v) => [0.1, 0.2, 0.3, 0.4].includes(v as number))).toBe(true);
    expect(p.settings.every((s) => s.scenario.model.trust.loss === s.values[0] && s.scenario.action.steward === s.values[1])).toBe(true);
  });

  it('sobol: N × (k + 2) settings; A_B^(i) is A with factor i from B', () => {
    const p = planned({ design: { type: 'sobol', samples: 8 }, factors: { [LOSS]: { from: 0.1, to: 0.4 }, 'action.governance': ['shared', 'lead', 'nao'] } });
    expect(p.settings).toHaveLength(8 * 4);
    for (let j = 0; j < 8; j++) {
      const [a, b, ab1, ab2] = p.settings.slice(j * 4, j * 4 + 4).map((s) => s.values);
      expect(ab1).toEqual([b![0], a![1]]);
      expect(ab2).toEqual([a![0], b![1]]);
    }
  });

  it('latin hypercube: n settings covering each range evenly; categories drawn equally often', () => {
    const p = planned({
      design: { type: 'latin_hypercube', samples: 30 },
      factors: { [LOSS]: { from: 0, to: 3 }, 'action.governance': ['shared', 'lead', 'nao'] },
    });
    expect(p.settings).toHaveLength(30);
    expect(new Set(p.settings.map((s) => Math.floor((s.values[0] as number) * 10))).size).toBe(30);
    const counts = ['shared', 'lead', 'nao'].map((mode) => p.settings.filter((s) => s.values[1] === mode).length);
    expect(counts).toEqual([10, 10, 10]);
  });

  it('an integer range gives each whole number the same chance (Latin hypercube: 0, 1, 2 equally often)', () => {
    const p = planned({ design: { type: 'latin_hypercube', samples: 30 }, factors: { 'organisations.count.T': { from: 20, to: 22, integer: true } } });
    expect([20, 21, 22].map((n) => p.settings.filter((s) => s.values[0] === n).length)).toEqual([10, 10, 10]);
  });

  it('measures Morris effects by value: a range or a two-number list written backwards gives the same signs', () => {
    const coordinates = (factor: unknown) => {
      const p = planned({ design: { type: 'morris', trajectories: 4, seed: 3 }, factors: { [LOSS]: factor } });
      return p.settings.map((s) => [s.values[0], s.coordinates![0]]);
    };
    for (const [forward, backward] of [
      [
        { from: 0.1, to: 0.4 },
        { from: 0.4, to: 0.1 },
      ],
      [
        [0.1, 0.4],
        [0.4, 0.1],
      ],
    ] as const) {
      // The same value has the same coordinate however the factor is written (higher value, higher coordinate).
      const byValue = new Map<unknown, unknown>(coordinates(forward) as [unknown, unknown][]);
      for (const [value, coordinate] of coordinates(backward))
        expect(coordinate).toBeCloseTo((byValue.get(value) as number) ?? ((value as number) - 0.1) / 0.3, 9);
    }
  });

  it('leaves the bootstrap count out of the sweep’s hash (it changes the analysis, not the runs)', () => {
    const sweep = (bootstrap: number) => planned({ design: { type: 'sobol', samples: 4, bootstrap }, factors: { [LOSS]: { from: 0.1, to: 0.4 } } }).hash;
    expect(sweep(100)).toBe(sweep(2000));
  });

  it('the design and its seed are part of the sweep (another seed, other settings and another hash)', () => {
    const sweep = (seed: number) => planned({ design: { type: 'latin_hypercube', samples: 5, seed }, factors: { [LOSS]: { from: 0, to: 1 } } });
    expect(sweep(1).hash).not.toBe(sweep(2).hash);
    expect(sweep(1).settings.map((s) => s.values)).not.toEqual(sweep(2).settings.map((s) => s.values));
    expect(sweep(1).hash).toBe(sweep(1).hash);
  });
});

describe('bundled sweep files', () => {
  it('each plans as written (grid, Morris and Sobol examples), within the browser’s limits too', async () => {
    const { loadSweep } = await import('../../sim/cli/sweep/loadSweep');
    const { planInlineSweep } = await import('../../sim/worker/sweepApi');
    const files = readdirSync(join(ROOT, 'scenarios/sweeps')).filter((f) => f.endsWith('.json') && f !== 'sweep.schema.json');
    expect(files).toEqual(expect.arrayContaining(['governance-2x2.json', 'screening-morris.json', 'variance-sobol.json']));
    for (const file of files) {
      const loaded = loadSweep(join(ROOT, 'scenarios/sweeps', file));
      expect(loaded.ok, `${file}: ${JSON.stringify(!loaded.ok && loaded.issues)}`).toBe(true);
      if (loaded.ok) expect(planInlineSweep(loaded.resolved, file).ok, file).toBe(true);
    }
  });
});

describe('sim sweep with designs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'interstice-designs-'));
  });
  const sim = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'sim/cli/bin.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  const rows = (text: string) => {
    const [header, ...lines] = text.trim().split('\n');
    const names = header!.split(',');
    return lines.map((line) => Object.fromEntries(line.split(',').map((v, k) => [names[k], v])));
  };

  it('runs a morris and a sobol design, the same on one worker as merged from two shards', () => {
    const write = (name: string, design: Record<string, unknown>) => {
      const path = join(dir, `${name}.json`);
      writeFileSync(
        path,
        JSON.stringify({
          title: name,
          scenario: join(ROOT, 'scenarios/default.json'),
          design,
          factors: { [LOSS]: { from: 0.1, to: 0.6 }, [STEWARD]: [false, true] },
          replications: 2,
          ticks: 36,
        }),
      );
      return path;
    };
    const morris = write('morris', { type: 'morris', trajectories: 4, bootstrap: 200 });
    const whole = join(dir, 'morris-whole');
    const run = sim('sweep', morris, '--workers', '2', '--out', whole);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/sweep complete: 24 runs/);
    for (const k of [1, 2]) expect(sim('sweep', morris, '--shard', `${k}/2`, '--workers', '1', '--out', join(dir, `morris-shard${k}`)).status).toBe(0);
    const merged = join(dir, 'morris-merged');
    const merge = sim('merge', join(dir, 'morris-shard1'), join(dir, 'morris-shard2'), '--out', merged);
    expect(merge.status, merge.stderr).toBe(0);
    for (const file of ['runs.csv', 'settings.csv', 'sensitivity.csv', 'sobol.csv', 'differences.csv'])
      expect(readFileSync(join(merged, file), 'utf8'), file).toBe(readFileSync(join(whole, file), 'utf8'));

    const sensitivity = rows(readFileSync(join(whole, 'sensitivity.csv'), 'utf8'));
    expect(sensitivity).toHaveLength(7 * 2);
    for (const row of sensitivity.filter((r) => r.n === '4' && r.mu_star !== '0')) {
      expect(Number(row.mu_star_ci_low)).toBeLessThanOrEqual(Number(row.mu_star));
      expect(Number(row.mu_star_ci_high)).toBeGreaterThanOrEqual(Number(row.mu_star));
    }
    expect(sensitivity.every((r) => r.n === '4')).toBe(true); // one effect per factor per trajectory
    expect(readFileSync(join(whole, 'differences.csv'), 'utf8').trim().split('\n')).toHaveLength(1); // no reference setting in a sampled design

    const sobol = write('sobol', { type: 'sobol', samples: 8, bootstrap: 100 });
    const out = join(dir, 'sobol');
    const sobolRun = sim('sweep', sobol, '--workers', '2', '--out', out);
    expect(sobolRun.status, sobolRun.stderr).toBe(0);
    const indices = rows(readFileSync(join(out, 'sobol.csv'), 'utf8'));
    expect(indices.map((r) => r.factor)).toEqual(Array.from({ length: 7 }, () => [LOSS, STEWARD]).flat());
    expect(indices.every((r) => r.samples === '8')).toBe(true);
    expect(readFileSync(join(out, 'sensitivity.csv'), 'utf8').trim().split('\n')).toHaveLength(1);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { settings: number };
    expect(manifest.settings).toBe(32);
  });

  it('refuses a design problem with exit code 2 before writing anything', () => {
    const path = join(dir, 'bad.json');
    writeFileSync(
      path,
      JSON.stringify({
        scenario: join(ROOT, 'scenarios/default.json'),
        design: { type: 'morris' },
        factors: { 'action.governance': ['shared', 'lead', 'nao'] },
      }),
    );
    const result = sim('sweep', path, '--out', join(dir, 'bad-out'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/factors\.action\.governance/);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(existsSync(join(dir, 'bad-out'))).toBe(false);
  });
});
