/**
 * Every problem the tool reports, in both languages, from its data: each code of every
 * problem table (sim/scenario/problemCatalog.ts) is produced here, mostly by the real
 * readers from wrong files, values, overrides and sweeps. Its English words (what the
 * command line prints) are the English table's words for its parameters, and its French
 * words leave nothing of the English phrasing (names, paths and values stay as the user
 * wrote them). `SHOW_FRENCH=1 npx vitest run tests/viz/problemsFr.test.ts` prints every pair.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, validateScenario, type ScenarioIssue } from '../../sim/index';
import { formatIssue, placed } from '../../sim/scenario/issues';
import { PROBLEMS_EN, problemWords } from '../../sim/scenario/problemCatalog';
import { inputProblem } from '../../sim/scenario/inputProblems';
import { scenarioProblem } from '../../sim/scenario/problems';
import { sweepProblem } from '../../sim/sweep/problems';
import { jsonIssue } from '../../sim/scenario/jsonText';
import { JSON_PROBLEMS_EN, type JsonProblemCode, type JsonProblemParams } from '../../sim/scenario/jsonProblems';
import { loadScenario, readScenarioText } from '../../sim/cli/loadScenario';
import { planInlineSweep } from '../../sim/worker/sweepApi';
import { formatIssueFr, PROBLEMS_FR } from '../../viz/app/i18n/problemsFr';
import { BAD_FILES, BAD_OVERRIDES, BAD_SWEEPS, BAD_TEXTS, BAD_VALUES } from './problemInputs';
import { withoutSource } from '../../sim/scenario/issues';

/** Fragments of the English wording: none may survive in French. */
const ENGLISH = [
  ...['expected', 'received', 'found', 'unexpected', 'nothing', 'unknown field', 'at least', 'at most', 'one of', 'a number', 'an integer'],
  ...['item(s)', 'character(s)', ' again', 'end of file', 'trailing comma', 'property name', 'in array', 'after the value', 'too large'],
  ...['nesting deeper', 'values in one document', 'characters, more than', 'valid JSON', 'known field', 'did you mean', 'this field is required'],
  ...['not listed before', 'one need per field', 'listed once', 'for a leader', 'organisations in all', 'one machine', 'well under an hour'],
  ...['a multiple of', 'an array of', 'an object', 'unterminated', 'escape', 'control character', 'value(s)', 'sweep', 'setting', 'in the browser'],
  ...['command line', 'rows of', 'the key', 'appears twice', 'is not allowed', ' or ', 'a valid', 'a string', 'a record', 'a symbol', 'a function'],
  ...['big integer', 'path=value', 'e.g.', 'dotted path', 'scenario field', 'unknown path', 'an index', 'entries', 'adds one', 'list is empty'],
  ...['of the value', 'column', 'a file', 'bytes', 'regular file', 'named pipe', 'directory', 'readable', 'no such file', 'binary data', 'text in'],
  ...['in memory', 'inline', 'file path', 'characters'],
];

/** Thousands as English writes them (French groups with a narrow space). */
const ENGLISH_THOUSANDS = /\d,\d{3}\b/;

function readerIssue<K extends JsonProblemCode>(code: K, params: JsonProblemParams[K]): ScenarioIssue {
  const message = (JSON_PROBLEMS_EN[code] as (p: unknown) => string)(params);
  return jsonIssue({ ok: false, message, position: { line: 1, column: 1 }, code, params: params as Record<string, unknown> });
}

/** Problems no small input triggers (limits, memory, the editor), as the engine makes them. */
const rare: ScenarioIssue[] = [
  readerIssue('tooManyValues', { limit: 2_000_000 }),
  readerIssue('tooLong', { length: 60_000_000, limit: 50_000_000 }),
  scenarioProblem('ticks', 'notMultiple', { divisor: '12', found: { kind: 'written', text: '7.5' } }),
  scenarioProblem('territory.fields', 'tooBig', { origin: 'array', maximum: '12', inclusive: true, found: { kind: 'list', length: 13 } }),
  scenarioProblem('meta.title.en', 'tooBig', { origin: 'string', maximum: '200', inclusive: true, found: { kind: 'written', text: '"…"' } }),
  scenarioProblem('events', 'invalidValue', { check: 'custom', found: { kind: 'object' } }),
  scenarioProblem('hash', 'notPattern', { pattern: '/^[0-9a-f]{1,64}$/', found: { kind: 'written', text: '"AB12"' } }),
  inputProblem('big.json', { code: 'fileTooLarge', params: { limit: 50_000_000, size: 60_000_000 } }),
  inputProblem('-', { code: 'fileTooLarge', params: { limit: 50_000_000, size: null } }),
  inputProblem('pipe', { code: 'notRegularFile', params: { kind: 'namedPipe' } }),
  inputProblem('/dev/null', { code: 'notRegularFile', params: { kind: 'device' } }),
  inputProblem('socket', { code: 'notRegularFile', params: { kind: 'socket' } }),
  inputProblem('locked.json', { code: 'unreadable', params: { file: 'json', failure: { error: 'EACCES' } } }),
  inputProblem('odd.json', { code: 'unreadable', params: { file: 'file', failure: { message: 'EBUSY: resource busy' } } }),
  inputProblem(undefined, { code: 'textTooLong', params: { limit: 1_000_000, length: 1_200_000 } }),
  // The engine's own message stays as it gave it.
  placed(sweepProblem('sweep', '', 'tooLargeToPlan', { message: 'Invalid array length' }), { name: null }),
];

