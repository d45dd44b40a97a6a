import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngineApi } from '../../sim/worker/api';
import { toCsv, TICK_COLUMNS, SUMMARY_FIELDS } from '../../sim/index';
import { defaultScenarioText } from '../helpers/runs';
import { runCli } from '../helpers/cli';

const ROOT = new URL('../..', import.meta.url).pathname;
const DEFAULT = join(ROOT, 'scenarios/default.json');

/** Runs the CLI in-process and captures what a terminal would see. */
const cli = (...argv: string[]) => runCli(argv, 'terminal');

/** Runs the real command, as users and other tools do. */
function spawnCli(...argv: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'sim/cli/bin.ts', ...argv], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'interstice-cli-'));
});

describe('sim run', () => {
  it('prints the per-tick CSV with the contract header, byte-identical across processes', async () => {
    const first = spawnCli('run', DEFAULT, '--seed', '3');
    const second = spawnCli('run', DEFAULT, '--seed', '3');
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.stdout.split('\n')[0]).toBe(TICK_COLUMNS.join(','));
    expect(first.stdout.trim().split('\n')).toHaveLength(121);
    expect(second.stdout).toBe(first.stdout);
  });

  it('gives the same numbers as the worker API', async () => {
    const api = createEngineApi();
    const loaded = api.load({ kind: 'text', text: defaultScenarioText(), source: 'default.json' }, 5);
    expect(loaded.ok).toBe(true);
    // Ask in uneven batches, as the page does frame by frame, then stitch the rows back.
    const batches = [api.advance(7), api.advance(50), api.advance(1000)];
    expect(batches.at(-1)!.done).toBe(true);
    const columns = Object.fromEntries(
      Object.keys(batches[0]!.columns).map((name) => [name, Float64Array.from(batches.flatMap((b) => Array.from(b.columns[name as keyof typeof b.columns])))]),
    ) as (typeof batches)[0]['columns'];
    const events = batches.flatMap((b) => b.events);
    expect(toCsv(columns, events)).toBe((await cli('run', DEFAULT, '--seed', '5')).stdout);
  });

  it('honours --ticks, --set and writes --out (CSV or JSON) and --summary files', async () => {
    const out = join(dir, 'run.json');
    const summary = join(dir, 'summary.json');
    const argv = ['run', DEFAULT, '--ticks', '24', '--set', 'action.governance=nao', '--set', 'action.steward=true', '--out', out, '--summary', summary];
    const result = await cli(...argv);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.rows).toHaveLength(24);
    expect(Object.keys(json.rows[0])).toEqual([...TICK_COLUMNS]);
    const parsedSummary = JSON.parse(readFileSync(summary, 'utf8'));
    for (const field of SUMMARY_FIELDS) expect(parsedSummary).toHaveProperty(field);
    expect(parsedSummary.ticks).toBe(24);
    const csv = join(dir, 'run.csv');
    expect((await cli('run', DEFAULT, '--ticks', '24', '--out', csv)).code).toBe(0);
    expect(readFileSync(csv, 'utf8').trim().split('\n')).toHaveLength(25);
  });

  it('changes the run when a --set changes the scenario', async () => {
    const base = (await cli('run', DEFAULT, '--seed', '9')).stdout;
    expect((await cli('run', DEFAULT, '--seed', '9', '--set', 'action.leadership=facilitative')).stdout).not.toBe(base);
  });
});

describe('sim run on bad input: exit code 2, a message naming the problem, no output file', () => {
  const expectRefused = async (argv: string[], message: RegExp) => {
    const out = join(dir, `refused-${Math.random().toString(36).slice(2)}.csv`);
    const result = await cli(...argv, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(out)).toBe(false);
  };

  it('missing file', async () =>
    expectRefused(['run', join(dir, 'nope.json')], /nope\.json: expected a readable scenario file \(JSON\), received no such file/));

  it('invalid JSON, with line and column', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "ticks": 12\n  "action": {}\n}');
    await expectRefused(['run', file], /broken\.json:3:3: expected valid JSON, received expected ',' or '}' after the value of "ticks"/);
  });

  it('every schema violation, each with its path', async () => {
    const file = join(dir, 'wrong.json');
    writeFileSync(file, JSON.stringify({ ticks: 0, action: { governance: 'anarchy' }, behaviour: { exit_rate: 2 } }, null, 2));
    await expectRefused(
      ['run', file],
      /3 problems[\s\S]*ticks: expected a number >= 1, received 0[\s\S]*action\.governance: expected one of "shared" \| "lead" \| "nao", received "anarchy"[\s\S]*behaviour\.exit_rate: expected a number <= 1, received 2/,
    );
  });

  it('unknown --set path, with a suggestion', async () =>
    await expectRefused(
      ['run', DEFAULT, '--set', 'action.goverance=nao'],
      /--set action\.goverance: expected a known scenario field \(did you mean "governance"\?\)/,
    ));

  it('invalid --set value', async () =>
    expectRefused(['run', DEFAULT, '--set', 'action.governance=council'], /--set action\.governance=council action\.governance: expected one of/));

  it('bad options', async () => {
    await expectRefused(['run', DEFAULT, '--seed', 'abc'], /--seed: expected an integer/);
    await expectRefused(['run', DEFAULT, '--ticks', '0'], /--ticks: expected an integer from 1/);
    await expectRefused(['run', DEFAULT, '--frobnicate'], /unknown option --frobnicate/);
    expect((await cli('run', DEFAULT, '--out', join(dir, 'x.txt'))).code).toBe(2);
    // A short option the command does not have is named as such, not taken for a file.
    await expectRefused(['run', DEFAULT, '-x', 'y'], /unknown option -x \(options: .*--out.*-o, -h\)/);
  });

  it('takes -o for --out', async () => {
    const short = join(dir, 'short.csv');
    const long = join(dir, 'long.csv');
    expect((await cli('run', DEFAULT, '-o', short, '--seed', '4')).code).toBe(0);
    expect((await cli('run', DEFAULT, '--out', long, '--seed', '4')).code).toBe(0);
    expect(readFileSync(short, 'utf8')).toBe(readFileSync(long, 'utf8'));
  });

  it('unwritable output path', async () => {
    const result = await cli('run', DEFAULT, '--out', join(dir, 'no-such-dir', 'out.csv'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot write .*out\.csv: directory .* does not exist/);
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'locked');
      mkdirSync(locked);
      chmodSync(locked, 0o500);
      expect((await cli('run', DEFAULT, '--out', join(locked, 'out.csv'))).stderr).toMatch(/permission denied/);
    }
  });

  it('the real process exits with code 2 and leaves no temporary files', async () => {
    const before = readdirSync(dir).length;
    const result = spawnCli('run', join(dir, 'nope.json'), '--out', join(dir, 'never.csv'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: 1 problem in the scenario:/);
    expect(readdirSync(dir).length).toBe(before);
  });
});

