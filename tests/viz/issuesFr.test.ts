/**
 * Scenario problems in French: every kind of problem the engine reports, produced by the
 * real parser from wrong files and values, is worded in French with nothing of the
 * English phrasing left (names, paths and values stay as the user wrote them).
 * `SHOW_FRENCH=1 npx vitest run tests/viz/issuesFr.test.ts` prints every pair, for review.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario, validateScenario, type ScenarioIssue } from '../../sim/index';
import { formatIssue } from '../../sim/scenario/issues';
import { formatIssueFr } from '../../viz/app/i18n/issuesFr';
import { planInlineSweep } from '../../sim/worker/sweepApi';
import { jsonIssue } from '../../sim/scenario/jsonText';
import { JSON_PROBLEMS_EN, type JsonProblemCode, type JsonProblemParams } from '../../sim/scenario/jsonProblems';

/** Fragments of the English wording: none may survive in French. */
const ENGLISH = [
  'expected',
  'received',
  'found',
  'unexpected',
  'nothing',
  'unknown field',
  'at least',
  'at most',
  'one of',
  'a number',
  'an integer',
  'item(s)',
  'character(s)',
  ' again',
  'end of file',
  'trailing comma',
  'property name',
  'in array',
  'after the value',
  'too large',
  'nesting deeper',
  'values in one document',
  'characters, more than',
  'valid JSON',
  'known field',
  'did you mean',
  'this field is required',
  'not listed before',
  'one need per field',
  'listed once',
  'for a leader',
  'organisations in all',
  'one machine',
  'well under an hour',
  'a multiple of',
  'an array of',
  'an object',
  'unterminated',
  'escape',
  'control character',
  'value(s)',
  'sweep',
  'setting',
  'in the browser',
  'command line',
  'rows of',
  'the key',
  'appears twice',
  'is not allowed',
];

/** Thousands as English writes them (French groups with a narrow space). */
const ENGLISH_THOUSANDS = /\d,\d{3}\b/;

const values: unknown[] = [
  { ticks: 0 },
  { ticks: 1.5 },
  { ticks: 'long' },
  { ticks: [1, 2] },
  { ticks: { months: 3 } },
  { ticks: null },
  { action: { governance: 'anarchy' } },
  { actoin: {} },
  { zzzzzzzz: 1 },
  { behaviour: { exit_rate: 2 } },
  { territory: { fields: ['health', 'health'], needs: [1] } },
  { territory: { fields: [] } },
  { action: { instruments: ['pooled_fund', 'pooled_fund'] } },
  { organisations: { count: { E: 1, P: 0, T: 0 } } },
  { organisations: { count: { E: 900_000, P: 900_000, T: 900_000 } } },
  { organisations: { count: { E: 40_000, P: 40_000, T: 40_000 }, ties_per_organisation: 100 } },
  { ticks: 100_000, organisations: { count: { E: 40_000, P: 40_000, T: 40_000 } } },
  {
    organisations: {
      list: [
        { name: 'A', order: 'E', field: 'nowhere', leader: true },
        { name: '', order: 'P', field: 'health' },
        { order: 'T', field: 'health' },
      ],
    },
  },
  {
    territory: { fields: ['health', 'housing'] },
    organisations: {
      list: [
        { name: 'A', order: 'E', field: 'schools', leader: true },
        { name: 'B', order: 'P', field: 'health', member: true },
      ],
    },
  },
];

function readerIssue<K extends JsonProblemCode>(code: K, params: JsonProblemParams[K]): ScenarioIssue {
  const message = (JSON_PROBLEMS_EN[code] as (p: unknown) => string)(params);
  return jsonIssue({ ok: false, message, position: { line: 1, column: 1 }, code, params: params as Record<string, unknown> });
}

/** Problems no small input triggers (the reader's size limits), as the engine words them. */
const rare: ScenarioIssue[] = [
  // The reader's own limits, as the reader reports them (jsonIssue of its failure).
  readerIssue('tooManyValues', { limit: 2_000_000 }),
  readerIssue('tooLong', { length: 60_000_000, limit: 50_000_000 }),
  { path: 'ticks', expected: 'a multiple of 12', received: '7' },
  { path: 'territory.fields', expected: 'at most 12 item(s)', received: 'an array of 13' },
  { path: 'meta.title.en', expected: 'at most 200 character(s)', received: '"…"' },
];

