/**
 * Guarantee: whatever a user (or a file, a URL, another program) hands the scenario and
 * sweep loaders, they never throw: they return either a valid result or a list of
 * structured problems, each with a path, what was expected and what was received.
 * See docs/reliability.md.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createSimulation, formatIssue, parseScenario, restoreSimulation, validateScenario, type ScenarioIssue } from '../../sim/index';
import { checkpointFromJson, checkpointToJson } from '../../sim/run/checkpointJson';
import { loadSweepText } from '../../sim/cli/sweep/loadSweep';
import { TICK_METRICS } from '../../sim/sweep/schema';
import { damage, damagedScenario, damagedText, junkText, badValue, SCENARIO_SCHEMA, validScenarioInput, type JsonSchema } from './arbitraries';
import { fcParameters } from './fc';

const ROOT = new URL('../..', import.meta.url).pathname;

/** What every problem list must look like, whatever the input. */
function expectWellFormed(result: { ok: true } | { ok: false; issues: ScenarioIssue[] }): void {
  if (result.ok) return;
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(typeof issue.path).toBe('string');
    expect(typeof issue.expected).toBe('string');
    expect(issue.expected.length).toBeGreaterThan(0);
    expect(typeof issue.received).toBe('string');
    // Quoted input is cut short: a problem stays readable however long the input was.
    expect(issue.received.length).toBeLessThanOrEqual(400);
    expect(issue.expected.length).toBeLessThanOrEqual(1_000);
    if (issue.line !== undefined || issue.column !== undefined) {
      expect(Number.isInteger(issue.line) && issue.line! >= 1).toBe(true);
      expect(Number.isInteger(issue.column) && issue.column! >= 1).toBe(true);
    }
    const line = formatIssue(issue);
    expect(line).toContain(issue.expected);
    // The source is the file as the user named it; everything else is bounded.
    expect(line.length).toBeLessThanOrEqual(1_700 + (issue.source?.length ?? 0));
  }
}

/** Every key the scenario schema knows, at any depth: random objects built from them get past the first checks. */
function schemaKeys(schema: JsonSchema, out = new Set<string>()): string[] {
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    out.add(key);
    schemaKeys(child, out);
  }
  if (schema.items) schemaKeys(schema.items, out);
  for (const option of schema.anyOf ?? []) schemaKeys(option, out);
  return [...out];
}
const KEYS = schemaKeys(SCENARIO_SCHEMA);
const keyedJunk: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 1 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 6 }),
    fc.array(tie('value'), { maxLength: 4 }),
  ),
})).value;

const pretty = (value: unknown) => fc.constantFrom(0, 2, '\t').map((indent) => JSON.stringify(value, null, indent));

describe('parseScenario and validateScenario on invalid input', () => {
  it('never throw on valid scenarios damaged at one place (2,000 cases)', () => {
    fc.assert(
      fc.property(damagedScenario, (input) => {
        // Deleting the root leaves nothing: JSON.stringify gives undefined, which as a file is empty text.
        const fromText = parseScenario(JSON.stringify(input) ?? '', 'case.json');
        expectWellFormed(fromText);
        if (!fromText.ok) for (const issue of fromText.issues) expect(issue.source).toBe('case.json');
        expectWellFormed(validateScenario(input));
      }),
      fcParameters(2_000),
    );
  });

  it('never throw on damaged JSON text (2,000 cases)', () => {
    fc.assert(
      fc.property(damagedText(validScenarioInput.chain(pretty)), (text) => expectWellFormed(parseScenario(text, 'case.json'))),
      fcParameters(2_000),
    );
  });

  it('never throw on non-JSON text, random bytes and deep nesting (2,000 cases)', () => {
    fc.assert(
      fc.property(junkText, (text) => {
        const result = parseScenario(text, 'case.json');
        expectWellFormed(result);
      }),
      fcParameters(2_000),
    );
  });

  it('never throw on random JSON made of the schema’s own keys (2,000 cases)', () => {
    fc.assert(
      fc.property(keyedJunk, (value) => {
        expectWellFormed(parseScenario(JSON.stringify(value) ?? 'null'));
        expectWellFormed(validateScenario(value));
      }),
      fcParameters(2_000),
    );
  });

  it('validateScenario never throws on any JavaScript value a program can pass (big integers, symbols, maps, typed arrays, …) (2,000 cases)', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    });
    const placed = fc.oneof(
      anything,
      fc.tuple(validScenarioInput, fc.nat(), anything).map(([input, pick, bad]) => damage(input, pick, bad, 'x')),
    );
    fc.assert(
      fc.property(placed, fc.boolean(), (value, withSymbol) => {
        const input = withSymbol && value && typeof value === 'object' ? Object.assign(value, { ticks: Symbol('ticks') }) : value;
        expectWellFormed(validateScenario(input));
      }),
      fcParameters(2_000),
    );
  });
});