function failed(result: { ok: true } | { ok: false; issues: ScenarioIssue[] }, what: string): ScenarioIssue[] {
  expect(result.ok, what).toBe(false);
  return result.ok ? [] : result.issues;
}

function allIssues(): ScenarioIssue[] {
  const folder = mkdtempSync(join(tmpdir(), 'problems-'));
  const issues: ScenarioIssue[] = [];
  for (const sweep of BAD_SWEEPS) issues.push(...failed(planInlineSweep(sweep, 'sweep'), JSON.stringify(sweep)));
  for (const value of BAD_VALUES) issues.push(...failed(validateScenario(value), String(Object.keys(value as object))));
  for (const text of BAD_TEXTS) issues.push(...failed(parseScenario(text, 'mine.json'), text));
  for (const override of BAD_OVERRIDES) issues.push(...failed(loadScenario('scenarios/default.json', [override]), override.slice(0, 60)));
  for (const [name, bytes] of Object.entries(BAD_FILES)) {
    writeFileSync(join(folder, name), bytes);
    const read = readScenarioText(join(folder, name));
    if (!read.ok) issues.push(read.issue);
  }
  for (const path of [folder, join(folder, 'missing.json')]) {
    const read = readScenarioText(path);
    if (!read.ok) issues.push(read.issue);
  }
  return [...issues, ...rare];
}

describe('problems in both languages', () => {
  const issues = allIssues();

  it('tries every code of every problem table', () => {
    const tried = new Set(issues.map((issue) => issue.code));
    expect(Object.keys(PROBLEMS_FR).filter((code) => !tried.has(code as ScenarioIssue['code']))).toEqual([]);
  });

  it('words each problem in English from its code and parameters', () => {
    for (const issue of issues) {
      expect({ expected: issue.expected, received: issue.received }, issue.code).toEqual(problemWords(PROBLEMS_EN, issue.code, issue.params));
    }
  });

  it('leaves nothing of the English wording in French, for every problem', () => {
    if (process.env.SHOW_FRENCH) for (const issue of issues) console.log(`${formatIssue(issue)}\n  ${formatIssueFr(issue)}`);
    const left = issues.map(formatIssueFr).filter((line) => ENGLISH.some((fragment) => line.includes(fragment)) || ENGLISH_THOUSANDS.test(line));
    expect(left).toEqual([]);
    // The French is rendered from the data alone, not from the English words.
    for (const issue of issues) expect(formatIssueFr({ ...issue, expected: '', received: '' })).toBe(formatIssueFr(issue));
  });

  it('keeps the place, the path and what the user wrote', () => {
    const [issue] = failed(validateScenario({ action: { governance: 'anarchy' } }), 'anarchy');
    expect(formatIssue(issue!)).toBe('action.governance: expected one of "shared" | "lead" | "nao", received "anarchy"');
    expect(formatIssueFr(issue!)).toBe('action.governance : attendu l’une des valeurs "shared" | "lead" | "nao", reçu "anarchy"');
    const [typo] = failed(validateScenario({ actoin: {} }), 'actoin');
    expect(formatIssueFr(typo!)).toBe('actoin : attendu un champ connu (vouliez-vous dire « action » ?), reçu le champ inconnu « actoin »');
    const [broken] = failed(parseScenario('{\n  "ticks": 12\n  "action": {}\n}', 'mine.json'), 'broken');
    expect(formatIssueFr(broken!)).toBe(`mine.json:3:3 : attendu du JSON valide, reçu "\\"" au lieu de ',' ou '}' après la valeur de « ticks »`);
    const [low] = failed(validateScenario({ ticks: 0 }), 'ticks 0');
    expect(formatIssueFr(low!)).toBe('ticks : attendu un nombre ≥ 1, reçu 0');
    const [limit] = failed(validateScenario({ organisations: { count: { E: 900_000, P: 900_000, T: 900_000 } } }), 'limit');
    expect(formatIssueFr(limit!)).toMatch(
      /^organisations\.count : attendu au plus 1\u202f000\u202f000 organisations en tout \(la limite d’une machine\), reçu /,
    );
  });

  it('names the place in a sweep from its data: the page’s sweep, its scenario, a setting', () => {
    const [issue] = failed(planInlineSweep({ scenario: {}, factors: { 'action.nao_capacity': [0, 2] }, replications: 2 }, 'sweep'), 'setting');
    expect(issue!.source).toBe('sweep (scenario) (setting action.nao_capacity=0)');
    expect(issue!.place).toEqual({ name: null, scenario: true, setting: 'action.nao_capacity=0' });
    expect(formatIssueFr(issue!)).toMatch(/^balayage \(scénario\) \(paramétrage action\.nao_capacity=0\) action\.nao_capacity : attendu /);
    const [base] = failed(planInlineSweep({ scenario: { ticks: 0 }, replications: 2 }, 'sweep'), 'base');
    expect(formatIssueFr(base!)).toMatch(/^balayage \(scénario\) \(paramétrage de base\) ticks : /);
    // A source the caller leaves out stays out, place or not.
    expect(formatIssueFr(withoutSource(base!))).toBe('ticks : attendu un nombre ≥ 1, reçu 0');
  });
});
