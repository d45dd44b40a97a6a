/**
 * The scenario's schema problems (sim/scenario/problems.ts) worded in French from their
 * data. Typed against the same table as the English words: a problem added to the engine
 * does not compile until it is worded here too.
 */
import type { Found, ScenarioProblemTable } from '../../../sim/scenario/problems';

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
  origin === 'array' ? `${word} ${limit} élément(s)` : origin === 'string' ? `${word} ${limit} caractère(s)` : `un nombre ${COMPARISONS[comparison]} ${written(limit)}`;

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
  tooSmall: ({ origin, minimum, inclusive, found }) => ({ expected: bound('au moins', origin, minimum, inclusive ? '>=' : '>'), received: SCENARIO_PROBLEMS_FR.found(found) }),
  tooBig: ({ origin, maximum, inclusive, found }) => ({ expected: bound('au plus', origin, maximum, inclusive ? '<=' : '<'), received: SCENARIO_PROBLEMS_FR.found(found) }),
  notOneOf: ({ values, found }) => ({ expected: `l’une des valeurs ${values}`, received: SCENARIO_PROBLEMS_FR.found(found) }),
  notMultiple: ({ divisor, found }) => ({ expected: `un multiple de ${written(divisor)}`, received: SCENARIO_PROBLEMS_FR.found(found) }),
};
