/**
 * What can be wrong with an input as a whole, before its text is read as JSON: a file
 * that cannot be read, is not a regular file, is too large or is not UTF-8 text (the
 * command line's files), or a text too long for the page's editor. As data: a code and its
 * parameters, worded in English here (what the command line prints) and in French by the
 * page from the same data (viz/app/i18n/inputProblemsFr.ts), typed against the same list.
 */
import { count, type ScenarioIssue } from './issues';
import type { Words } from './problems';

/** What a path names when it is not a regular file. */
export type FileKind = 'directory' | 'namedPipe' | 'device' | 'socket' | 'other';
/** Why bytes are not UTF-8 text. */
export type NotText = 'utf16' | 'binary' | 'invalid';
/** What was to be read: any file, a scenario file, a JSON file (a sweep, a manifest). */
export type Readable = 'file' | 'scenario' | 'json';
/** The file system's errors that have words of their own (others are given by their message). */
export const OPEN_ERROR_CODES = ['ENOENT', 'EISDIR', 'EACCES', 'EPERM', 'ENAMETOOLONG', 'ENOTDIR', 'ELOOP', 'EIO', 'ENXIO'] as const;
export type OpenError = (typeof OPEN_ERROR_CODES)[number];
/** Why a read failed: a known error of the file system, or the system's message (cut short). */
export type ReadFailure = { error: OpenError } | { message: string };

export interface InputProblemParams {
  /** `size`: the file's size, or null when it could not be known beforehand (standard input). */
  fileTooLarge: { limit: number; size: number | null };
  notRegularFile: { kind: FileKind };
  notUtf8: { reason: NotText };
  unreadable: { file: Readable; failure: ReadFailure };
  textTooLong: { limit: number; length: number };
}

export type InputProblemCode = keyof InputProblemParams;
export type InputProblemTable = { [K in InputProblemCode]: (params: InputProblemParams[K]) => Words };
/** One input problem as data: its code with the parameters of that code. */
export type InputProblem = { [K in InputProblemCode]: { code: K; params: InputProblemParams[K] } }[InputProblemCode];

const FILE_KINDS: Record<FileKind, string> = {
  directory: 'a directory',
  namedPipe: 'a named pipe (FIFO); give a regular file, or - to read standard input',
  device: 'a device, not a file',
  socket: 'a socket, not a file',
  other: 'not a regular file',
};

const NOT_TEXT: Record<NotText, string> = {
  utf16: 'text in UTF-16 (save the file as UTF-8)',
  binary: 'binary data, not text',
  invalid: 'text that is not valid UTF-8 (save the file as UTF-8)',
};

const READABLE: Record<Readable, string> = { file: 'a readable file', scenario: 'a readable scenario file (JSON)', json: 'a readable JSON file' };

const OPEN_ERRORS: Record<OpenError, string> = {
  ENOENT: 'no such file',
  EISDIR: 'a directory',
  EACCES: 'a file that cannot be read (permission denied)',
  EPERM: 'a file that cannot be read (permission denied)',
  ENAMETOOLONG: 'a file name too long for the system',
  ENOTDIR: 'a path through something that is not a directory',
  ELOOP: 'a path with a loop of symbolic links',
  EIO: 'a file that cannot be read (input/output error)',
  ENXIO: 'a device or socket that cannot be opened as a file',
};

/** Why a read failed, in English (also for the command line's own messages). */
export function readFailureWords(failure: ReadFailure): string {
  return 'error' in failure ? OPEN_ERRORS[failure.error] : failure.message;
}

export const INPUT_PROBLEMS_EN: InputProblemTable = {
  fileTooLarge: ({ limit, size }) => ({
    expected: `a file of at most ${count(limit)} bytes`,
    received: size === null ? `more than ${count(limit)} bytes` : `${count(size)} bytes`,
  }),
  notRegularFile: ({ kind }) => ({ expected: 'a regular file', received: FILE_KINDS[kind] }),
  notUtf8: ({ reason }) => ({ expected: 'a text file in UTF-8', received: NOT_TEXT[reason] }),
  unreadable: ({ file, failure }) => ({ expected: READABLE[file], received: readFailureWords(failure) }),
  textTooLong: ({ limit, length }) => ({ expected: `at most ${limit} characters`, received: `${length}` }),
};

/** `problem` with its English words. */
export function inputWords(problem: InputProblem): InputProblem & Words {
  return { ...problem, ...(INPUT_PROBLEMS_EN[problem.code] as (params: InputProblem['params']) => Words)(problem.params) };
}

/** An input problem of `source` (a file, as given; none for the editor's text), for the whole document. */
export function inputProblem(source: string | undefined, problem: InputProblem): ScenarioIssue {
  const { code, params, expected, received } = inputWords(problem);
  return { ...(source !== undefined ? { source } : {}), path: '', expected, received, code, params: params as unknown as Record<string, unknown> };
}
