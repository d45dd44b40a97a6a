/**
 * Scenario problems in French. A problem given as data (a code and its parameters: the
 * scenario's schema problems, sim/scenario/problems.ts, and the sweep's design and size
 * problems, sim/sweep/problems.ts) is worded from them (scenarioProblemsFr.ts,
 * sweepProblemsFr.ts). The others the engine words in English (the command line's
 * language) from a fixed set of phrases (file reading, `--set` overrides; the schema phrases
 * below remain for any English issue built elsewhere). The JSON reader's problems are data
 * too (jsonProblemsFr.ts); the page puts those phrases into French and leaves what the user wrote
 * (paths, field names, values) as written. A phrase the table does not know stays in
 * English rather than being lost; tests/viz/issuesFr.test.ts runs every kind of problem
 * through it and fails on any English left.
 */
import { issueLocation, type ScenarioIssue } from '../../sim';
import type { ProblemWords, SweepProblemCode } from '../../../sim/sweep/problems';
import { SWEEP_PROBLEMS_FR } from './sweepProblemsFr';
import type { ScenarioProblemCode } from '../../../sim/scenario/problems';
import { SCENARIO_PROBLEMS_FR } from './scenarioProblemsFr';
import type { JsonProblemCode } from '../../../sim/scenario/jsonProblems';
import { JSON_PROBLEMS_FR } from './jsonProblemsFr';

type Rule = [RegExp, (...groups: string[]) => string];

/** 1,000,000 → 1 000 000 (French groups digits with a narrow no-break space). */
const frenchNumber = (text: string) => text.replace(/(\d),(?=\d{3}\b)/g, '$1\u202f');

const TYPE_NAMES: Record<string, string> = {
  number: 'un nombre',
  string: 'un texte',
  boolean: 'true ou false',
  object: 'un objet',
  array: 'une liste',
  null: 'null',
};

const COMPARISONS: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

/** What was expected. Specific phrases come before the general ones they would also match. */
const EXPECTED: Rule[] = [
  [/^(.*) \(this field is required\)$/, (what) => `${expected(what)} (ce champ est obligatoire)`],
  [/^an integer$/, () => 'un entier'],
  [/^an? (number|string|boolean|object|array|null)$/, (type) => TYPE_NAMES[type]!],
  [/^at least (\d+) item\(s\)$/, (n) => `au moins ${n} élément(s)`],
  [/^at most (\d+) item\(s\)$/, (n) => `au plus ${n} élément(s)`],
  [/^at least (\d+) character\(s\)$/, (n) => `au moins ${n} caractère(s)`],
  [/^at most (\d+) character\(s\)$/, (n) => `au plus ${n} caractère(s)`],
  [/^a number (>=|>|<=|<) (.+)$/, (op, value) => `un nombre ${COMPARISONS[op]} ${value}`],
  [/^a multiple of (.+)$/, (value) => `un multiple de ${value}`],
  [/^a known field \(did you mean "(.+)"\?\)$/, (name) => `un champ connu (vouliez-vous dire « ${name} » ?)`],
  [/^a known field \(one of (.+)\)$/, (names) => `un champ connu (parmi ${names})`],
  [/^one of (.+)$/, (values) => `l’une des valeurs ${values}`],
  [/^valid JSON$/, () => 'du JSON valide'],
];

/** Where a problem was found: a file's name stays as it is; the analyst view's sweep and its settings are named in French. */
const SOURCES: Rule[] = [
  [/^sweep \(scenario\) \(setting base\)$/, () => 'balayage (scénario) (paramétrage de base)'],
  [/^sweep \(scenario\) \(setting (.+)\)$/, (setting) => `balayage (scénario) (paramétrage ${setting})`],
  [/^sweep \(scenario\)$/, () => 'balayage (scénario)'],
  [/^sweep$/, () => 'balayage'],
];

/** What was found, including the JSON reader's account of a syntax error. */
const RECEIVED: Rule[] = [
  [/^nothing: the field is missing$/, () => 'rien : le champ est absent'],
  [/^nothing$/, () => 'rien'],
  [/^unknown field "(.*)"$/, (name) => `le champ inconnu « ${name} »`],
  [/^an array of (\d+)$/, (n) => `une liste de ${n} élément(s)`],
  [/^(\d+) value\(s\)$/, (n) => `${n} valeur(s)`],
  // Counts of the machine limits, e.g. `120,000 × 100 = 12,000,000`.
  [/^([\d,]+(?: × [\d,]+ = [\d,]+)?)$/, (counts) => frenchNumber(counts)],
  [/^an object$/, () => 'un objet'],
  [/^a symbol$/, () => 'un symbole'],
  [/^a function$/, () => 'une fonction'],
  [/^the big integer (.+)$/, (n) => `le grand entier ${n}`],
  [/^(.+) again$/, (value) => `${value} une seconde fois`],
];

function translate(rules: readonly Rule[], text: string): string {
  for (const [pattern, render] of rules) {
    const match = pattern.exec(text);
    if (match) return render(...match.slice(1));
  }
  return text;
}

const expected = (text: string) => translate(EXPECTED, text);

/** Decimal numbers as French writes them (2,5), in what was expected and found (never in the location: paths, files). */
const decimalComma = (text: string) => text.replace(/(\d)\.(\d)/g, '$1,$2');

/** The French words of a problem given as data (sweep or scenario schema problems), or undefined. */
function wordedFromData(issue: ScenarioIssue): { expected: string; received: string } | undefined {
  const code = issue.code;
  // A code without its parameters (an issue from elsewhere) falls back to its English phrases.
  if (code === undefined || issue.params === undefined) return undefined;
  if (code.startsWith('json.') && Object.hasOwn(JSON_PROBLEMS_FR, code.slice(5))) {
    return { expected: 'du JSON valide', received: (JSON_PROBLEMS_FR[code.slice(5) as JsonProblemCode] as (p: unknown) => string)(issue.params) };
  }
  if (Object.hasOwn(SWEEP_PROBLEMS_FR, code)) return (SWEEP_PROBLEMS_FR[code as SweepProblemCode] as (p: unknown) => ProblemWords)(issue.params);
  if (Object.hasOwn(SCENARIO_PROBLEMS_FR, code) && code !== 'found')
    return (SCENARIO_PROBLEMS_FR[code as ScenarioProblemCode] as (p: unknown) => ProblemWords)(issue.params);
  return undefined;
}

/** One line per problem, as formatIssue writes it in English: `fichier:ligne:colonne chemin : attendu X, reçu Y`. */
export function formatIssueFr(issue: ScenarioIssue): string {
  const source = issue.source === undefined ? undefined : translate(SOURCES, issue.source);
  // A problem given as data is worded from its parameters; the others from their English phrases.
  const worded = wordedFromData(issue);
  if (worded) return `${issueLocation({ ...issue, source })} : attendu ${worded.expected}, reçu ${worded.received}`;
  return `${issueLocation({ ...issue, source })} : attendu ${decimalComma(expected(issue.expected))}, reçu ${decimalComma(translate(RECEIVED, issue.received))}`;
}