const texts = [
  '{"ticks": "12',
  '{"ticks": "\\q"}',
  '{"ticks": "a\tb"}',
  '{"ticks": @}',
  '{"ticks": 1e999}',
  '{"ticks": 12} x',
  '{"ticks": }',
  '{ticks: 12}',
  '{"ticks" 12}',
  '{"ticks": 12 "action": {}}',
  '{"ticks": 12,}',
  '{"territory": {"fields": ["a" "b"]}}',
  '{"territory": {"fields": ["a",]}}',
  '{"ticks": 12',
  `${'['.repeat(300)}${']'.repeat(300)}`,
  '{"__proto__": 1}',
  '{"ticks": 1,\n "ticks": 2}',
];

/** Sweeps the analyst view refuses (as its sweep worker plans them): a bad setting, and each browser limit. */
const sweeps: unknown[] = [
  { scenario: {}, factors: { 'action.nao_capacity': [0, 2] }, replications: 2 },
  { scenario: { ticks: 0 }, replications: 2 },
  { scenario: {}, factors: { 'behaviour.exit_rate': { from: 0, to: 0.1, steps: 1000 }, 'behaviour.influence': [0.1, 0.2] }, replications: 1 },
  { scenario: {}, factors: { 'behaviour.exit_rate': { from: 0, to: 0.1, steps: 100 } }, replications: 600 },
  { scenario: { ticks: 100_000 }, replications: 50, metrics: ['members', 'alive', 'trust_mean'] },
  { scenario: { ticks: 100_000 }, factors: { 'behaviour.exit_rate': { from: 0, to: 0.1, steps: 10 } }, replications: 1, metrics: ['members'] },
  // The designs' own problems (sim/sweep/designs.ts), each refused before any setting is built.
  {
    scenario: {},
    factors: {
      'organisations.count.T': { from: 9, to: 11, steps: 5, integer: true },
      'action.steward': [true, true],
      'behaviour.exit_rate': { from: 0, to: 0.1 },
    },
  },
  {
    scenario: {},
    design: { type: 'morris', samples: 8 },
    factors: {
      'action.governance': ['shared', 'lead', 'nao'],
      'behaviour.exit_rate': { from: 0.1, to: 0.1, steps: 3 },
      'behaviour.influence': { from: 0.1, to: 0.1 },
      'organisations.count.T': { from: 20, to: 21, integer: true },
    },
  },
  { scenario: {}, design: { type: 'grid', seed: 2 } },
  {
    scenario: {},
    design: { type: 'latin_hypercube' },
    factors: { 'action.steward': [true], 'organisations.count.T': { from: 20.2, to: 20.8, integer: true }, 'action.governance': ['nao', 'nao'] },
  },
  {
    scenario: {},
    design: { type: 'morris', trajectories: 2, candidates: 2000 },
    factors: Object.fromEntries(Array.from({ length: 30 }, (_, k) => [`x${k}`, [1, 2]])),
  },
  { scenario: {}, design: { type: 'latin_hypercube' } },
  { scenario: {}, design: { type: 'sobol', samples: 2 }, factors: Object.fromEntries(Array.from({ length: 33 }, (_, k) => [`x${k}`, [1, 2]])) },
  { scenario: {}, design: { type: 'sobol', samples: 2000 }, factors: { 'behaviour.exit_rate': { from: 0, to: 0.1 } } },
];

function allIssues(): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  for (const sweep of sweeps) {
    const planned = planInlineSweep(sweep, 'sweep');
    expect(planned.ok, JSON.stringify(sweep)).toBe(false);
    if (!planned.ok) issues.push(...planned.issues);
  }
  for (const value of values) {
    const result = validateScenario(value);
    expect(result.ok, JSON.stringify(value)).toBe(false);
    if (!result.ok) issues.push(...result.issues);
  }
  for (const text of texts) {
    const result = parseScenario(text, 'mine.json');
    expect(result.ok, text).toBe(false);
    if (!result.ok) issues.push(...result.issues);
  }
  return [...issues, ...rare];
}

