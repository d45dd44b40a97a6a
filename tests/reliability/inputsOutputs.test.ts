/**
 * Guarantees of the command line's reads and writes (docs/reliability.md §8):
 * - outputs differ from each other and from every input (by real path), and are written
 *   all or none;
 * - every read is bounded and checked first: named pipes, devices and directories are
 *   refused at once, a 50 MB file is read in well under 1 GB, a UTF-16 file gets a hint;
 * - no input gives a stack trace: 200,000 problems, 5,000 levels of nesting in --set;
 * - messages stay short and blame the right source; option syntax is never ignored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { temporaryPath } from '../../sim/cli/atomicWrite';
import { runCli } from '../helpers/cli';

const ROOT = new URL('../..', import.meta.url).pathname;
const DEFAULT = join(ROOT, 'scenarios/default.json');
let dir: string;

const cli = (...argv: string[]) => runCli(argv, 'captured');

/** The CLI in its own process (for what could hang or crash a process), with a time limit. */
function simProcess(args: string[], options: { input?: string; nodeArgs?: string[] } = {}) {
  return spawnSync(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', 'sim/cli/bin.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    input: options.input,
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'interstice-io-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('outputs never overwrite each other or an input, and are written all or none', () => {
  it('run --out o.json --summary o.json: refused, nothing written', async () => {
    const out = join(dir, 'o.json');
    const result = await cli('run', DEFAULT, '--ticks', '12', '--out', out, '--summary', join(dir, '.', 'o.json'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--summary and --out name the same file/);
    expect(existsSync(out)).toBe(false);
  });

  it('run s.json --out s.json (or through a symbolic link): refused, the scenario untouched', async () => {
    const scenario = join(dir, 's.json');
    writeFileSync(scenario, readFileSync(DEFAULT));
    const link = join(dir, 'link.json');
    symlinkSync(scenario, link);
    for (const target of [scenario, link]) {
      const result = await cli('run', scenario, '--ticks', '12', '--out', target);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/would overwrite the input .*s\.json/);
      expect(readFileSync(scenario, 'utf8')).toBe(readFileSync(DEFAULT, 'utf8'));
    }
  });

  it('--out ok.csv --summary /no/dir/s.json: exit 2 and neither file, not one without the other', async () => {
    const ok = join(dir, 'ok.csv');
    const result = await cli('run', DEFAULT, '--ticks', '12', '--out', ok, '--summary', join(dir, 'no', 'dir', 's.json'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/directory .*no\/dir does not exist/);
    expect(existsSync(ok)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('sweep and robustness: an output folder holding the sweep file itself is refused', async () => {
    const folder = mkdtempSync(join(dir, 'sweep-'));
    const sweep = join(folder, 'runs.csv');
    writeFileSync(sweep, JSON.stringify({ scenario: DEFAULT, factors: { 'action.steward': [false, true] }, replications: 2, ticks: 12 }));
    const result = await cli('sweep', sweep, '--out', folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/would overwrite the input .*runs\.csv/);
  });

  it('temporary names stay within the file system’s 255-byte limit, even for the longest target name', () => {
    const long = join(dir, `${'é'.repeat(120)}.csv`); // 244 bytes
    const temporary = temporaryPath(long);
    expect(Buffer.byteLength(temporary.slice(dir.length + 1))).toBeLessThanOrEqual(255);
    expect(temporaryPath(join(dir, 'short.csv'))).toBe(join(dir, `.short.csv.${process.pid}.tmp`));
  });

  it('a target name of 244 bytes is written (its temporary name would have been too long)', async () => {
    const long = join(dir, `${'é'.repeat(120)}.csv`);
    const result = await cli('run', DEFAULT, '--ticks', '12', '--out', long);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(long, 'utf8').split('\n')[0]).toMatch(/^tick,/);
  });
});

describe('every read is checked first and bounded', () => {
  it('a named pipe nobody writes to is refused at once (it used to wait forever)', () => {
    const fifo = join(dir, 'pipe.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const result = simProcess(['validate', fifo]);
    expect(result.error, 'the process did not finish').toBeUndefined();
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/pipe\.json: expected a regular file, received a named pipe \(FIFO\); give a regular file, or - to read standard input/);
  });

  it('- reads standard input, bounded like a file', () => {
    const ok = simProcess(['validate', '-'], { input: readFileSync(DEFAULT, 'utf8') });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toBe('ok -\n');
    const bad = simProcess(['run', '-', '--ticks', '3'], { input: '{"ticks": "x"}' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^error: 1 problem in the scenario:\n {2}-:1:11 ticks: expected/);
  });

  it('a directory and a device are named as such', async () => {
    expect((await cli('validate', dir)).stderr).toMatch(/expected a regular file, received a directory/);
    expect((await cli('validate', '/dev/null')).stderr).toMatch(/expected a regular file, received a device, not a file/);
  });

  it('a file in UTF-16 gets a hint; binary data is named', async () => {
    const utf16 = join(dir, 'utf16.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"ticks": 12}', 'utf16le')]));
    expect((await cli('validate', utf16)).stderr).toMatch(/utf16\.json: expected a text file in UTF-8, received text in UTF-16 \(save the file as UTF-8\)/);
    const noMark = join(dir, 'utf16-no-mark.json');
    writeFileSync(noMark, Buffer.from('{"ticks": 12}', 'utf16le'));
    expect((await cli('validate', noMark)).stderr).toMatch(/received text in UTF-16/);
    const latin1 = join(dir, 'latin1.json');
    writeFileSync(latin1, Buffer.from('{"meta": {"title": {"en": "caf\xe9"}}}', 'latin1'));
    expect((await cli('validate', latin1)).stderr).toMatch(/received text that is not valid UTF-8 \(save the file as UTF-8\)/);
  });

  it('a 50 MB scenario (one 50-million-character string, or 100,000 listed organisations) is read in well under 1 GB', () => {
    const oneString = join(dir, 'one-string.json');
    writeFileSync(oneString, JSON.stringify({ meta: { description: { en: 'y'.repeat(50_000_000) } } }));
    const list = join(dir, 'list.json');
    const organisations = Array.from({ length: 100_000 }, (_, i) => ({
      name: `organisation ${i} `.padEnd(195, 'x'),
      order: ['E', 'P', 'T'][i % 3],
      field: 'health',
      size: 1.2345678901234,
      alpha: 0.512345678901,
    }));
    writeFileSync(list, JSON.stringify({ ticks: 12, organisations: { list: organisations } }, null, 10));
    for (const file of [oneString, list]) {
      // A 1 GB heap, as the issue measured: the old reader crashed the process (exit 134) on the first.
      const child = spawnSync(process.execPath, ['--max-old-space-size=1024', '--import', 'tsx', 'tests/reliability/fixtures/validateFile.ts', file], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(child.status, child.stderr.slice(0, 500)).toBe(0);
      const measured = JSON.parse(child.stdout) as { ok: boolean; maxRssMB: number };
      console.log(`${file.split('/').pop()}: peak resident memory ${measured.maxRssMB.toFixed(0)} MB`);
      expect(measured.maxRssMB).toBeLessThan(700);
    }
  });
});

describe('no input gives a stack trace', () => {
  it('a file with 200,000 problems: the count, the first thousand, exit 2', async () => {
    const file = join(dir, 'many.json');
    const organisations = Array.from({ length: 100_000 }, () => ({ name: '', order: 'X', field: 'health' }));
    writeFileSync(file, JSON.stringify({ organisations: { list: organisations } }));
    const result = await cli('validate', file);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: 200,000 problems:\n/);
    expect(result.stderr).toMatch(/\n {2}\.\.\. and 199,000 more\n$/);
    expect(result.stderr).not.toMatch(/ at .*\.ts:\d+/);
  });

  it('--set with 5,000 levels of nesting: refused as JSON too deep, naming --set', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const result = await cli('run', DEFAULT, '--set', `meta.title=${deep}`);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--set meta\.title meta\.title: expected a valid JSON value, received nesting deeper than 200 levels/);
  });

  it('duplicate keys are a problem at the second one, with the line of the first', async () => {
    const file = join(dir, 'duplicate.json');
    writeFileSync(file, '{\n "ticks": 12,\n "ticks": 24\n}');
    const result = await cli('validate', file);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /duplicate\.json:3:2: expected valid JSON, received the key "ticks" appears twice in the same object \(first value at line 2\)/,
    );
  });
});

