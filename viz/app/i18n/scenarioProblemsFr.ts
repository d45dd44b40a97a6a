/**
 * The scenario's schema problems (sim/scenario/problems.ts) worded in French from their
 * data. Typed against the same table as the English words: a problem added to the engine
 * does not compile until it is worded here too.
 */
import { foundIn, type Found, type FoundWords, type ScenarioProblemTable } from '../../../sim/scenario/problems';
import { count, written } from './problemNumbersFr';

const TYPE_NAMES: Record<string, string> = {
  int: 'un entier',
  number: 'un nombre',
  string: 'un texte',
  boolean: 'true ou false',
  object: 'un objet',
  array: 'une liste',
  record: 'un objet',
  null: 'null',
};
const COMPARISONS: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };
const required = (expected: string, found: Found) => (found.kind === 'missing' ? `${expected} (ce champ est obligatoire)` : expected);
const bound = (word: 'au moins' | 'au plus', origin: string, limit: string, comparison: string) =>
  origin === 'array'
    ? `${word} ${limit} élément(s)`
    : origin === 'string'
      ? `${word} ${limit} caractère(s)`
      : `un nombre ${COMPARISONS[comparison]} ${written(limit)}`;

export const FOUND_FR: FoundWords = {
  missing: () => 'rien : le champ est absent',
  nothing: () => 'rien',
  list: ({ length }) => `une liste de ${length} élément(s)`,
  object: () => 'un objet',
  written: ({ text }) => written(text),
  symbol: () => 'un symbole',
  function: () => 'une fonction',
  bigint: ({ digits }) => `le grand entier ${digits}n`,
};
/** What was found, in French. */
const said = (found: Found) => foundIn(FOUND_FR, found);
const typeName = (type: string) => TYPE_NAMES[type] ?? type;

export const SCENARIO_PROBLEMS_FR: ScenarioProblemTable = {
  unknownField: ({ key, suggestion, known }) => ({
    expected: suggestion !== null ? `un champ connu (vouliez-vous dire « ${suggestion} » ?)` : known ? `un champ connu (parmi ${known})` : 'un champ connu',
    received: `le champ inconnu « ${key.length > 60 ? `${key.slice(0, 57)}...` : key} »`,
  }),
  wrongType: ({ type, found }) => ({ expected: required(typeName(type), found), received: said(found) }),
  tooSmall: ({ origin, minimum, inclusive, found }) => ({ expected: bound('au moins', origin, minimum, inclusive ? '>=' : '>'), received: said(found) }),
  tooBig: ({ origin, maximum, inclusive, found }) => ({ expected: bound('au plus', origin, maximum, inclusive ? '<=' : '<'), received: said(found) }),
  notOneOf: ({ values, found }) => ({ expected: `l’une des valeurs ${values}`, received: said(found) }),
  notMultiple: ({ divisor, found }) => ({ expected: `un multiple de ${written(divisor)}`, received: said(found) }),
  noMatchingForm: ({ types, found }) => ({ expected: required(types.map(typeName).join(' ou '), found), received: said(found) }),
  notPattern: ({ pattern, found }) => ({ expected: `une chaîne conforme à ${pattern}`, received: said(found) }),
  invalidValue: ({ found }) => ({ expected: 'une valeur valide', received: said(found) }),
  tooManyOrganisations: ({ limit, organisations }) => ({
    expected: `au plus ${count(limit)} organisations en tout (la limite d’une machine)`,
    received: count(organisations),
  }),
  tooManyTieEnds: ({ limit, organisations, ties }) => ({
    expected: `organisations × ties_per_organisation d’au plus ${count(limit)} (la limite de mémoire d’une machine)`,
    received: `${count(organisations)} × ${ties} = ${count(organisations * ties)}`,
  }),
  tooMuchWork: ({ limit, organisations, ticks }) => ({
    expected: `organisations × ticks d’au plus ${count(limit)} (le travail qu’une machine fait en bien moins d’une heure)`,
    received: `${count(organisations)} × ${count(ticks)} = ${count(organisations * ticks)}`,
  }),
  repeatedField: ({ found }) => ({ expected: 'un nom de domaine qui n’a pas encore été donné', received: said(found) }),
  needsPerField: ({ fields, needs }) => ({ expected: `un besoin par domaine (${fields})`, received: `${needs} valeur(s)` }),
  repeatedInstrument: ({ found }) => ({ expected: 'chaque instrument une seule fois', received: `${said(found)} une seconde fois` }),
  unknownTerritoryField: ({ fields, found }) => ({
    expected: `l’un des domaines de territory.fields (${fields})`,
    received: said(found),
  }),
  leaderNotMember: () => ({ expected: 'member: true pour une organisation leader', received: 'member: false' }),
  tooFewOrganisations: ({ total }) => ({ expected: 'au moins 2 organisations en tout', received: String(total) }),
};