describe('sim validate and schema', () => {
  it('validates the bundled scenarios and reports every problem of a bad one', async () => {
    expect(await cli('validate', DEFAULT)).toMatchObject({ code: 0, stdout: `ok ${DEFAULT}\n` });
    const file = join(dir, 'two-problems.json');
    writeFileSync(file, '{"ticks": "ten", "actoin": {}}');
    const result = await cli('validate', DEFAULT, file);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/2 problems/);
    expect(result.stderr).toMatch(/did you mean "action"/);
  });

  it('prints the JSON Schema', async () => {
    const schema = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'sim/cli/bin.ts', 'schema'], { cwd: ROOT, encoding: 'utf8' }));
    expect(schema.properties.action.properties.governance.enum).toEqual(['shared', 'lead', 'nao']);
  });
});

describe('sim robustness', () => {
  const LEADERSHIP = join(ROOT, 'scenarios/sweeps/leadership.json');

  it('re-measures the sweep’s comparison with each constant ×0.5 and ×1.5 and with a mechanism off, paired seed for seed', async () => {
    const out = join(dir, 'robustness');
    const options = ['--metric', 'lifetime', '--seeds', '40', '--only', 'model.trust.gain,model.trust.loss'];
    const argv = ['robustness', LEADERSHIP, ...options, '--ablate', 'model.leadership.facilitation=0', '--workers', '2', '--out', out];
    const result = await cli(...argv);
    expect(result.code, result.stderr).toBe(0);
    const rows = readFileSync(join(out, 'robustness.csv'), 'utf8').trim().split('\n');
    expect(rows[0]).toBe('variant,constant,factor,value,setting,comparison,n,effect,low,high');
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 4).join(','))).toEqual([
      'baseline,,,',
      'ablation,,,',
      'perturbation,model.trust.gain,0.5,0.06',
      'perturbation,model.trust.gain,1.5,0.18',
      'perturbation,model.trust.loss,0.5,0.15',
      'perturbation,model.trust.loss,1.5,0.45',
    ]);
    // The baseline is the paired difference of the two settings' runs, computed here independently.
    const { parseScenario, runScenario } = await import('../../sim/index');
    const base = parseScenario(readFileSync(DEFAULT, 'utf8'));
    if (!base.ok) throw new Error('default scenario invalid');
    const led = { ...base.scenario, action: { ...base.scenario.action, leadership: 'facilitative' as const } };
    const diffs = Array.from({ length: 40 }, (_, k) => runScenario(led, k + 1).summary.lifetime - runScenario(base.scenario, k + 1).summary.lifetime);
    const mean = diffs.reduce((a, b) => a + b, 0) / diffs.length;
    expect(Number(rows[1]!.split(',').at(-3))).toBeCloseTo(mean, 4);
    const json = JSON.parse(readFileSync(join(out, 'robustness.json'), 'utf8'));
    expect(json.comparisons[0].tried).toBe(4);
    expect(json.comparisons[0].held + json.comparisons[0].breaking.length).toBe(4);
    expect(result.stdout).toContain('holds under');
    expect(result.stdout).toContain('with model.leadership.facilitation=0');
  }, 120_000);

  it('names what is wrong: an unknown metric, a sweep with one setting, an unknown constant', async () => {
    const metric = await cli('robustness', LEADERSHIP, '--metric', 'happiness', '--out', join(dir, 'r2'));
    expect(metric.code).toBe(2);
    expect(metric.stderr).toContain('--metric: expected one of cumulative_effectiveness');
    const single = join(dir, 'single.json');
    writeFileSync(single, JSON.stringify({ scenario: DEFAULT, factors: {} }));
    const one = await cli('robustness', single, '--out', join(dir, 'r3'));
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/needs at least two/);
    const unknown = await cli('robustness', LEADERSHIP, '--only', 'model.trust.gian', '--out', join(dir, 'r4'));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--only model.trust.gian: not a model constant');
  });
});
