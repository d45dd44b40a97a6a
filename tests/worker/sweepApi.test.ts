import '@vitest/web-worker';
/**
 * Browser sweeps without a browser: the collector plans the sweep a page defines exactly as
 * the command line plans the sweep file, runners fed ranges in any order give the files
 * `sweepFiles` gives for the same runs, and every number the charts draw is the number of
 * the matching CSV, to the last digit. One test goes through the real worker file.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as Comlink from 'comlink';
import { createSweepApi, BROWSER_SWEEP_LIMITS } from '../../sim/worker/sweepApi';
import type { SweepApi } from '../../sim/worker/sweep.worker';
import { loadSweep } from '../../sim/cli/sweep/loadSweep';
import { runJobs, type JobResult } from '../../sim/run/jobs';
import { runSpec, type SweepPlan } from '../../sim/sweep/plan';
import { sweepFiles } from '../../sim/sweep/output';
import type { RunRecord } from '../../sim/sweep/settingOutcomes';

const defaultRaw = () => JSON.parse(readFileSync('scenarios/default.json', 'utf8')) as Record<string, unknown>;
const governance = (replications = 50, extra: object = {}) => ({
  title: 'Steward × facilitative leadership, classroom baseline',
  scenario: defaultRaw(),
  factors: { 'action.steward': [false, true], 'action.leadership': ['none', 'facilitative'] },
  replications,
  seeds: { policy: 'paired', base: 1 },
  metrics: ['collective_effectiveness', 'organisational_efficiency', 'members', 'alive', 'trust_mean'],
  ...extra,
});

/** The plan run straight through, as the command line's workers would. */
function directFiles(plan: SweepPlan): Record<string, string> {
  const jobs = Array.from({ length: plan.totalRuns }, (_, run) => runSpec(plan, run));
  const results = runJobs({ scenarios: plan.settings.map((s) => s.scenario), metrics: plan.metrics }, jobs);
  const records: RunRecord[] = results.map((r) => ({
    run: r.run,
    summary: r.summary,
    ticks: Object.fromEntries(plan.metrics.map((m, k) => [m, r.ticks[k]!])),
  }));
  return sweepFiles(plan, records);
}

/** Rows of a CSV as objects (no quoted cells in these files). */
function csvRows(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trim().split('\n');
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, k) => [names[k]!, cell])));
}

function planned(api: ReturnType<typeof createSweepApi>, sweep: unknown): SweepPlan {
  const result = api.plan(sweep, 'sweep');
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.plan;
}

/** A number as a CSV cell writes it: a statistic that cannot be computed (NaN) is empty. */
const cell = (value: number) => (Number.isFinite(value) ? String(value) : '');

