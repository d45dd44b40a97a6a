/**
 * The sweep command as analysts use it: real processes, real worker threads, real files.
 * Its output must not depend on the number of workers, on sharding, or on being killed
 * and resumed.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const RESULT_FILES = ['runs.csv', 'ticks.csv', 'settings.csv', 'survival.csv', 'differences.csv', 'sensitivity.csv', 'sobol.csv', 'runs.jsonl'];
let dir: string;

function sweepFile(name: string, replications: number, ticks: number): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      title: 'test sweep',
      scenario: join(ROOT, 'scenarios/default.json'),
      factors: { 'action.steward': [false, true], 'action.governance': ['shared', 'nao'] },
      replications,
      ticks,
    }),
  );
  return path;
}

function sim(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'sim/cli/bin.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

function expectSameResults(a: string, b: string) {
  for (const file of RESULT_FILES) expect(readFileSync(join(b, file), 'utf8'), file).toBe(readFileSync(join(a, file), 'utf8'));
}

const journalLines = (out: string) => (existsSync(join(out, 'runs.jsonl')) ? readFileSync(join(out, 'runs.jsonl'), 'utf8').split('\n').length - 1 : 0);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'interstice-sweep-'));
});

describe('sim sweep', () => {
  it('writes the same files with one or two workers, and a 3-shard run merges to the same files', () => {
    const file = sweepFile('small', 12, 48);
    const one = join(dir, 'one');
    const two = join(dir, 'two');
    const first = sim('sweep', file, '--workers', '1', '--out', one);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/sweep complete: 48 runs/);
    expect(sim('sweep', file, '--workers', '2', '--out', two).status).toBe(0);
    expectSameResults(one, two);

    const runs = readFileSync(join(one, 'runs.csv'), 'utf8').trim().split('\n');
    expect(runs).toHaveLength(49);
    expect(runs[0]).toBe(
      'setting,action.steward,action.governance,replication,seed,ticks,lifetime,survived,cumulative_effectiveness,mean_efficiency,final_population_outcome,peak_members,mean_members,joins_total,leaves_total,grid_cells_visited,mean_efficiency_members,dissolved',
    );
    // Paired seeds: replication r has seed 1 + r in every setting.
    expect(runs[1]!.startsWith('s000,false,shared,0,1,')).toBe(true);
    expect(runs[13]!.startsWith('s001,false,nao,0,1,')).toBe(true);
    const manifest = JSON.parse(readFileSync(join(one, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ tool: 'interstice', status: 'complete', total_runs: 48, replications: 12, factors: { 'action.steward': [false, true] } });
    expect(manifest.sweep_hash).toMatch(/^[0-9a-f]{14}$/);

    const shards = [1, 2, 3].map((k) => {
      const out = join(dir, `shard-${k}`);
      const result = sim('sweep', file, '--shard', `${k}/3`, '--workers', '1', '--out', out);
      expect(result.status, result.stderr).toBe(0);
      expect(journalLines(out)).toBe(16);
      return out;
    });
    const merged = join(dir, 'merged');
    const merge = sim('merge', ...shards, '--out', merged);
    expect(merge.status, merge.stderr).toBe(0);
    expectSameResults(one, merged);
  });

  it('refuses to merge an incomplete set of shards, naming how many runs are missing', () => {
    const merge = sim('merge', join(dir, 'shard-1'), join(dir, 'shard-2'), '--out', join(dir, 'partial'));
    expect(merge.status).toBe(2);
    expect(merge.stderr).toMatch(/16 of 48 runs are missing/);
  });

  it('killed twice and resumed, gives files identical to an uninterrupted sweep', async () => {
    const file = sweepFile('long', 60, 120);
    const reference = join(dir, 'reference');
    expect(sim('sweep', file, '--workers', '2', '--out', reference).status).toBe(0);

    const out = join(dir, 'killed');
    const killAfter = async (lines: number, resume: boolean) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'sim/cli/bin.ts', 'sweep', file, '--workers', '2', '--out', out, ...(resume ? ['--resume'] : [])],
        { cwd: ROOT, stdio: 'ignore' },
      );
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      while (journalLines(out) < lines && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
      child.kill('SIGKILL');
      await exited;
      return journalLines(out);
    };
    const afterFirst = await killAfter(40, false);
    const afterSecond = await killAfter(afterFirst + 60, true);
    expect(afterFirst).toBeGreaterThanOrEqual(40);
    expect(afterFirst).toBeLessThan(240);
    expect(afterSecond).toBeGreaterThan(afterFirst);
    expect(afterSecond).toBeLessThan(240);
    expect(existsSync(join(out, 'runs.csv'))).toBe(false);

    const notResumed = sim('sweep', file, '--out', out);
    expect(notResumed.status).toBe(2);
    expect(notResumed.stderr).toMatch(/add --resume/);
    const resumed = sim('sweep', file, '--workers', '1', '--out', out, '--resume');
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(/240\/240 runs/);
    expectSameResults(reference, out);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reports problems in a sweep file with paths, and bad factor values with their setting', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ scenario: join(ROOT, 'scenarios/default.json'), factors: { 'action.governanse': ['nao'] }, replicatons: 3 }));
    let result = sim('sweep', bad, '--out', join(dir, 'bad-out'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/replicatons: expected a known field \(did you mean "replications"\?\)/);
    writeFileSync(bad, JSON.stringify({ scenario: join(ROOT, 'scenarios/default.json'), factors: { 'action.governanse': ['nao'] } }));
    result = sim('sweep', bad, '--out', join(dir, 'bad-out'));
    expect(result.stderr).toMatch(/factors\.action\.governanse: expected a known scenario field \(did you mean "governance"\?\)/);
    writeFileSync(
      bad,
      JSON.stringify({ scenario: join(ROOT, 'scenarios/default.json'), factors: { 'behaviour.exit_rate': { from: 0.5, to: 1.5, steps: 3 } } }),
    );
    result = sim('sweep', bad, '--out', join(dir, 'bad-out'));
    expect(result.stderr).toMatch(/setting behaviour\.exit_rate=1\.5\).*behaviour\.exit_rate: expected a number <= 1, received 1\.5/);
    expect(sim('sweep', bad, '--shard', '4/3').stderr).toMatch(/--shard: expected K\/N with 1 <= K <= N/);
  });
});
