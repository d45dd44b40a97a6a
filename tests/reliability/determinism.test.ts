/**
 * Guarantee: the same scenario and seed give identical outputs (per-tick columns and
 * events, compared as the CSV text of `toCsv`) wherever and however the run happens on
 * Node: the main thread, the CLI, a worker_threads worker, the sweep's worker pool (plain
 * and sharded, then merged), and a run checkpointed halfway and restored (through
 * structuredClone, through a JSON file, and in another thread). The browser's Web Worker
 * leg is tested in tests/e2e. See docs/reliability.md.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Worker } from 'node:worker_threads';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createSimulation,
  restoreSimulation,
  runScenario,
  summarise,
  toCsv,
  NUMERIC_COLUMNS,
  type Columns,
  type RunSummary,
  type Scenario,
} from '../../sim/index';
import { bundledScenarios } from '../../sim/cli/list';
import { loadScenario } from '../../sim/cli/loadScenario';
import { loadSweep } from '../../sim/cli/sweep/loadSweep';
import { runSpec } from '../../sim/sweep/plan';
import { main } from '../../sim/cli/main';
import { startWorker } from '../../sim/cli/sweep/workerBundle';
import { TICK_METRICS } from '../../sim/sweep/schema';
import type { FromWorker, Job, WorkerInit } from '../../sim/cli/sweep/protocol';
import { checkpointFromJson, checkpointToJson } from '../../sim/run/checkpointJson';
import type { WorkerJob } from './fixtures/determinismWorker';

const ROOT = new URL('../..', import.meta.url).pathname;
const SEEDS = [1, 987_654_321];
const quietProgress = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;

let dir: string;
let worker: Worker;
let scenarios: { file: string; scenario: Scenario }[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'interstice-determinism-'));
  // Bundled as the command line bundles its own workers (an entry relative to sim/cli/sweep/).
  worker = startWorker('../../../tests/reliability/fixtures/determinismWorker.ts');
  scenarios = bundledScenarios().map(({ file }) => {
    const loaded = loadScenario(join(ROOT, file));
    if (!loaded.ok) throw new Error(`${file} is invalid`);
    return { file, scenario: loaded.scenario };
  });
});
afterAll(async () => {
  await worker?.terminate();
  rmSync(dir, { recursive: true, force: true });
});

function inWorker(jobs: WorkerJob[]): Promise<{ csv: string; summary: RunSummary }[]> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.postMessage(jobs);
  });
}

/** The sweep's own worker (the bundle the CLI starts), given every per-tick metric. */
function inSweepWorker(init: WorkerInit, jobs: Job[]): Promise<FromWorker> {
  return new Promise((resolve, reject) => {
    const sweepWorker = startWorker('./worker.ts', { workerData: init });
    sweepWorker.once('message', (message: FromWorker) => void sweepWorker.terminate().then(() => resolve(message)));
    sweepWorker.once('error', reject);
    sweepWorker.postMessage({ type: 'jobs', jobs });
  });
}

/** Columns rebuilt from a sweep record's per-tick metrics (the tick column is 1..n). */
function columnsFromMetrics(ticks: Record<string, ArrayLike<number>>): Columns {
  const n = ticks[TICK_METRICS[0]!]!.length;
  const columns = {} as Columns;
  for (const name of NUMERIC_COLUMNS) columns[name] = name === 'tick' ? Float64Array.from({ length: n }, (_, k) => k + 1) : Float64Array.from(ticks[name]!);
  return columns;
}