describe('sweep API (no worker)', () => {
  it('plans the page’s 2 × 2 governance sweep as the command line plans scenarios/sweeps/governance-2x2.json', () => {
    const cli = loadSweep('scenarios/sweeps/governance-2x2.json');
    if (!cli.ok) throw new Error('the bundled sweep is invalid');
    const plan = planned(createSweepApi(), governance());
    expect(plan.hash).toBe(cli.plan.hash);
    expect(plan.totalRuns).toBe(200);
    expect(plan.settings.map((s) => s.values)).toEqual([
      [false, 'none'],
      [false, 'facilitative'],
      [true, 'none'],
      [true, 'facilitative'],
    ]);
  });

  it('collects runs from several runners in any order and writes the same files as a straight run', () => {
    const collector = createSweepApi();
    const plan = planned(collector, governance(6, { ticks: 36 }));
    const runners = [createSweepApi(), createSweepApi()];
    for (const runner of runners) runner.init(structuredClone(plan));
    const ranges = [
      [18, 24],
      [0, 7],
      [7, 18],
    ] as const;
    ranges.forEach(([from, to], k) => collector.collect(structuredClone(runners[k % 2]!.run(from, to))));
    expect(collector.collect([])).toBe(24);
    const { files } = collector.finish();
    expect(Object.keys(files)).toEqual(['runs.csv', 'ticks.csv', 'settings.csv', 'survival.csv', 'differences.csv', 'sensitivity.csv', 'sobol.csv']);
    expect(files).toEqual(directFiles(plan));
  });

  it('gives the charts exactly the numbers of ticks.csv, survival.csv, settings.csv, differences.csv and sensitivity.csv', () => {
    const api = createSweepApi();
    const plan = planned(api, governance(8, { ticks: 30 }));
    api.init(plan);
    api.collect(api.run(0, plan.totalRuns));
    const { files, analysis } = api.finish();

    const ticks = csvRows(files['ticks.csv']!);
    expect(ticks).toHaveLength(4 * 30 * 5);
    for (const row of ticks) {
      const band = analysis.bands[row.metric!]![Number(row.setting!.slice(1))]!;
      const t = Number(row.tick) - 1;
      expect([band.mean[t]!, band.low[t]!, band.high[t]!].map(cell)).toEqual([row.mean, row.ci_low, row.ci_high]);
    }
    const survival = csvRows(files['survival.csv']!);
    expect(survival.map((row) => [row.setting, row.time, row.survival, row.ci_low, row.ci_high])).toEqual(
      analysis.survival.flatMap((curve, s) =>
        curve.steps.map((step) => [analysis.settings[s]!.id, String(step.time), String(step.survival), cell(step.ciLow), cell(step.ciHigh)]),
      ),
    );
    for (const row of csvRows(files['settings.csv']!)) {
      const s = Number(row.setting!.slice(1));
      expect(row.median_lifetime).toBe(String(analysis.survival[s]!.median ?? ''));
      expect([row.median_lifetime_ci_low, row.median_lifetime_ci_high]).toEqual([
        String(analysis.survival[s]!.medianLow ?? ''),
        String(analysis.survival[s]!.medianHigh ?? ''),
      ]);
      for (const outcome of analysis.outcomes) expect(row[`${outcome}_mean`]).toBe(String(analysis.outcomeMeans[outcome]![s]!.mean));
    }
    expect(csvRows(files['differences.csv']!).map((row) => [row.setting, row.metric, row.mean_difference, row.ci_low, row.ci_high, row.n])).toEqual(
      analysis.differences.map((d) => [
        analysis.settings[d.setting]!.id,
        d.metric,
        cell(d.difference.mean),
        cell(d.difference.low),
        cell(d.difference.high),
        String(d.difference.n),
      ]),
    );
    expect(csvRows(files['sensitivity.csv']!).map((row) => [row.metric, row.factor, row.mu_star, row.mu, row.sigma])).toEqual(
      analysis.sensitivity.flatMap(({ metric, effects }) => effects.map((e) => [metric, e.factor, String(e.muStar), String(e.mu), String(e.sigma)])),
    );
  });

  it('refuses a scenario path, a bad factor value (naming its setting) and sweeps beyond the browser’s limits', () => {
    const api = createSweepApi();
    const path = api.plan({ ...governance(), scenario: '../default.json' }, 'sweep');
    expect(path.ok).toBe(false);
    if (!path.ok) expect(path.issues[0]).toMatchObject({ path: 'scenario', expected: expect.stringContaining('inline') });
    const bad = api.plan(governance(5, { factors: { 'action.governance': ['shared', 'council'] } }), 'sweep');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]).toMatchObject({ path: 'action.governance', source: 'sweep (scenario) (setting action.governance="council")' });
    const big = api.plan(governance(BROWSER_SWEEP_LIMITS.runs), 'sweep');
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.issues[0]).toMatchObject({ path: 'replications', received: '4 × 50,000 = 200,000' });
    const long = api.plan(governance(1000, { ticks: 30_000 }), 'sweep');
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.issues.map((i) => i.path)).toEqual(['metrics', 'metrics']);
    expect(() => api.finish()).toThrow(/no sweep planned/);
  });
});

describe('sweep worker (comlink)', () => {
  it('plans, runs a range and returns the result files with transferred typed arrays', async () => {
    const worker = new Worker(new URL('../../sim/worker/sweep.worker.ts', import.meta.url), { type: 'module' });
    const api = Comlink.wrap<SweepApi>(worker);
    const plan = await api.plan(governance(3, { ticks: 24 }), 'sweep');
    if (!plan.ok) throw new Error('invalid');
    await api.init(plan.plan);
    const results: JobResult[] = await api.run(0, 12);
    expect(results.map((r) => r.run)).toEqual(Array.from({ length: 12 }, (_, k) => k));
    expect(results[0]!.ticks[0]).toBeInstanceOf(Float64Array);
    expect(await api.collect(results)).toBe(12);
    const { files, analysis } = await api.finish();
    expect(files['runs.csv']).toBe(directFiles(plan.plan)['runs.csv']);
    expect(analysis.bands.members![0]!.mean).toBeInstanceOf(Float64Array);
    worker.terminate();
  });
});
