/**
 * The scenario's schema problems (sim/scenario/problems.ts) worded in French from their
 * data. Typed against the same table as the English words: a problem added to the engine
 * does not compile until it is worded here too.
 */
import type { Found, ScenarioProblemTable } from '../../../sim/scenario/problems';

/** 1,000,000 → 1 000 000 (a narrow no-break space, as the rest of the page's French numbers). */
const count = (n: number) => n.toLocaleString('en').replace(/,/g, '\u202f');
/** What the user wrote, with the French decimal mark in numbers. */
const written = (text: string) => text.replace(/(\d)\.(\d)/g, '$1,$2');
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

export const SCENARIO_PROBLEMS_FR: ScenarioProblemTable = {
  found: (found) => {
    switch (found.kind) {
      case 'missing':
        return 'rien : le champ est absent';
      case 'nothing':
        return 'rien';
      case 'list':
        return `une liste de ${found.length} élément(s)`;
      case 'object':
        return 'un objet';
      case 'written':
        return written(found.text);
    }
  },
  unknownField: ({ key, suggestion, known }) => ({
    expected: suggestion !== null ? `un champ connu (vouliez-vous dire « ${suggestion} » ?)` : `un champ connu (parmi ${known})`,
    received: `le champ inconnu « ${key.length > 60 ? `${key.slice(0, 57)}...` : key} »`,
  }),
  wrongType: ({ type, found }) => ({ expected: required(TYPE_NAMES[type] ?? type, found), received: SCENARIO_PROBLEMS_FR.found(found) }),
  tooSmall: ({ origin, minimum, inclusive, found }) => ({
    expected: bound('au moins', origin, minimum, inclusive ? '>=' : '>'),
    received: SCENARIO_PROBLEMS_FR.found(found),
  }),
  tooBig: ({ origin, maximum, inclusive, found }) => ({
    expected: bound('au plus', origin, maximum, inclusive ? '<=' : '<'),
    received: SCENARIO_PROBLEMS_FR.found(found),
  }),
  notOneOf: ({ values, found }) => ({ expected: `l’une des valeurs ${values}`, received: SCENARIO_PROBLEMS_FR.found(found) }),
  notMultiple: ({ divisor, found }) => ({ expected: `un multiple de ${written(divisor)}`, received: SCENARIO_PROBLEMS_FR.found(found) }),
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
  repeatedField: ({ found }) => ({ expected: 'un nom de domaine qui n’a pas encore été donné', received: SCENARIO_PROBLEMS_FR.found(found) }),
  needsPerField: ({ fields, needs }) => ({ expected: `un besoin par domaine (${fields})`, received: `${needs} valeur(s)` }),
  repeatedInstrument: ({ found }) => ({ expected: 'chaque instrument une seule fois', received: `${SCENARIO_PROBLEMS_FR.found(found)} une seconde fois` }),
  unknownTerritoryField: ({ fields, found }) => ({
    expected: `l’un des domaines de territory.fields (${fields})`,
    received: SCENARIO_PROBLEMS_FR.found(found),
  }),
  leaderNotMember: () => ({ expected: 'member: true pour une organisation leader', received: 'member: false' }),
  tooFewOrganisations: ({ total }) => ({ expected: 'au moins 2 organisations en tout', received: String(total) }),
};