/** Sweep records hold no event log: compare the columns only (the `events` column left empty on both sides). */
const columnsOnly = (columns: Columns) => toCsv(columns, []);
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('determinism matrix (Node): same scenario and seed, same output', () => {
  it('main thread = CLI = worker thread = sweep worker = checkpoint/restore (structuredClone, JSON file, other thread), for every bundled scenario', async () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(15);
    const jobs: WorkerJob[] = [];
    const expected: { label: string; csv: string; summary: RunSummary }[] = [];
    for (const { file, scenario } of scenarios) {
      for (const seed of SEEDS) {
        const label = `${file} seed ${seed}`;
        const direct = runScenario(scenario, seed);
        const csv = toCsv(direct.columns, direct.events);
        expect(csv.split('\n')).toHaveLength(scenario.ticks + 2);

        let stdout = '';
        expect(
          await main(
            ['run', join(ROOT, file), '--seed', String(seed)],
            (t) => (stdout += t),
            () => {},
          ),
          label,
        ).toBe(0);
        expect(stdout, `${label}: CLI`).toBe(csv);

        const half = Math.floor(scenario.ticks / 2);
        const original = createSimulation(scenario, seed);
        original.run(half);
        const checkpoint = original.checkpoint();
        const cloned = restoreSimulation(scenario, structuredClone(checkpoint));
        cloned.run();
        expect(toCsv(cloned.columns(), cloned.events()), `${label}: restored from structuredClone`).toBe(csv);

        const path = join(dir, 'checkpoint.json');
        writeFileSync(path, checkpointToJson(checkpoint));
        const read = checkpointFromJson(readFileSync(path, 'utf8'), scenario);
        if (!read.ok) throw new Error(read.problems.join('; '));
        const fromJson = restoreSimulation(scenario, read.checkpoint);
        fromJson.run();
        expect(toCsv(fromJson.columns(), fromJson.events()), `${label}: restored from a JSON file`).toBe(csv);

        jobs.push({ scenario, seed }, { scenario, seed, checkpoint });
        expected.push(
          { label: `${label}: worker thread`, csv, summary: direct.summary },
          { label: `${label}: restored in a worker thread`, csv, summary: direct.summary },
        );
      }
    }
    const results = await inWorker(jobs);
    results.forEach((result, k) => {
      expect(result.csv, expected[k]!.label).toBe(expected[k]!.csv);
      expect(result.summary, expected[k]!.label).toEqual(expected[k]!.summary);
    });

    // The sweep workers: every metric, for every scenario and seed.
    const init: WorkerInit = { scenarios: scenarios.map((s) => s.scenario), metrics: [...TICK_METRICS] };
    const sweepJobs: Job[] = scenarios.flatMap((_, setting) => SEEDS.map((seed, k) => ({ run: setting * SEEDS.length + k, setting, seed })));
    const reply = await inSweepWorker(init, sweepJobs);
    if (reply.type !== 'results') throw new Error(reply.message);
    for (const result of reply.results) {
      const job = sweepJobs[result.run]!;
      const direct = runScenario(scenarios[job.setting]!.scenario, job.seed);
      const ticks = Object.fromEntries(init.metrics.map((m, k) => [m, result.ticks[k]!]));
      expect(columnsOnly(columnsFromMetrics(ticks)), `${scenarios[job.setting]!.file} seed ${job.seed}: sweep worker`).toBe(columnsOnly(direct.columns));
      expect(result.summary).toEqual(direct.summary);
    }
  });

  it('a sharded sweep: every record of runs.jsonl equals the direct run (summary and every per-tick metric), and the merged shards equal the unsharded sweep', async () => {
    const file = join(dir, 'matrix.sweep.json');
    writeFileSync(
      file,
      JSON.stringify({
        scenario: join(ROOT, 'scenarios/default.json'),
        factors: { 'action.governance': ['shared', 'nao'], 'behaviour.exit_rate': [0.02, 0.1] },
        replications: 5,
        seeds: { policy: 'independent', base: 41 },
        metrics: TICK_METRICS,
        ticks: 60,
      }),
    );
    const run = async (...argv: string[]) => {
      let stderr = '';
      const code = await main(
        argv,
        () => {},
        (t) => (stderr += t),
        quietProgress,
      );
      expect(code, stderr).toBe(0);
    };
    const whole = join(dir, 'whole');
    const shards = [1, 2, 3].map((k) => join(dir, `shard-${k}`));
    await run('sweep', file, '--workers', '2', '--out', whole);
    for (const [k, out] of shards.entries()) await run('sweep', file, '--workers', String(1 + (k % 2)), '--shard', `${k + 1}/3`, '--out', out);

    const loaded = loadSweep(file);
    if (!loaded.ok) throw new Error('sweep invalid');
    const plan = loaded.plan;
    let checked = 0;
    for (const out of shards) {
      for (const line of readFileSync(join(out, 'runs.jsonl'), 'utf8').trim().split('\n')) {
        const record = JSON.parse(line) as { run: number; summary: RunSummary; ticks: Record<string, number[]> };
        const spec = runSpec(plan, record.run);
        // The direct run goes through the CLI's own loader with --set, not through the sweep planner.
        const setting = plan.settings[spec.setting]!;
        const direct = loadScenario(join(ROOT, 'scenarios/default.json'), [
          ...plan.factorNames.map((name, f) => `${name}=${JSON.stringify(setting.values[f])}`),
          'ticks=60',
        ]);
        if (!direct.ok) throw new Error('setting invalid');
        const result = runScenario(direct.scenario, spec.seed);
        expect(record.summary, `run ${record.run}`).toEqual(viaJson(result.summary));
        expect(columnsOnly(columnsFromMetrics(record.ticks)), `run ${record.run}`).toBe(columnsOnly(result.columns));
        checked++;
      }
    }
    expect(checked).toBe(plan.totalRuns);

    const merged = join(dir, 'merged');
    await run('merge', ...shards, '--out', merged);
    for (const name of ['runs.jsonl', 'runs.csv', 'ticks.csv', 'settings.csv', 'survival.csv', 'differences.csv', 'sensitivity.csv', 'sobol.csv']) {
      expect(readFileSync(join(merged, name), 'utf8'), name).toBe(readFileSync(join(whole, name), 'utf8'));
    }
    // The summary a sweep keeps is the one summarise() gives for the direct run's columns.
    const direct = createSimulation(plan.settings[0]!.scenario, 41);
    direct.run();
    expect(viaJson(summarise(direct.columns(), 41, direct.state.action.firstDissolution))).toEqual(
      JSON.parse(readFileSync(join(whole, 'runs.jsonl'), 'utf8').split('\n')[0]!).summary,
    );
  });
});
