/**
 * Scenario problems in French. The engine words them in English (the command line's
 * language) from a fixed set of phrases (sim/scenario/parse.ts, crossChecks.ts,
 * jsonText.ts); the page puts those phrases into French and leaves what the user wrote
 * (paths, field names, values) as written. A phrase the table does not know stays in
 * English rather than being lost; tests/viz/issuesFr.test.ts runs every kind of problem
 * through it and fails on any English left.
 */
import { issueLocation, type ScenarioIssue } from '../../sim';

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

const DESIGN_NAMES: Record<string, string> = { grid: 'en grille', morris: 'de Morris', sobol: 'de Sobol', latin_hypercube: 'en hypercube latin' };
/** How a design's settings are counted, as the size limit says it. */
const SETTING_COUNTS: Record<string, string> = {
  'combinations of factor values': 'combinaisons de valeurs des facteurs',
  'trajectories × (factors + 1)': 'trajectoires × (facteurs + 1)',
  'samples × (factors + 2)': 'échantillons × (facteurs + 2)',
  samples: 'échantillons',
};

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
  [/^one of territory\.fields \((.*)\)$/, (names) => `l’un des domaines de territory.fields (${names})`],
  [/^one of (.+)$/, (values) => `l’une des valeurs ${values}`],
  [/^at most ([\d,]+) organisations in all \(the limit of one machine\)$/, (n) => `au plus ${frenchNumber(n)} organisations en tout (la limite d’une machine)`],
  [/^organisations × ties_per_organisation at most ([\d,]+) \(the memory limit of one machine\)$/, (n) => `organisations × ties_per_organisation d’au plus ${frenchNumber(n)} (la limite de mémoire d’une machine)`],
  [/^organisations × ticks at most ([\d,]+) \(the work one machine does in well under an hour\)$/, (n) => `organisations × ticks d’au plus ${frenchNumber(n)} (le travail qu’une machine fait en bien moins d’une heure)`],
  [/^a field name not listed before$/, () => 'un nom de domaine qui n’a pas encore été donné'],
  [/^one need per field \((\d+)\)$/, (n) => `un besoin par domaine (${n})`],
  [/^each instrument listed once$/, () => 'chaque instrument une seule fois'],
  [/^member: true for a leader$/, () => 'member: true pour une organisation leader'],
  [/^at least 2 organisations in all$/, () => 'au moins 2 organisations en tout'],
  [/^valid JSON$/, () => 'du JSON valide'],
  [/^at most ([\d,]+) settings in the browser \((.+); use the command line for more\)$/, (n, made) => `au plus ${frenchNumber(n)} paramétrages dans le navigateur (${SETTING_COUNTS[made] ?? made}; la ligne de commande va au-delà)`],
  // Sweep designs (sim/sweep/designs.ts).
  [/^a number of evenly spaced values from 2 to 1000 \(a grid design takes steps values from `from` to `to`\)$/, () => 'un nombre de valeurs également espacées de 2 à 1000 (un plan en grille prend steps valeurs de `from` à `to`)'],
  [/^distinct values \(a repeated value makes settings that differ only by chance; repeated: (.+)\)$/, (values) => `des valeurs distinctes (une valeur répétée donne des paramétrages qui ne diffèrent que par le hasard; répétées : ${values})`],
  [/^a numeric range \{from, to\} or a list of two values: .*$/, () => 'un intervalle numérique {from, to} ou une liste de deux valeurs : la méthode de Morris fait avancer un facteur d’un cran selon un ordre, et une liste de plus de deux valeurs n’en a pas (divisez-la en facteurs oui/non, ou utilisez un plan en grille ou de Sobol)'],
  [/^no steps: a (\w+) design draws values between from and to( \(on design\.levels levels\))?$/, (type, levels) => `pas de steps : un plan ${DESIGN_NAMES[type] ?? type} tire ses valeurs entre from et to${levels ? ' (sur design.levels niveaux)' : ''}`],
  [/^a value other than from \(a factor that does not move has no effect to measure\)$/, () => 'une valeur autre que from (un facteur qui ne bouge pas n’a pas d’effet à mesurer)'],
  [/^at least (\d+) whole numbers for design\.levels = (\d+) .*$/, (n, levels) => `au moins ${n} entiers pour design.levels = ${levels} (les niveaux arrondis se répéteraient et leurs « effets » ne seraient que du bruit) : élargissez l’intervalle ou baissez design.levels`],
  [/^at least 2 whole numbers between from and to$/, () => 'au moins 2 entiers entre from et to'],
  [/^at least two values \(a factor with one value does not vary: set it in the scenario\)$/, () => 'au moins deux valeurs (un facteur à une seule valeur ne varie pas : fixez-le dans le scénario)'],
  [/^at most (\d+) candidates for (\d+) factors \(choosing among more would take minutes\)$/, (n, k) => `au plus ${n} candidates pour ${k} facteurs (choisir parmi plus prendrait des minutes)`],
  [/^an option of a (\w+) design \((.+)\)$/, (type, options) => `une option d’un plan ${DESIGN_NAMES[type] ?? type} (${options === 'none' ? 'aucune' : options})`],
  [/^at least one factor for a (\w+) design$/, (type) => `au moins un facteur pour un plan ${DESIGN_NAMES[type] ?? type}`],
  [/^at most (\d+) factors in a sobol design$/, (n) => `au plus ${n} facteurs dans un plan de Sobol`],
  [/^at most ([\d,]+) runs in the browser \(use the command line for more\)$/, (n) => `au plus ${frenchNumber(n)} simulations dans le navigateur (la ligne de commande va au-delà)`],
  [/^at most ([\d,]+) per-tick values in the browser \(runs × months × metrics: fewer replications, months or metrics\)$/, (n) => `au plus ${frenchNumber(n)} valeurs mensuelles dans le navigateur (simulations × mois × indicateurs : moins de réplications, de mois ou d’indicateurs)`],
  [/^at most ([\d,]+) rows of ticks\.csv in the browser \(settings × months × metrics\)$/, (n) => `au plus ${frenchNumber(n)} lignes de ticks.csv dans le navigateur (paramétrages × mois × indicateurs)`],
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
  [/^none$/, () => 'aucun'],
  [/^a list of (\d+) values$/, (n) => `une liste de ${n} valeurs`],
  [/^(.+) \((.+) to (.+) in (\d+)( integer)? steps\)$/, (values, from, to, steps, integer) => `${values} (${from} à ${to} en ${steps} pas${integer ? ' entiers' : ''})`],
  [/^(-?[\d.]+) to (-?[\d.]+)$/, (from, to) => `${from} à ${to}`],
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
  [/^unterminated string$/, () => 'un texte sans guillemet fermant'],
  [/^invalid escape in string$/, () => 'un échappement invalide dans un texte'],
  [/^control character in string \(use \\n for a new line\)$/, () => 'un caractère de contrôle dans un texte (écrivez \\n pour un retour à la ligne)'],
  [/^unexpected (.+) after the end of the document$/, (what) => `${found(what)} inattendu après la fin du document`],
  [/^unexpected (.+)$/, (what) => `${found(what)} inattendu`],
  [/^a number too large to represent \((.+)\)$/, (n) => `un nombre trop grand pour être représenté (${n})`],
  [/^nesting deeper than (\d+) levels$/, (n) => `une imbrication de plus de ${n} niveaux`],
  [/^more than ([\d,]+) values in one document$/, (n) => `plus de ${frenchNumber(n)} valeurs dans un même document`],
  [/^a document of ([\d,]+) characters, more than the limit of ([\d,]+)$/, (n, limit) => `un document de ${frenchNumber(n)} caractères, au-delà de la limite de ${frenchNumber(limit)}`],
  [/^expected a value, found (.+)$/, (what) => `${found(what)} au lieu d’une valeur`],
  [/^expected a property name in double quotes, found (.+)$/, (what) => `${found(what)} au lieu d’un nom de propriété entre guillemets`],
  [/^expected ':' after property name "(.*)", found (.+)$/, (name, what) => `${found(what)} au lieu de ':' après le nom de propriété « ${name} »`],
  [/^expected ',' or '\}' after the value of "(.*)", found (.+)$/, (name, what) => `${found(what)} au lieu de ',' ou '}' après la valeur de « ${name} »`],
  [/^expected ',' or '\]' in array, found (.+)$/, (what) => `${found(what)} au lieu de ',' ou ']' dans une liste`],
  [/^trailing comma before ([}\]])$/, (bracket) => `une virgule de trop avant ${bracket}`],
];

function translate(rules: readonly Rule[], text: string): string {
  for (const [pattern, render] of rules) {
    const match = pattern.exec(text);
    if (match) return render(...match.slice(1));
  }
  return text;
}

const expected = (text: string) => translate(EXPECTED, text);
/** The JSON reader names what it found: a quoted character, or the end of the file. */
const found = (text: string) => (text === 'end of file' ? 'la fin du fichier' : text);

/** Decimal numbers as French writes them (2,5), in what was expected and found (never in the location: paths, files). */
const decimalComma = (text: string) => text.replace(/(\d)\.(\d)/g, '$1,$2');

/** One line per problem, as formatIssue writes it in English: `fichier:ligne:colonne chemin : attendu X, reçu Y`. */
export function formatIssueFr(issue: ScenarioIssue): string {
  const source = issue.source === undefined ? undefined : translate(SOURCES, issue.source);
  return `${issueLocation({ ...issue, source })} : attendu ${decimalComma(expected(issue.expected))}, reçu ${decimalComma(translate(RECEIVED, issue.received))}`;
}
