/**
 * Guarantee: a scenario or a sweep too large for one machine is refused before any work
 * starts, with exit code 2 and a message naming the limit; so is a file too large to read.
 * The limits are listed in docs/reliability.md.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScenario, validateScenario, type ScenarioIssue } from '../../sim/index';
import { MAX_ORGANISATIONS, MAX_ORGANISATION_TICKS, MAX_TIE_ENDS } from '../../sim/scenario/crossChecks';
import { MAX_JSON_LENGTH, MAX_JSON_VALUES } from '../../sim/scenario/jsonText';
import { loadSweepText, MAX_SWEEP_RUNS, MAX_SWEEP_SETTINGS, MAX_SWEEP_VALUES, MAX_TICKS_CSV_ROWS } from '../../sim/cli/sweep/loadSweep';
import { runCli } from '../helpers/cli';

const ROOT = new URL('../..', import.meta.url).pathname;
/**
 * "Refused before any work" is shown by what did not happen, never by a time (speed is
 * measured in npm run bench): the refused runs would take hours and the refused files could
 * not even be held in memory, so an exit 2 with the limit named, nothing printed and no
 * output written can only come from a refusal before any work.
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'interstice-limits-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]) => runCli(argv, 'terminal');

function scenarioFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

const issuesOf = (input: unknown) => {
  const result = validateScenario(input);
  return result.ok ? [] : result.issues;
};

/**
 * A limit holds exactly at its value: the input just over it is refused with this one issue
 * (the problem as data, and its English words), and the input at the limit is accepted.
 */
function expectLimitHolds(limit: {
  over: unknown;
  problem: Pick<ScenarioIssue, 'path' | 'code' | 'params'>;
  expected: string;
  received: string;
  atLimit: unknown;
}) {
  expect(issuesOf(limit.over)).toEqual([{ ...limit.problem, expected: limit.expected, received: limit.received }]);
  expect(issuesOf(limit.atLimit)).toEqual([]);
}

describe('scenario limits (sim/scenario/crossChecks.ts), for every caller: CLI, sweeps, browser', () => {
  it('the limits are the documented ones', () => {
    expect({ MAX_ORGANISATIONS, MAX_TIE_ENDS, MAX_ORGANISATION_TICKS, MAX_JSON_LENGTH, MAX_JSON_VALUES }).toEqual({
      MAX_ORGANISATIONS: 1_000_000,
      MAX_TIE_ENDS: 10_000_000,
      MAX_ORGANISATION_TICKS: 10_000_000_000,
      MAX_JSON_LENGTH: 67_108_864,
      MAX_JSON_VALUES: 1_000_000,
    });
  });

  it('refuses millions of organisations, naming the limit', () => {
    const issues = issuesOf({ organisations: { count: { E: 1_000_000, P: 1_000_000, T: 0 } } });
    expect(issues.map((i) => i.path)).toContain('organisations.count');
    expect(issues.find((i) => i.path === 'organisations.count')!.expected).toMatch(/at most 1,000,000 organisations/);
    // At the limit itself the scenario is accepted.
    expect(issuesOf({ organisations: { count: { E: 1_000_000, P: 0, T: 0 } }, ticks: 12 })).toEqual([]);
  });

  it('refuses a horizon beyond the schema (millions of ticks)', () => {
    expect(issuesOf({ ticks: 5_000_000 })[0]).toMatchObject({ path: 'ticks', expected: 'a number <= 100000' });
  });

  it('refuses organisations × ticks beyond the limit', () => {
    expectLimitHolds({
      over: { ticks: 100_000, organisations: { count: { E: 100_001, P: 0, T: 0 } } },
      problem: { path: 'ticks', code: 'tooMuchWork', params: { limit: 10_000_000_000, organisations: 100_001, ticks: 100_000 } },
      expected: 'organisations × ticks at most 10,000,000,000 (the work one machine does in well under an hour)',
      received: '100,001 × 100,000 = 10,000,100,000',
      atLimit: { ticks: 100_000, organisations: { count: { E: 100_000, P: 0, T: 0 } } },
    });
  });

  it('refuses organisations × ties_per_organisation beyond the limit (it used to fail with "Set maximum size exceeded" after half a minute)', () => {
    expectLimitHolds({
      over: { ticks: 12, organisations: { count: { E: 1_000_000, P: 0, T: 0 }, ties_per_organisation: 40 } },
      problem: { path: 'organisations.ties_per_organisation', code: 'tooManyTieEnds', params: { limit: 10_000_000, organisations: 1_000_000, ties: 40 } },
      expected: 'organisations × ties_per_organisation at most 10,000,000 (the memory limit of one machine)',
      received: '1,000,000 × 40 = 40,000,000',
      atLimit: { ticks: 12, organisations: { count: { E: 1_000_000, P: 0, T: 0 }, ties_per_organisation: 10 } },
    });
  });

  it('counts listed organisations too (the schema’s 100,000 listed × 100 ties is exactly the limit)', () => {
    const list = Array.from({ length: 100_000 }, (_, k) => ({ name: `o${k}`, order: 'T', field: 'health', member: k < 3 }));
    expect(issuesOf({ ticks: 12, organisations: { list, ties_per_organisation: 100 } })).toEqual([]);
    expect(issuesOf({ ticks: 100_000, organisations: { list } })).toEqual([]);
  });

  it('refuses documents too long or with too many values, and numbers that overflow, as JSON problems', () => {
    const many = parseScenario(`{"territory":{"needs":[${'1,'.repeat(MAX_JSON_VALUES)}1]}}`);
    expect(many.ok || many.issues[0]).toMatchObject({ expected: 'valid JSON', received: 'more than 1,000,000 values in one document' });
    const long = parseScenario(`{"$schema":"${'x'.repeat(MAX_JSON_LENGTH)}"}`);
    expect(long.ok || long.issues[0]).toMatchObject({
      expected: 'valid JSON',
      received: 'a document of 67,108,878 characters, more than the limit of 67,108,864',
    });
    const huge = parseScenario('{"ticks": 1e400}');
    expect(huge.ok || huge.issues[0]).toMatchObject({ line: 1, column: 11, received: 'a number too large to represent (1e400)' });
  });
});

