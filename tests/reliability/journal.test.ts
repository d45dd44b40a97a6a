/**
 * Guarantee: a sweep folder's journal and manifest are checked, never trusted. A journal
 * line edited by hand (still valid JSON or not), cut short, or copied from another sweep
 * is reported with its line number: `--resume` runs that run again and the finished
 * folder equals an uninterrupted sweep's; `merge` refuses the folder and leaves its inputs
 * byte for byte as they were. The manifest is rewritten from the sweep. See
 * docs/reliability.md §9.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, symlinkSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../sim/cli/main';
import { runCli } from '../helpers/cli';

const ROOT = new URL('../..', import.meta.url).pathname;
const RESULT_FILES = ['runs.csv', 'ticks.csv', 'settings.csv', 'survival.csv', 'differences.csv', 'sensitivity.csv', 'sobol.csv', 'runs.jsonl'];
const quiet = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;

let dir: string;
let sweep: string;
let reference: string;

const cli = (...argv: string[]) => runCli(argv, 'captured');

const lines = (out: string) => readFileSync(join(out, 'runs.jsonl'), 'utf8').split('\n').slice(0, -1);
const writeLines = (out: string, list: string[]) => writeFileSync(join(out, 'runs.jsonl'), list.map((l) => `${l}\n`).join(''));

function expectSameResults(a: string, b: string) {
  for (const file of RESULT_FILES) expect(readFileSync(join(b, file), 'utf8'), file).toBe(readFileSync(join(a, file), 'utf8'));
}

/** A finished copy of the reference folder, to damage. */
function copyOfReference(name: string): string {
  const out = join(dir, name);
  cpSync(reference, out, { recursive: true });
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'interstice-journal-'));
  sweep = join(dir, 'small.json');
  writeFileSync(
    sweep,
    JSON.stringify({
      title: 'journal test',
      scenario: join(ROOT, 'scenarios/default.json'),
      factors: { 'action.steward': [false, true] },
      replications: 6,
      ticks: 24,
      metrics: ['members', 'trust_mean'],
    }),
  );
  reference = join(dir, 'reference');
  const result = await main(
    ['sweep', sweep, '--workers', '1', '--out', reference],
    () => {},
    () => {},
    quiet,
  );
  expect(result).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--resume checks every journal line and runs damaged ones again', () => {
  const damages: [string, (line: string) => string][] = [
    ['an empty summary, still valid JSON', (l) => l.replace(/"summary":\{[^}]*\{[^}]*\}[^}]*\}/, '"summary":{}')],
    ['a metric left out of ticks', (l) => l.replace(/"members":\[[^\]]*\],/, '')],
    ['a shortened tick array', (l) => l.replace(/("trust_mean":\[[^\]]*?),[^,\]]*\]/, '$1]')],
    ['a number changed', (l) => l.replace(/"peak_members":(\d+)/, (_, n) => `"peak_members":${Number(n) + 1}`)],
    ['a line cut short', (l) => l.slice(0, Math.floor(l.length / 2))],
    ['a line that is not JSON', () => 'hello'],
  ];
  it.each(damages)('%s: reported with its line, run again; the folder equals an uninterrupted sweep', async (_, damage) => {
    const out = copyOfReference(`damaged-${damages.findIndex((d) => d[1] === damage)}`);
    const list = lines(out);
    const edited = damage(list[3]!);
    expect(edited).not.toBe(list[3]);
    list[3] = edited;
    writeLines(out, list);
    const result = await cli('sweep', sweep, '--workers', '1', '--out', out, '--resume');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('1 damaged line in the journal, run again:');
    expect(result.stderr).toMatch(/runs\.jsonl line 4: /);
    expectSameResults(reference, out);
  });

  it('a record copied from another sweep fails its check, even with the same run number', async () => {
    const other = join(dir, 'other.json');
    writeFileSync(other, readFileSync(sweep, 'utf8').replace('"journal test"', '"another sweep"').replace('"replications":6', '"replications":7'));
    const otherOut = join(dir, 'other-out');
    expect((await cli('sweep', other, '--workers', '1', '--out', otherOut)).code).toBe(0);
    const out = copyOfReference('foreign');
    const list = lines(out);
    list[2] = lines(otherOut)[2]!;
    writeLines(out, list);
    const result = await cli('sweep', sweep, '--workers', '1', '--out', out, '--resume');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/line 3: its check does not match \(edited, damaged, or from another sweep\)/);
    expectSameResults(reference, out);
  });

  it('without --resume a folder with damaged lines is refused, and left as it was', async () => {
    const out = copyOfReference('no-resume');
    const list = lines(out);
    list[0] = 'garbage';
    writeLines(out, list);
    const before = readFileSync(join(out, 'runs.jsonl'), 'utf8');
    const result = await cli('sweep', sweep, '--workers', '1', '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/add --resume to complete it/);
    expect(readFileSync(join(out, 'runs.jsonl'), 'utf8')).toBe(before);
  });

  it('the manifest is rewritten from the sweep: edited fields do not survive a resume', async () => {
    const out = copyOfReference('manifest');
    const path = join(out, 'manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    const original = { ...manifest };
    Object.assign(manifest, { title: 'edited', replications: 99, metrics: ['members'], total_runs: 5, settings: 1, status: 'complete', runs_done: 5 });
    writeFileSync(path, JSON.stringify(manifest));
    const result = await cli('sweep', sweep, '--workers', '1', '--out', out, '--resume');
    expect(result.code, result.stderr).toBe(0);
    const rewritten = JSON.parse(readFileSync(path, 'utf8'));
    for (const key of ['title', 'replications', 'metrics', 'total_runs', 'settings', 'status', 'runs_done', 'sweep', 'factors', 'seeds', 'sweep_hash'])
      expect(rewritten[key], key).toEqual(original[key]);
  });

  it('a manifest of another sweep, a damaged one, or one that is a link to an endless device: refused at once with its file named', async () => {
    for (const [name, content] of [
      ['hash', (m: string) => m.replace(/"sweep_hash": "[0-9a-f]+"/, '"sweep_hash": "0000"')],
      ['json', () => '{"sweep_hash": '],
      ['proto', (m: string) => m.replace('{', '{"__proto__": {},')],
    ] as const) {
      const out = copyOfReference(`bad-manifest-${name}`);
      writeFileSync(join(out, 'manifest.json'), content(readFileSync(join(out, 'manifest.json'), 'utf8')));
      const result = await cli('sweep', sweep, '--workers', '1', '--out', out, '--resume');
      expect(result.code, name).toBe(2);
      expect(result.stderr, name).toMatch(/manifest\.json|different sweep/);
    }
    const out = copyOfReference('zero-manifest');
    rmSync(join(out, 'manifest.json'));
    symlinkSync('/dev/zero', join(out, 'manifest.json'));
    const result = await cli('sweep', sweep, '--workers', '1', '--out', out, '--resume');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/manifest\.json: expected a regular file, received a device, not a file/);
  });
});