describe('the sweep loader on invalid input', () => {
  const sweepPath = join(tmpdir(), 'interstice-reliability-no-such-dir', 'case.sweep.json');
  const FACTOR_PATHS = ['action.governance', 'action.steward', 'behaviour.exit_rate', 'organisations.count.E', 'ticks', 'action.instruments', 'hazards.crisis'];
  const validSweep: fc.Arbitrary<Record<string, unknown>> = fc.record(
    {
      title: fc.string({ maxLength: 20 }),
      scenario: fc.oneof(
        validScenarioInput,
        fc.constant(join(ROOT, 'scenarios/default.json')),
        fc.constantFrom('missing.json', '../scenarios/default.json', '.', ''),
      ),
      factors: fc.dictionary(
        fc.constantFrom(...FACTOR_PATHS),
        fc.oneof(
          fc.array(fc.jsonValue({ maxDepth: 1 }), { minLength: 1, maxLength: 3 }),
          fc.record(
            {
              from: fc.double({ noNaN: true, min: -2, max: 2 }),
              to: fc.double({ noNaN: true, min: -2, max: 200 }),
              steps: fc.integer({ min: 2, max: 4 }),
              integer: fc.boolean(),
            },
            { requiredKeys: ['from', 'to', 'steps'] },
          ),
        ),
        { maxKeys: 3 },
      ),
      replications: fc.integer({ min: 1, max: 5 }),
      seeds: fc.record({ policy: fc.constantFrom('paired', 'independent'), base: fc.integer({ min: 0, max: 2 ** 40 }) }, { requiredKeys: [] }),
      metrics: fc.uniqueArray(fc.constantFrom(...TICK_METRICS), { minLength: 1, maxLength: 4 }),
      ticks: fc.integer({ min: 1, max: 24 }),
    },
    { requiredKeys: ['scenario'] },
  );
  const damagedSweep = fc
    .tuple(validSweep, fc.nat(), badValue, fc.constantFrom('replicatons', 'factor', '__proto__', 'x'.repeat(300)))
    .map(([sweep, pick, bad, typo]) => damage(sweep, pick, bad, typo));

  it('never throws on sweeps (valid, damaged at one place, damaged text, junk) (2,000 cases)', () => {
    const texts = fc.oneof(
      validSweep.map((s) => JSON.stringify(s)),
      damagedSweep.map((s) => JSON.stringify(s) ?? 'null'),
      damagedText(validSweep.chain(pretty)),
      junkText,
    );
    fc.assert(
      fc.property(texts, (text) => {
        const result = loadSweepText(text, sweepPath);
        expectWellFormed(result);
      }),
      fcParameters(2_000),
    );
  });
});

