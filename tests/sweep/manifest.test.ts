/**
 * A sweep folder's manifest is read like every document (sim/scenario/document.ts): what
 * identifies the sweep is checked and a damaged one is refused naming the file, line:column,
 * field, what was expected and what was found; what is not trusted is left out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readManifest } from '../../sim/cli/sweep/manifestIdentity';
import { CliError } from '../../sim/cli/errors';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'interstice-manifest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GOOD = {
  tool: 'interstice',
  sweep_hash: 'ab12',
  shard: { index: 1, count: 4 },
  sweep: { scenario: {} },
  workers: 2,
  started_at: '2026-11-29T22:00:00.000Z',
};

function refusal(manifest: string): string {
  writeFileSync(join(dir, 'manifest.json'), manifest);
  try {
    readManifest(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as CliError).message;
  }
  throw new Error('the manifest was accepted');
}

describe('a sweep folder’s manifest', () => {
  it('gives the sweep’s hash, shard and sweep; a start time or worker count that does not read is left out', () => {
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(GOOD));
    expect(readManifest(dir)).toEqual({
      sweep_hash: 'ab12',
      shard: { index: 1, count: 4 },
      sweep: { scenario: {} },
      workers: 2,
      started_at: '2026-11-29T22:00:00.000Z',
    });
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...GOOD, shard: null, workers: 0, started_at: 'yesterday' }));
    expect(readManifest(dir)).toEqual({ sweep_hash: 'ab12', shard: null, sweep: { scenario: {} } });
    // Any time Date.parse reads is kept, as ISO 8601; the sweep is read only by merging (which re-plans it).
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ sweep_hash: 'ab12', shard: null, started_at: '2026-11-29T22:00:00+01:00' }));
    expect(readManifest(dir)).toEqual({ sweep_hash: 'ab12', shard: null, started_at: '2026-11-29T21:00:00.000Z' });
  });

  it('is absent from a folder without one', () => {
    expect(readManifest(mkdtempSync(join(dir, 'empty-')))).toBeUndefined();
  });

  it('is refused when damaged, naming the file, line:column, the field and what it holds', () => {
    const shard = refusal(JSON.stringify({ ...GOOD, shard: { index: 1 } }, null, 2));
    expect(shard).toMatch(/^not a valid sweep manifest: .*manifest\.json:\d+:\d+ shard(\.count)?: expected .*, received/);
    expect(refusal(JSON.stringify({ ...GOOD, sweep_hash: 7 }))).toMatch(/manifest\.json:1:\d+ sweep_hash: expected a string, received 7$/);
    expect(refusal('{"sweep_hash": "ab12",')).toMatch(/manifest\.json:1:\d+: expected valid JSON/);
    // The hash is printed in messages: nothing but hexadecimal passes (no terminal escapes from a tampered file).
    expect(refusal(JSON.stringify({ ...GOOD, sweep_hash: '\u001b[31mred' }))).toMatch(
      /sweep_hash: expected a string matching \/\^\[0-9a-f\]\{1,64\}\$\/, received "\\u001b\[31mred"$/,
    );
    expect(refusal(JSON.stringify({ shard: 'all' }))).toMatch(/\(and 1 more\)$/);
  });
});
