/**
 * Guarantee: a sweep killed at any moment (SIGKILL: no clean-up code runs) loses no
 * finished run, and `--resume` completes it to a folder identical to an uninterrupted
 * sweep: every file byte for byte, the manifest apart from its start and end times.
 *
 * A real sweep process is killed ten times at seeded random moments (during start-up, after
 * a random number of finished runs, and while the result files are written), resumed each
 * time; the kill plan is reproducible with KILL_SEED (printed). See docs/reliability.md.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const KILL_SEED = process.env.KILL_SEED === undefined ? 20_260_811 : Number(process.env.KILL_SEED);
const KILLS = 10;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'interstice-resume-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** mulberry32: a small seeded generator for the kill moments. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const journalLines = (out: string) => {
  const path = join(out, 'runs.jsonl');
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').length - 1 : 0;
};

/**
 * Starts the real command; with a `kill` plan, kills it with SIGKILL `jitterMs` after its
 * journal holds `atRuns` finished runs (0: during start-up; all: while it writes its result
 * files, or after), unless it ends first.
 */
function sweep(
  file: string,
  out: string,
  resume: boolean,
  kill?: { atRuns: number; jitterMs: number },
): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number; stderr: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'sim/cli/bin.ts', 'sweep', file, '--workers', '2', '--out', out, ...(resume ? ['--resume'] : [])], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let timer: NodeJS.Timeout | undefined;
  const poll = kill
    ? setInterval(() => {
        if (timer === undefined && journalLines(out) >= kill.atRuns) timer = setTimeout(() => child.kill('SIGKILL'), kill.jitterMs);
      }, 5)
    : undefined;
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ code, signal, ms: performance.now() - started, stderr });
    });
  });
}

/** Complete lines of the journal, by run. */
function journal(out: string): Map<number, string> {
  const path = join(out, 'runs.jsonl');
  const lines = existsSync(path) ? readFileSync(path, 'utf8').split('\n').slice(0, -1) : [];
  return new Map(lines.map((line) => [(JSON.parse(line) as { run: number }).run, line]));
}

const withoutTimes = (manifestText: string) => {
  const manifest = JSON.parse(manifestText) as Record<string, unknown>;
  delete manifest.started_at;
  delete manifest.finished_at;
  return manifest;
};

describe('sim sweep --resume after SIGKILL', () => {
  it(`killed ${KILLS} times at random points, loses no finished run and ends identical to an uninterrupted sweep`, async () => {
    const file = join(dir, 'kill.sweep.json');
    writeFileSync(
      file,
      JSON.stringify({
        title: 'killed and resumed',
        scenario: join(ROOT, 'scenarios/default.json'),
        factors: { 'action.steward': [false, true], 'action.governance': ['shared', 'nao'] },
        replications: 80,
        ticks: 120,
      }),
    );
    const reference = join(dir, 'reference');
    const uninterrupted = await sweep(file, reference, false);
    expect(uninterrupted.code, uninterrupted.stderr).toBe(0);
    const expected = journal(reference);
    expect(expected.size).toBe(320);

    const out = join(dir, 'killed');
    const next = random(KILL_SEED);
    // Kill points spread over the whole sweep: ten random shares of its runs, in order; a
    // share past the end means "once every run is in the journal" (while the result files
    // are written), a share at or below what is done already means "during start-up".
    const total = expected.size;
    const plan = Array.from({ length: KILLS }, () => ({ atRuns: Math.min(total, Math.floor(next() * (total + 40))), jitterMs: Math.floor(next() * 40) })).sort(
      (a, b) => a.atRuns - b.atRuns,
    );
    const log: string[] = [];
    let finished = new Map<number, string>();
    for (let k = 0; k < KILLS; k++) {
      const result = await sweep(file, out, k > 0, plan[k]);
      const now = journal(out);
      log.push(
        `kill ${k + 1} at ${plan[k]!.atRuns} runs + ${plan[k]!.jitterMs} ms: ${result.signal ?? `exit ${result.code}`} after ${Math.round(result.ms)} ms, ${now.size} runs in the journal`,
      );
      const context = `KILL_SEED=${KILL_SEED}\n${log.join('\n')}`;
      if (result.signal === null) expect(result.code, `${context}\n${result.stderr}`).toBe(0);
      // Nothing finished is ever lost, and what is kept is exactly what the run gives.
      for (const [run, line] of finished) expect(now.get(run), `${context}: run ${run} lost`).toBe(line);
      for (const [run, line] of now) expect(line, `${context}: run ${run} differs`).toBe(expected.get(run));
      finished = now;
    }
    const resumed = await sweep(file, out, true);
    expect(resumed.code, `KILL_SEED=${KILL_SEED}\n${log.join('\n')}\n${resumed.stderr}`).toBe(0);
    expect(resumed.stderr).toMatch(/320\/320 runs/);

    // The whole folder: the same files, byte for byte; the manifest but for its times.
    expect(readdirSync(out).sort()).toEqual(readdirSync(reference).sort());
    for (const name of readdirSync(reference)) {
      const mine = readFileSync(join(out, name), 'utf8');
      const theirs = readFileSync(join(reference, name), 'utf8');
      if (name === 'manifest.json') expect(withoutTimes(mine), name).toEqual(withoutTimes(theirs));
      else expect(mine === theirs, `${name} differs (KILL_SEED=${KILL_SEED})`).toBe(true);
    }
    expect(log.filter((line) => line.includes('SIGKILL')).length, log.join('\n')).toBeGreaterThanOrEqual(KILLS - 2);
    console.log(`resume after SIGKILL (KILL_SEED=${KILL_SEED}, uninterrupted sweep ${Math.round(uninterrupted.ms)} ms):\n${log.join('\n')}`);
  });
});