describe('the CLI refuses before any work starts: exit 2, the limit named, nothing written', () => {
  it('sim run: too many organisations × ticks, in the file or through --ticks', async () => {
    const out = join(dir, 'never.csv');
    const big = scenarioFile('big.json', { ticks: 100_000, organisations: { count: { E: 200_000, P: 0, T: 0 } } });
    let result = await cli('run', big, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /big\.json:\d+:\d+ ticks: expected organisations × ticks at most 10,000,000,000 .*received 200,000 × 100,000 = 20,000,000,000/,
    );
    expect(result.stdout).toBe('');
    const fine = scenarioFile('fine.json', { ticks: 12, organisations: { count: { E: 200_000, P: 0, T: 0 } } });
    result = await cli('run', fine, '--ticks', '100000', '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/the run is too large:\n {2}--ticks 100000 ticks: expected organisations × ticks at most 10,000,000,000/);
    expect(result.stdout).toBe('');
    expect((await cli('run', fine, '--ticks', '1000000')).stderr).toMatch(/--ticks: expected an integer from 1 to 100000/);
    expect(existsSync(out)).toBe(false);
  });

  it('sim run and sim validate: a file larger than 64 MiB, or a device, is refused without being read', async () => {
    const path = join(dir, 'sparse.json');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 3 * 2 ** 30); // 3 GiB, sparse: no disk used, and more than Node can read into one string.
    closeSync(fd);
    const result = await cli('validate', path);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/sparse\.json: expected a file of at most 67,108,864 bytes, received 3,221,225,472 bytes/);
    expect(result.stdout).toBe('');
    const device = await cli('validate', '/dev/zero');
    expect(device.code).toBe(2);
    expect(device.stderr).toMatch(/\/dev\/zero: expected a regular file, received a device, not a file/);
  });

  it('sim sweep: too many settings, runs, kept values or ticks.csv rows; no folder is created', async () => {
    const base = join(ROOT, 'scenarios/default.json');
    const cases: [unknown, RegExp][] = [
      [
        {
          scenario: base,
          factors: {
            'behaviour.exit_rate': { from: 0, to: 1, steps: 100 },
            'hazards.crisis': { from: 0, to: 1, steps: 100 },
            'hazards.absorption': { from: 0, to: 1, steps: 100 },
          },
        },
        /factors: expected at most 10,000 settings .*received 1,000,000/,
      ],
      [
        { scenario: base, factors: { 'action.steward': [false, true] }, replications: 150_000 },
        /replications: expected at most 200,000 runs in one sweep .*received 2 × 150,000 = 300,000/,
      ],
      [
        { scenario: base, replications: 100_000, ticks: 1_000, metrics: ['members'] },
        /metrics: expected at most 50,000,000 per-tick values kept .*received 100,000,000/,
      ],
      [
        { scenario: base, factors: { 'hazards.crisis': { from: 0, to: 1, steps: 100 } }, replications: 1, ticks: 30_000, metrics: ['members'] },
        /metrics: expected at most 2,000,000 rows of ticks\.csv .*received 3,000,000/,
      ],
    ];
    for (const [k, [sweep, message]] of cases.entries()) {
      const file = scenarioFile(`sweep-${k}.json`, sweep);
      const out = join(dir, `sweep-out-${k}`);
      const result = await cli('sweep', file, '--out', out);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
      expect(existsSync(out)).toBe(false);
    }
    expect({ MAX_SWEEP_SETTINGS, MAX_SWEEP_RUNS, MAX_SWEEP_VALUES, MAX_TICKS_CSV_ROWS }).toEqual({
      MAX_SWEEP_SETTINGS: 10_000,
      MAX_SWEEP_RUNS: 200_000,
      MAX_SWEEP_VALUES: 50_000_000,
      MAX_TICKS_CSV_ROWS: 2_000_000,
    });
    // A setting that breaks a scenario limit is named with its setting.
    const heavy = loadSweepText(
      JSON.stringify({
        scenario: { ticks: 12, organisations: { count: { P: 0, T: 0 } } },
        factors: { 'organisations.count.E': [10, 1_000_000], 'organisations.ties_per_organisation': [4, 40] },
      }),
      join(dir, 'heavy.json'),
    );
    expect(heavy.ok).toBe(false);
    expect(!heavy.ok && heavy.issues.map((i) => `${i.source} ${i.path}`)).toEqual([
      expect.stringMatching(/setting organisations\.count\.E=1000000, organisations\.ties_per_organisation=40\) organisations\.ties_per_organisation$/),
    ]);
  });

  it('the real process exits with code 2', () => {
    const big = scenarioFile('big-process.json', { organisations: { count: { E: 1_000_000, P: 0, T: 0 }, ties_per_organisation: 50 } });
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'sim/cli/bin.ts', 'run', big], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/organisations\.ties_per_organisation: expected organisations × ties_per_organisation at most 10,000,000/);
  });
});
