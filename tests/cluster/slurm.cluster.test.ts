/**
 * A sweep on a real (one-node) Slurm cluster: job array of shards, dependent merge job,
 * and the merged folder compared with a local run of the same sweep. Starts munge,
 * slurmctld and slurmd, and stops every daemon it started.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const RESULT_FILES = ['runs.csv', 'ticks.csv', 'settings.csv', 'survival.csv', 'differences.csv', 'sensitivity.csv', 'sobol.csv', 'runs.jsonl'];
const dir = mkdtempSync(join(tmpdir(), 'interstice-slurm-'));
const state = join(dir, 'cluster');
const env = { ...process.env, SLURM_CONF: join(state, 'slurm.conf') };

const bash = (...args: string[]) => spawnSync('bash', args, { cwd: ROOT, encoding: 'utf8', env });

beforeAll(() => {
  const started = bash('scripts/slurm/local-cluster.sh', 'start', state);
  if (started.status !== 0) throw new Error(`could not start Slurm:\n${started.stdout}\n${started.stderr}`);
}, 120_000);

afterAll(() => {
  bash('scripts/slurm/local-cluster.sh', 'stop', state);
  // Nothing of ours may outlive the test.
  const left = spawnSync('bash', ['-c', `pgrep -af "slurm[c]tld -D -f ${state}|slurm[d] -D -f ${state}" || true`], { encoding: 'utf8' }).stdout.trim();
  expect(left).toBe('');
}, 60_000);

describe('sweeps on Slurm', () => {
  it('a 3-task job array and a dependent merge give the same files as a local sweep (a Morris design)', async () => {
    const sweep = join(dir, 'sweep.json');
    // A Morris design: sampling designs shard, merge and run on Slurm like a grid (24 runs either way).
    writeFileSync(
      sweep,
      JSON.stringify({
        title: 'slurm test',
        scenario: join(ROOT, 'scenarios/default.json'),
        design: { type: 'morris', trajectories: 4 },
        factors: { 'action.steward': [false, true], 'behaviour.exit_rate': { from: 0.02, to: 0.1 } },
        replications: 2,
        ticks: 36,
      }),
    );
    const out = join(dir, 'cluster-out');
    const submitted = bash('scripts/slurm/submit-sweep.sh', sweep, '3', out);
    expect(submitted.status, submitted.stderr).toBe(0);
    expect(submitted.stdout.trim()).toMatch(/^\d+ \d+$/);

    const manifest = join(out, 'merged', 'manifest.json');
    const deadline = Date.now() + 150_000;
    while (Date.now() < deadline && !(existsSync(manifest) && readFileSync(manifest, 'utf8').includes('"status": "complete"'))) {
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(existsSync(manifest), `merge did not finish; logs in ${join(out, 'logs')}`).toBe(true);
    expect(JSON.parse(readFileSync(manifest, 'utf8')).merged_from).toHaveLength(3);

    const local = join(dir, 'local-out');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'sim/cli/bin.ts', 'sweep', sweep, '--workers', '2', '--out', local], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    for (const file of RESULT_FILES) expect(readFileSync(join(out, 'merged', file), 'utf8'), file).toBe(readFileSync(join(local, file), 'utf8'));
  }, 240_000);
});
