/**
 * Problems of an input as a whole (sim/scenario/inputProblems.ts: a file the command line
 * cannot read, a text too long for the editor) worded in French from their data. Typed
 * against the same table as the English words: a new problem, kind of file or error of
 * the file system does not compile until it is worded here too.
 */
import type { FileKind, InputProblemTable, NotText, OpenError, Readable } from '../../../sim/scenario/inputProblems';
import { count } from './problemNumbersFr';

const FILE_KINDS: Record<FileKind, string> = {
  directory: 'un dossier',
  namedPipe: 'un tube nommé (FIFO); donnez un fichier ordinaire, ou - pour lire l’entrée standard',
  device: 'un périphérique, pas un fichier',
  socket: 'une socket, pas un fichier',
  other: 'autre chose qu’un fichier ordinaire',
};

const NOT_TEXT: Record<NotText, string> = {
  utf16: 'du texte en UTF-16 (enregistrez le fichier en UTF-8)',
  binary: 'des données binaires, pas du texte',
  invalid: 'du texte qui n’est pas de l’UTF-8 valide (enregistrez le fichier en UTF-8)',
};

const READABLE: Record<Readable, string> = {
  file: 'un fichier lisible',
  scenario: 'un fichier de scénario lisible (JSON)',
  json: 'un fichier JSON lisible',
};

const OPEN_ERRORS: Record<OpenError, string> = {
  ENOENT: 'un fichier qui n’existe pas',
  EISDIR: 'un dossier',
  EACCES: 'un fichier illisible (permission refusée)',
  EPERM: 'un fichier illisible (permission refusée)',
  ENAMETOOLONG: 'un nom de fichier trop long pour le système',
  ENOTDIR: 'un chemin qui passe par autre chose qu’un dossier',
  ELOOP: 'un chemin avec une boucle de liens symboliques',
  EIO: 'un fichier illisible (erreur d’entrée-sortie)',
  ENXIO: 'un périphérique ou une socket qui ne s’ouvre pas comme un fichier',
};

export const INPUT_PROBLEMS_FR: InputProblemTable = {
  fileTooLarge: ({ limit, size }) => ({
    expected: `un fichier d’au plus ${count(limit)} octets`,
    received: size === null ? `plus de ${count(limit)} octets` : `${count(size)} octets`,
  }),
  notRegularFile: ({ kind }) => ({ expected: 'un fichier ordinaire', received: FILE_KINDS[kind] }),
  notUtf8: ({ reason }) => ({ expected: 'un fichier texte en UTF-8', received: NOT_TEXT[reason] }),
  // A message of the system, when the error has no words of its own, stays as the system gave it.
  unreadable: ({ file, failure }) => ({ expected: READABLE[file], received: 'error' in failure ? OPEN_ERRORS[failure.error] : failure.message }),
  textTooLong: ({ limit, length }) => ({ expected: `au plus ${count(limit)} caractères`, received: count(length) }),
};