describe('checkpoints read from JSON (sim/run/checkpointJson.ts) on damaged input', () => {
  it('never throw: a damaged checkpoint is refused with its problems, or restores and runs (1,000 cases)', () => {
    const scenario = (() => {
      const parsed = parseScenario(JSON.stringify({ ticks: 24, organisations: { count: { E: 3, P: 3, T: 4 } } }));
      if (!parsed.ok) throw new Error('invalid');
      return parsed.scenario;
    })();
    const sim = createSimulation(scenario, 5);
    sim.run(10);
    sim.inject({ type: 'crisis', magnitude: 0.5 });
    const text = checkpointToJson(sim.checkpoint());
    const plain = JSON.parse(text) as unknown;
    const damaged = fc.oneof(
      fc
        .tuple(fc.nat(), badValue, fc.constantFrom('extra', '__proto__', '$typed', '$number'))
        .map(([pick, bad, typo]) => JSON.stringify(damage(plain, pick, bad, typo)) ?? 'null'),
      damagedText(fc.constant(text)),
      junkText,
    );
    let restored = 0;
    fc.assert(
      fc.property(damaged, (input) => {
        const result = checkpointFromJson(input, scenario);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) expect(typeof problem).toBe('string');
          return;
        }
        restored++;
        const resumed = restoreSimulation(scenario, result.checkpoint);
        resumed.run(3);
      }),
      fcParameters(1_000),
    );
    console.log(`damaged checkpoints: ${restored} of 1,000 still restorable (changed numbers only), the rest refused`);
  });

  it('names a checkpoint of an earlier model version as such (the format is bumped whenever its fields change)', () => {
    const scenario = (() => {
      const parsed = parseScenario(JSON.stringify({ ticks: 24, organisations: { count: { E: 3, P: 3, T: 4 } } }));
      if (!parsed.ok) throw new Error('invalid');
      return parsed.scenario;
    })();
    const text = checkpointToJson(createSimulation(scenario, 5).checkpoint());
    const older = text.replace(/"interstice-checkpoint-(\d+)"/, (_, n: string) => `"interstice-checkpoint-${Number(n) - 1}"`);
    const result = checkpointFromJson(older, scenario);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/earlier version of the model: re-run from the scenario/);
    const stranger = checkpointFromJson(text.replace(/"interstice-checkpoint-\d+"/, '"something-else"'), scenario);
    expect(!stranger.ok && stranger.problems[0]).not.toMatch(/earlier version/);
  });
});

describe('nothing in a file is run or reaches the program’s objects', () => {
  it('"__proto__", "constructor" and "prototype" keys are refused where they stand, with their line; Object.prototype untouched', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const texts = [
      '{"__proto__": {"polluted": 1}}',
      '{"action": {"__proto__": {"polluted": 1}}}',
      '{"constructor": {"prototype": {"polluted": 1}}}',
      '{"organisations": {"list": [{"name": "a", "order": "E", "field": "health", "__proto__": {"polluted": 1}}]}}',
      '{"meta": {"title": {"en": "a"}},\n "prototype": 1}',
    ];
    for (const text of texts) {
      const result = parseScenario(text);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.issues[0]!.received).toMatch(/^the key "(__proto__|constructor|prototype)" is not allowed/);
    }
    const last = parseScenario(texts[4]!);
    expect(!last.ok && last.issues[0]).toMatchObject({ line: 2, column: 2 });
    // A sweep factor named __proto__ would vanish into the prototype (zod's record): refused, in the file and inline.
    const named = loadSweepText('{"scenario": {}, "factors": {"__proto__": [1]}}', join(tmpdir(), 'named.sweep.json'));
    expect(!named.ok && named.issues[0]!.received).toMatch(/the key "__proto__" is not allowed/);
    const sweep = loadSweepText(
      JSON.stringify({ scenario: {}, factors: { '__proto__.polluted': [1], 'constructor.prototype.polluted': [1] } }),
      join(tmpdir(), 'proto.sweep.json'),
    );
    expect(sweep.ok).toBe(false);
    expect(!sweep.ok && sweep.issues.map((i) => i.expected)).toEqual([
      expect.stringMatching(/^a known scenario field/),
      expect.stringMatching(/^a known scenario field/),
    ]);
    const { parseOverride } = await import('../../sim/scenario/overrides');
    expect('value' in (parseOverride('__proto__.polluted=1') as object)).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });
});
