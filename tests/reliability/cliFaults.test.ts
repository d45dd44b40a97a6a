/**
 * Guarantee: the CLI never leaves a partial output file or a temporary file behind, and
 * reports a full disk, a read-only file system or an unwritable path with a clear message
 * and its exit code (1 for the machine, 2 for the user's path), never as a stack trace or
 * a silent success. A sweep stopped by a full disk resumes, once space is freed, to the
 * same files as a sweep that never stopped.
 *
 * A full disk is a real one: a 64 KiB tmpfs mounted for the test (needs root and mount;
 * without them those tests are skipped and say so). /dev/full stands for a full disk
 * behind standard output. See docs/reliability.md.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { temporaryPath, writeFileAtomic } from '../../sim/cli/atomicWrite';
import { CliError } from '../../sim/cli/errors';
import { runCli } from '../helpers/cli';

const ROOT = new URL('../..', import.meta.url).pathname;
const DEFAULT = join(ROOT, 'scenarios/default.json');
const RESULT_FILES = ['runs.csv', 'ticks.csv', 'settings.csv', 'survival.csv', 'differences.csv', 'sensitivity.csv', 'sobol.csv', 'runs.jsonl'];

let dir: string;
const mounted: string[] = [];
let canMount = false;

/** A fresh tmpfs of `size` (e.g. '64k'), or undefined when this machine does not allow mounting. */
function tmpfs(size: string, options = ''): string {
  const point = mkdtempSync(join(dir, 'tmpfs-'));
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}${options ? `,${options}` : ''}`, 'tmpfs', point], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`mount failed: ${result.stderr}`);
  mounted.push(point);
  return point;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'interstice-faults-'));
  try {
    if (process.getuid?.() === 0) {
      tmpfs('64k');
      canMount = true;
    }
  } catch {
    canMount = false;
  }
  if (!canMount) console.warn('cliFaults: cannot mount a tmpfs here (not root, or no mount): the full-disk and read-only tests are skipped');
});

afterAll(() => {
  for (const point of mounted.reverse()) spawnSync('umount', [point]);
  rmSync(dir, { recursive: true, force: true });
});

const cli = (...argv: string[]) => runCli(argv, 'quiet');

/** The real command, with its standard output going to `stdoutFile` when given. */
function spawnCli(argv: string[], stdoutFile?: string) {
  const fd = stdoutFile ? openSync(stdoutFile, 'w') : undefined;
  try {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'sim/cli/bin.ts', ...argv], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', fd ?? 'pipe', 'pipe'],
      timeout: 60_000,
    });
    return { code: result.status, stdout: result.stdout ?? '', stderr: result.stderr };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |internal error/);
const temporaries = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.tmp'));

describe('atomic writes', () => {
  it('a failed write leaves neither a partial file nor a temporary file, and an existing file untouched', (ctx) => {
    if (!canMount) ctx.skip();
    const full = tmpfs('64k');
    const target = join(full, 'out.csv');
    let error: unknown;
    try {
      writeFileAtomic(target, 'x'.repeat(200_000));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toBe(`cannot write ${target}: no space left on the device`);
    expect((error as CliError).exitCode).toBe(1);
    expect(readdirSync(full)).toEqual([]);

    writeFileSync(target, 'the previous results\n');
    expect(() => writeFileAtomic(target, ['a'.repeat(40_000), 'b'.repeat(40_000)])).toThrow(/no space left on the device/);
    expect(readFileSync(target, 'utf8')).toBe('the previous results\n');
    expect(readdirSync(full)).toEqual(['out.csv']);
  });

  it('writes content given in pieces (files larger than one string) exactly', () => {
    const target = join(dir, 'pieces.txt');
    const pieces = Array.from({ length: 3_000 }, (_, k) => `line ${k} ${'é'.repeat(k % 50)}\n`);
    writeFileAtomic(target, pieces);
    expect(readFileSync(target, 'utf8')).toBe(pieces.join(''));
    expect(temporaries(dir)).toEqual([]);
  });

  it('removes a temporary file left by a killed process, and only that one', () => {
    const folder = mkdtempSync(join(dir, 'stale-'));
    const target = join(folder, 'out.csv');
    const dead = spawnSync(process.execPath, ['-e', '']).pid!; // a process that has exited
    writeFileSync(temporaryPath(target, dead), 'half a fil');
    const living = temporaryPath(target, process.ppid); // a process still running (vitest's main process)
    writeFileSync(living, 'being written');
    writeFileSync(join(folder, '.other.csv.1.tmp'), 'not ours');
    writeFileAtomic(target, 'done\n');
    expect(readFileSync(target, 'utf8')).toBe('done\n');
    expect(readdirSync(folder).sort()).toEqual(['.other.csv.1.tmp', living.slice(folder.length + 1), 'out.csv'].sort());
  });
});

describe('sim run: full disk, read-only and unwritable outputs', () => {
  it('--out on a full disk: exit 1, a clear message, no file at all (real process)', (ctx) => {
    if (!canMount) ctx.skip();
    const full = tmpfs('64k');
    // About 300 KB of CSV for a 64 KiB disk.
    const result = spawnCli(['run', DEFAULT, '--ticks', '1000', '--out', join(full, 'run.csv'), '--summary', join(full, 'summary.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`error: cannot write ${join(full, 'run.csv')}: no space left on the device\n`);
    expect(readdirSync(full)).toEqual([]);
  });

  it('standard output redirected to a full disk: exit 1 and a clear message, not a silent success', (ctx) => {
    let result = spawnCli(['run', DEFAULT], '/dev/full');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('error: cannot write the output: no space left on the device\n');
    if (!canMount) ctx.skip();
    const full = tmpfs('64k');
    result = spawnCli(['run', DEFAULT, '--ticks', '1000'], join(full, 'redirected.csv'));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('error: cannot write the output: no space left on the device\n');
  });

  it('a closed pipe (| head) is still a success', () => {
    const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" --import tsx sim/cli/bin.ts run "${DEFAULT}" --ticks 5000 | head -1`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^tick,alive,/);
    expect(result.stderr).toBe('');
  });

  it('unwritable paths: exit 2 and the reason, nothing written', async () => {
    const cases: [string, RegExp][] = [
      [join(dir, 'no-such-dir', 'out.csv'), /cannot write .*out\.csv: directory .*no-such-dir does not exist/],
      [join(DEFAULT, 'out.csv'), /cannot write .*out\.csv: .*default\.json is not a directory/],
      [join(DEFAULT, 'sub', 'out.csv'), /cannot write .*out\.csv: a part of .*default\.json\/sub is not a directory/],
      [`${join(dir, 'x'.repeat(300))}.csv`, /cannot write .*: the name is too long/],
    ];
    mkdirSync(join(dir, 'a-directory.csv'));
    cases.push([join(dir, 'a-directory.csv'), /cannot write .*a-directory\.csv: it is a directory/]);
    for (const [out, message] of cases) {
      const result = await cli('run', DEFAULT, '--ticks', '3', '--out', out);
      expect(result.code, out).toBe(2);
      expect(result.stderr).toMatch(message);
      noStack(result.stderr);
    }
    expect(temporaries(dir)).toEqual([]);
  });

  it('a read-only file system: exit 2, the file system named, the old file kept', async (ctx) => {
    if (!canMount) ctx.skip();
    const point = tmpfs('1m');
    writeFileSync(join(point, 'run.csv'), 'old\n');
    expect(spawnSync('mount', ['-o', 'remount,ro', point]).status).toBe(0);
    const result = await cli('run', DEFAULT, '--ticks', '3', '--out', join(point, 'run.csv'));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`error: cannot write ${join(point, 'run.csv')}: the file system is read-only\n`);
    expect(readFileSync(join(point, 'run.csv'), 'utf8')).toBe('old\n');
  });

  it('sim sweep --out on a read-only file system: the file system named (it used to say "ENOENT mkdir"), nothing created', async (ctx) => {
    if (!canMount) ctx.skip();
    const point = tmpfs('1m');
    expect(spawnSync('mount', ['-o', 'remount,ro', point]).status).toBe(0);
    const file = join(dir, 'ro.sweep.json');
    writeFileSync(file, JSON.stringify({ scenario: DEFAULT, factors: { 'action.steward': [false, true] }, replications: 2, ticks: 12 }));
    const result = await cli('sweep', file, '--out', join(point, 'deep', 'results'));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`error: cannot create output folder ${join(point, 'deep', 'results')}: the file system is read-only\n`);
    expect(readdirSync(point)).toEqual([]);
  });
});