describe('scenario problems in French', () => {
  it('leaves nothing of the English wording, for every kind of problem', () => {
    const issues = allIssues();
    expect(issues.length).toBeGreaterThan(35);
    if (process.env.SHOW_FRENCH) for (const issue of issues) console.log(`${formatIssue(issue)}\n  ${formatIssueFr(issue)}`);
    const left = issues.map(formatIssueFr).filter((line) => ENGLISH.some((fragment) => line.includes(fragment)) || ENGLISH_THOUSANDS.test(line));
    expect(left).toEqual([]);
  });

  it('keeps the place, the path and what the user wrote', () => {
    const [issue] = (validateScenario({ action: { governance: 'anarchy' } }) as { issues: ScenarioIssue[] }).issues;
    expect(formatIssue(issue!)).toBe('action.governance: expected one of "shared" | "lead" | "nao", received "anarchy"');
    expect(formatIssueFr(issue!)).toBe('action.governance : attendu l’une des valeurs "shared" | "lead" | "nao", reçu "anarchy"');
    const [typo] = (validateScenario({ actoin: {} }) as { issues: ScenarioIssue[] }).issues;
    expect(formatIssueFr(typo!)).toBe('actoin : attendu un champ connu (vouliez-vous dire « action » ?), reçu le champ inconnu « actoin »');
    const broken = parseScenario('{\n  "ticks": 12\n  "action": {}\n}', 'mine.json');
    if (broken.ok) throw new Error('parsed');
    expect(formatIssueFr(broken.issues[0]!)).toBe(`mine.json:3:3 : attendu du JSON valide, reçu "\\"" au lieu de ',' ou '}' après la valeur de « ticks »`);
    const [low] = (validateScenario({ ticks: 0 }) as { issues: ScenarioIssue[] }).issues;
    expect(formatIssueFr(low!)).toBe('ticks : attendu un nombre ≥ 1, reçu 0');
    const [limit] = (validateScenario({ organisations: { count: { E: 900_000, P: 900_000, T: 900_000 } } }) as { issues: ScenarioIssue[] }).issues;
    expect(formatIssueFr(limit!)).toMatch(
      /^organisations\.count : attendu au plus 1\u202f000\u202f000 organisations en tout \(la limite d’une machine\), reçu /,
    );
  });

  it('words a sweep problem given as data from its code and parameters, not from its English sentence', () => {
    const planned = planInlineSweep({ scenario: {}, design: { type: 'morris' }, factors: { 'action.governance': ['shared', 'lead', 'nao'] } }, 'sweep');
    expect(planned.ok).toBe(false);
    const issue = !planned.ok ? planned.issues[0]! : undefined;
    expect(issue).toMatchObject({ code: 'unorderedInMorris', params: { count: 3 } });
    // Even with its English words gone, the French comes out whole: it is rendered from the data.
    expect(formatIssueFr({ ...issue!, expected: '', received: '' })).toBe(formatIssueFr(issue!));
    expect(formatIssueFr(issue!)).toMatch(/reçu une liste de 3 valeurs$/);
  });

  it('words the scenario’s schema problems from their data as well (type, range, list, unknown field)', () => {
    const result = validateScenario({ ticks: 'long', behaviour: { exit_rate: 2 }, action: { governance: 'anarchy' }, actoin: {} });
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => i.code).sort()).toEqual(['notOneOf', 'tooBig', 'unknownField', 'wrongType']);
    for (const issue of issues) expect(formatIssueFr({ ...issue, expected: '', received: '' })).toBe(formatIssueFr(issue));
    expect(issues.map(formatIssueFr)).toContain('ticks : attendu un nombre, reçu "long"');
    expect(issues.map(formatIssueFr)).toContain('behaviour.exit_rate : attendu un nombre ≤ 1, reçu 2');
  });
});