describe('merge only reads its inputs', () => {
  it('refuses a folder with a damaged line, naming it, and leaves every input byte for byte', async () => {
    const shards = [1, 2].map((k) => join(dir, `merge-shard-${k}`));
    for (const [k, out] of shards.entries()) expect((await cli('sweep', sweep, '--workers', '1', '--shard', `${k + 1}/2`, '--out', out)).code).toBe(0);
    // A partial last line, as a kill leaves it: merge must not repair (truncate) it.
    writeFileSync(join(shards[1]!, 'runs.jsonl'), `${readFileSync(join(shards[1]!, 'runs.jsonl'), 'utf8')}{"run":`);
    const before = shards.map((s) => ['runs.jsonl', 'manifest.json'].map((f) => readFileSync(join(s, f))));
    const merged = join(dir, 'merged-damaged');
    const result = await cli('merge', ...shards, '--out', merged);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/merge-shard-2 has 1 damaged line in its journal .*\n {2}.*runs\.jsonl line 7: an unfinished last line/);
    expect(shards.map((s) => ['runs.jsonl', 'manifest.json'].map((f) => readFileSync(join(s, f))))).toEqual(before);
    expect(existsSync(join(merged, 'runs.csv'))).toBe(false);
    // Completed with --resume, the shard merges to the unsharded sweep's files.
    expect((await cli('sweep', sweep, '--workers', '1', '--shard', '2/2', '--out', shards[1]!, '--resume')).code).toBe(0);
    const again = await cli('merge', ...shards, '--out', merged);
    expect(again.code, again.stderr).toBe(0);
    expectSameResults(reference, merged);
  });

  it('refuses an output folder that is one of its inputs', async () => {
    const result = await cli('merge', reference, '--out', reference);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--out .* is the input folder/);
  });

  it('writes its manifest from the re-planned sweep, not from an input manifest', async () => {
    const out = copyOfReference('merge-title');
    const path = join(out, 'manifest.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"title": "journal test"', '"title": "edited"'));
    const merged = join(dir, 'merged-title');
    expect((await cli('merge', out, '--out', merged)).code).toBe(0);
    expect(JSON.parse(readFileSync(join(merged, 'manifest.json'), 'utf8'))).toMatchObject({ title: 'journal test', merged_from: [out], status: 'complete' });
  });
});
