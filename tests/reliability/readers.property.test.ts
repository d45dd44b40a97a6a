/**
 * Guarantee: the readers of what a sweep folder and a shared link hold never throw on
 * damaged input, and never accept a changed record (docs/reliability.md §9):
 * - a journal line is accepted only when it is exactly a line this sweep wrote: any edit,
 *   cut, insertion, or a line of another sweep is refused with a reason (2,000 cases);
 * - a manifest is read as the sweep it names or refused with a CliError, whatever its
 *   content (2,000 cases);
 * - a shared link, even with a valid check code around damaged parts, gives a run or a
 *   named problem (2,000 cases).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../sim/cli/main';
import { loadSweep } from '../../sim/cli/sweep/loadSweep';
import { parseRecordLine, readJournal } from '../../sim/cli/sweep/journal';
import { readManifest } from '../../sim/cli/sweep/manifestIdentity';
import { CliError } from '../../sim/cli/errors';
import type { SweepPlan } from '../../sim/sweep/plan';
import { checkCode, decodeLink, encodeLink } from '../../viz/app/shareUrl';
import { badValue, damage, damagedText, junkText } from './arbitraries';
import { fcParameters } from './fc';

const ROOT = new URL('../..', import.meta.url).pathname;
const quiet = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;
let dir: string;
let plan: SweepPlan;
let lines: string[];
let manifestText: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'interstice-readers-'));
  const sweep = join(dir, 'sweep.json');
  writeFileSync(
    sweep,
    JSON.stringify({
      scenario: join(ROOT, 'scenarios/default.json'),
      factors: { 'action.steward': [false, true] },
      replications: 3,
      ticks: 12,
      metrics: ['members'],
    }),
  );
  const out = join(dir, 'out');
  expect(
    await main(
      ['sweep', sweep, '--workers', '1', '--out', out],
      () => {},
      () => {},
      quiet,
    ),
  ).toBe(0);
  const loaded = loadSweep(sweep);
  if (!loaded.ok) throw new Error('the test sweep is invalid');
  plan = loaded.plan;
  lines = readFileSync(join(out, 'runs.jsonl'), 'utf8').split('\n').slice(0, -1);
  manifestText = readFileSync(join(out, 'manifest.json'), 'utf8');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('journal lines', () => {
  it('every line the sweep wrote is accepted as it is', () => {
    for (const line of lines) expect(parseRecordLine(line, plan, () => true).ok).toBe(true);
  });

  it('a line changed in any way is refused with a reason, never accepted and never a throw (2,000 cases)', () => {
    const anyLine = fc.nat().map((k) => lines[k % lines.length]!);
    const edits = fc.oneof(
      damagedText(anyLine),
      // A value changed inside the JSON, re-serialised (still valid JSON, the check left as it was).
      fc.tuple(anyLine, fc.nat(), badValue).map(([line, pick, bad]) => {
        const body = JSON.parse(line) as Record<string, unknown>;
        const check = body.check;
        delete body.check;
        const damaged = damage(body, pick, bad, 'extra') as Record<string, unknown>;
        return JSON.stringify({ ...damaged, check });
      }),
      junkText,
    );
    fc.assert(
      fc.property(edits, (line) => {
        const parsed = parseRecordLine(line, plan, () => true);
        if (lines.includes(line)) return parsed.ok;
        return !parsed.ok && parsed.reason.length > 0 && parsed.reason.length < 300;
      }),
      fcParameters(2_000),
    );
  });

  it('a journal file of random lines reads to the good ones and numbered damaged ones (200 files)', () => {
    const path = join(dir, 'random.jsonl');
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.nat().map((k) => lines[k % lines.length]!),
            damagedText(fc.constantFrom(...lines)).map((t) => t.replace(/\n/g, ' ')),
            junkText.map((t) => t.replace(/\n/g, ' ')),
          ),
          { maxLength: 8 },
        ),
        fc.boolean(),
        (content, lastNewline) => {
          writeFileSync(path, content.join('\n') + (lastNewline && content.length > 0 ? '\n' : ''));
          const read = readJournal(path, plan);
          const runs = read.records.map((r) => r.run);
          expect(new Set(runs).size).toBe(runs.length);
          for (const d of read.damaged) expect(d.line).toBeGreaterThanOrEqual(1);
          expect(read.records.length + read.damaged.length).toBeLessThanOrEqual(content.length);
        },
      ),
      fcParameters(200),
    );
  });
});

describe('manifests', () => {
  it('are read as the sweep they name, or refused with a CliError, whatever their content (2,000 cases)', () => {
    const folder = mkdtempSync(join(dir, 'manifest-'));
    const path = join(folder, 'manifest.json');
    const original = JSON.parse(manifestText) as unknown;
    const contents = fc.oneof(
      damagedText(fc.constant(manifestText)),
      fc
        .tuple(fc.nat(), badValue, fc.constantFrom('x', '__proto__', 'constructor'))
        .map(([pick, bad, typo]) => JSON.stringify(damage(original, pick, bad, typo))),
      junkText,
    );
    fc.assert(
      fc.property(contents, (content) => {
        writeFileSync(path, content);
        try {
          const identity = readManifest(folder);
          expect(typeof identity?.sweep_hash).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(CliError);
          expect((error as CliError).message.length).toBeLessThan(500);
        }
      }),
      fcParameters(2_000),
    );
  });
});

describe('shared links', () => {
  it('give a run or a named problem, even well signed around damaged parts (2,000 cases)', async () => {
    const good = await encodeLink(
      {
        source: { kind: 'bundled', id: 'default' },
        seed: 3,
        overrides: { 'action.governance': 'nao', 'meta.title': { en: 'a', fr: 'b' } },
        compare: { 'action.steward': true },
        live: [{ tick: 5, event: { type: 'crisis', magnitude: 0.3 } }],
      },
      'en',
    );
    const body = good.slice(0, good.lastIndexOf('&h='));
    const known = (id: string) => id === 'default';
    // Well-formed text only: encodeURIComponent refuses lone surrogates (a browser would too).
    const value = fc
      .oneof(
        junkText,
        damagedText(fc.constant('{"en":"a","fr":"b"}')),
        fc.jsonValue().map((v) => JSON.stringify(v)),
      )
      .map((v) => v.replace(/[\ud800-\udfff]/g, '?'));
    const damagedBody = fc.oneof(
      damagedText(fc.constant(body)),
      value.map((v) => `${body}&set=meta.description=${encodeURIComponent(v)}`),
      fc
        .tuple(fc.constantFrom('set', 'b', 'ev', 'seed', 'sc', 'f', 'fn', 'lang', 'cmp', 'v', 'x'), value)
        .map(([key, v]) => `${body}&${key}=${encodeURIComponent(v)}`),
    );
    await fc.assert(
      fc.asyncProperty(damagedBody, fc.boolean(), async (text, sign) => {
        const fragment = sign ? `${text}&h=${checkCode(text)}` : `${text}&h=0`;
        const decoded = await decodeLink(fragment, known);
        if (!decoded.ok) expect(['checksum', 'version', 'format', 'scenario', 'file']).toContain(decoded.problem);
        else expect(decoded.setup.seed).toBeGreaterThanOrEqual(0);
      }),
      fcParameters(2_000),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