describe('messages stay short and blame the right source; option syntax is never ignored', () => {
  it('a 100,000-character --set path is cut to 60 characters in the message', async () => {
    const result = await cli('run', DEFAULT, '--set', `${'a'.repeat(99_990)}=1`);
    expect(result.code).toBe(2);
    expect(result.stderr.length).toBeLessThan(600);
    expect(result.stderr).toMatch(/a{57}\.\.\./);
  });

  it('--set events[9999].at=1 is one problem, blamed on --set, with the indices the list has', async () => {
    const result = await cli('run', DEFAULT, '--set', 'events[9999].at=1');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'error: 1 problem in the scenario:\n  --set events[9999].at=1 events[9999]: expected index 0 (the list is empty: add its first entry), received 9999\n',
    );
  });

  it('--resume=false is an error, not a resume; --shard beyond any sweep is refused', async () => {
    const sweep = join(ROOT, 'scenarios/sweeps/leadership.json');
    expect((await cli('sweep', sweep, '--resume=false')).stderr).toMatch(/option --resume takes no value \(received "false"\)/);
    expect((await cli('sweep', sweep, '--shard', '1/99999999999999999999')).stderr).toMatch(/--shard: expected K\/N with 1 <= K <= N <= 200,000/);
  });

  it('validate --help prints the usage; schema refuses a file name; no command is an error on standard error', async () => {
    const help = await cli('validate', '--help');
    expect(help).toEqual({ code: 0, stdout: 'usage: npm run -s sim -- validate <scenario.json>...\n', stderr: '' });
    const schema = await cli('schema', 'foo');
    expect(schema.code).toBe(2);
    expect(schema.stderr).toMatch(/schema takes no file \(received "foo"\)/);
    const none = await cli();
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^error: no command given\n\nInterstice/);
  });
});
