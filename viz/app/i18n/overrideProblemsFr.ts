/**
 * The `--set` overrides' problems (sim/scenario/overrideProblems.ts) worded in French from
 * their data; on the page, a sweep's factor name is such a path. Typed against the same
 * table as the English words: a new problem does not compile until it is worded here too.
 */
import { jsonWords } from '../../../sim/scenario/jsonProblems';
import type { OverrideProblemTable } from '../../../sim/scenario/overrideProblems';
import { JSON_PROBLEMS_FR } from './jsonProblemsFr';
import { count } from './problemNumbersFr';

export const OVERRIDE_PROBLEMS_FR: OverrideProblemTable = {
  overrideTooLong: ({ limit, length }) => ({
    expected: `chemin=valeur d’au plus ${count(limit)} caractères (mettez les valeurs plus longues dans le fichier du scénario)`,
    received: `${count(length)} caractères`,
  }),
  notPathValue: ({ text }) => ({ expected: 'chemin=valeur (p. ex. action.governance=nao)', received: JSON.stringify(text) }),
  notDottedPath: ({ path }) => ({ expected: 'un chemin pointé comme events[0].at', received: JSON.stringify(path) }),
  invalidJsonValue: ({ reading, column }) => ({
    expected: 'une valeur JSON valide',
    received: `${jsonWords(JSON_PROBLEMS_FR, reading)} (à la colonne ${column} de la valeur)`,
  }),
  unknownPath: ({ path, suggestion, known }) => ({
    expected:
      suggestion !== null
        ? `un champ connu du scénario (vouliez-vous dire « ${suggestion} » ?)`
        : known.length > 0
          ? `un champ connu du scénario (parmi ${known.join(', ')})`
          : 'un champ connu du scénario',
    received: `le chemin inconnu « ${path} »`,
  }),
  indexOutOfRange: ({ index, length }) => ({
    expected:
      length === 0
        ? 'l’indice 0 (la liste est vide : ajoutez sa première entrée)'
        : `un indice de 0 à ${length} (${length} entrée(s); ${length} en ajoute une)`,
    received: String(index),
  }),
};