describe('sim sweep on a full disk', () => {
  it('stops with exit 1 and a clear message, then --resume (with space freed) gives the files of an uninterrupted sweep', async (ctx) => {
    if (!canMount) ctx.skip();
    const file = join(dir, 'disk.sweep.json');
    writeFileSync(
      file,
      JSON.stringify({ scenario: DEFAULT, factors: { 'action.steward': [false, true], 'action.governance': ['shared', 'nao'] }, replications: 12, ticks: 60 }),
    );
    const reference = join(dir, 'disk-reference');
    expect((await cli('sweep', file, '--workers', '2', '--out', reference)).code).toBe(0);

    const point = tmpfs('64k');
    const out = join(point, 'results');
    const stopped = spawnCli(['sweep', file, '--workers', '2', '--out', out]);
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toMatch(/error: cannot write .*runs\.jsonl: no space left on the device\n$/);
    noStack(stopped.stderr);
    const kept = readFileSync(join(out, 'runs.jsonl'), 'utf8').split('\n').length - 1;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(48);
    expect(existsSync(join(out, 'runs.csv'))).toBe(false);

    expect(spawnSync('mount', ['-o', 'remount,size=16m', point]).status).toBe(0);
    const resumed = await cli('sweep', file, '--workers', '2', '--out', out, '--resume');
    expect(resumed.code, resumed.stderr).toBe(0);
    for (const name of RESULT_FILES) expect(readFileSync(join(out, name), 'utf8'), name).toBe(readFileSync(join(reference, name), 'utf8'));
    expect(temporaries(out)).toEqual([]);
  });
});
