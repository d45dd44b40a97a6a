/**
 * The JSON reader's problems (sim/scenario/jsonProblems.ts) worded in French from their
 * data. Typed against the same list as the English messages: a new problem does not
 * compile until it is worded here too.
 */
import type { JsonFound, JsonProblemTable } from '../../../sim/scenario/jsonProblems';
import { count } from './problemNumbersFr';

const found = (f: JsonFound) => (f.kind === 'end' ? 'la fin du fichier' : f.text);

export const JSON_PROBLEMS_FR: JsonProblemTable = {
  tooLong: ({ length, limit }) => `un document de ${count(length)} caractères, au-delà de la limite de ${count(limit)}`,
  unterminatedString: () => 'un texte sans guillemet fermant',
  invalidEscape: () => 'un échappement invalide dans un texte',
  controlCharacter: () => 'un caractère de contrôle dans un texte (écrivez \\n pour un retour à la ligne)',
  unexpected: (p) => `${found(p.found)} inattendu`,
  numberTooLarge: ({ text }) => `un nombre trop grand pour être représenté (${text})`,
  tooDeep: ({ limit }) => `une imbrication de plus de ${limit} niveaux`,
  tooManyValues: ({ limit }) => `plus de ${count(limit)} valeurs dans un même document`,
  expectedValue: (p) => `${found(p.found)} au lieu d’une valeur`,
  expectedPropertyName: (p) => `${found(p.found)} au lieu d’un nom de propriété entre guillemets`,
  reservedKey: ({ key }) => `la clé « ${key} », interdite (elle est réservée dans les objets JavaScript)`,
  duplicateKey: ({ key, firstLine }) =>
    `la clé « ${key} » deux fois dans le même objet${firstLine === null ? '' : ` (première valeur à la ligne ${firstLine})`}`,
  expectedColon: (p) => `${found(p.found)} au lieu de ':' après le nom de propriété « ${p.key} »`,
  trailingComma: ({ bracket }) => `une virgule de trop avant ${bracket}`,
  expectedCommaOrBrace: (p) => `${found(p.found)} au lieu de ',' ou '}' après la valeur de « ${p.key} »`,
  expectedCommaOrBracket: (p) => `${found(p.found)} au lieu de ',' ou ']' dans une liste`,
  afterEnd: (p) => `${found(p.found)} inattendu après la fin du document`,
};
