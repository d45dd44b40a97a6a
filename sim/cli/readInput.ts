/**
 * Every file the command line reads goes through here: regular files only (a named pipe,
 * a device or a directory is refused with a clear message instead of blocking or reading
 * forever), the size checked before reading, at most `maxBytes` read, and the text checked
 * to be UTF-8 (a UTF-16 file, as some Windows editors save, gets a hint). `-` reads
 * standard input, bounded the same way.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { clip } from '../scenario/issues';
import {
  inputWords,
  OPEN_ERROR_CODES,
  readFailureWords,
  type FileKind,
  type InputProblem,
  type NotText,
  type OpenError,
  type ReadFailure,
} from '../scenario/inputProblems';
import type { Words } from '../scenario/problems';

/** The text, or why it could not be read: as data (sim/scenario/inputProblems.ts) and in English words. */
export type InputRead = { ok: true; text: string } | ({ ok: false } & InputProblem & Words);

/** What a path names, when it is not a regular file. */
function kindOf(stats: Stats): FileKind | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO()) return 'namedPipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  if (stats.isSocket()) return 'socket';
  return 'other';
}

/** Why an error of the file system stopped a read, as data. */
function readFailure(error: unknown): ReadFailure {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if ((OPEN_ERROR_CODES as readonly string[]).includes(code)) return { error: code as OpenError };
  return { message: clip(String((error as Error).message ?? error), 200) };
}

/** Why an error of the file system stopped a read, in words. */
export function readErrorReason(error: unknown): string {
  return readFailureWords(readFailure(error));
}

/** Decodes UTF-8 strictly; a UTF-16 file or other bytes that are not UTF-8 are named as such. */
export function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: NotText } {
  // A byte-order mark, or ASCII text with every other byte 0 (UTF-16 without a mark).
  const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const interleaved = bytes.length >= 4 && ((bytes[1] === 0 && bytes[3] === 0 && bytes[0] !== 0) || (bytes[0] === 0 && bytes[2] === 0 && bytes[1] !== 0));
  const utf16 = bom || interleaved;
  if (utf16) return { ok: false, reason: 'utf16' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const nul = bytes.indexOf(0);
    return { ok: false, reason: nul >= 0 ? 'binary' : 'invalid' };
  }
}

/** Reads from an open descriptor until end of file, refusing more than `maxBytes`. */
function readAll(fd: number, maxBytes: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    total += read;
    if (total > maxBytes) return undefined;
    chunks.push(chunk.subarray(0, read));
  }
  return Buffer.concat(chunks, total);
}

/** Reads a whole text file (or standard input, `-`) of at most `maxBytes` bytes. Never throws. */
export function readInputText(path: string, maxBytes: number): InputRead {
  const failed = (problem: InputProblem): InputRead => ({ ok: false, ...inputWords(problem) });
  let fd: number | undefined;
  try {
    if (path === '-') fd = 0;
    else {
      // Non-blocking, so that opening a named pipe nobody writes to returns at once (it is then refused).
      fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
      const stats = fstatSync(fd);
      const kind = kindOf(stats);
      if (kind) return failed({ code: 'notRegularFile', params: { kind } });
      if (stats.size > maxBytes) return failed({ code: 'fileTooLarge', params: { limit: maxBytes, size: stats.size } });
    }
    const bytes = readAll(fd, maxBytes);
    if (!bytes) return failed({ code: 'fileTooLarge', params: { limit: maxBytes, size: null } });
    const text = decodeText(bytes);
    return text.ok ? text : failed({ code: 'notUtf8', params: { reason: text.reason } });
  } catch (error) {
    return failed({ code: 'unreadable', params: { file: 'file', failure: readFailure(error) } });
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}
