/**
 * Every file the command line reads goes through here: regular files only (a named pipe,
 * a device or a directory is refused with a clear message instead of blocking or reading
 * forever), the size checked before reading, at most `maxBytes` read, and the text checked
 * to be UTF-8 (a UTF-16 file, as some Windows editors save, gets a hint). `-` reads
 * standard input, bounded the same way.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

export type InputRead = { ok: true; text: string } | { ok: false; expected: string; received: string };

const count = (n: number) => n.toLocaleString('en');

/** What a path names, when it is not a regular file. */
function kindOf(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO); give a regular file, or - to read standard input';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device, not a file';
  if (stats.isSocket()) return 'a socket, not a file';
  return 'not a regular file';
}

const OPEN_ERRORS: Record<string, string> = {
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

/** Why an error of the file system stopped a read, in words. */
export function readErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reason = OPEN_ERRORS[code];
  if (reason) return reason;
  const message = String((error as Error).message ?? error);
  return message.length > 200 ? `${message.slice(0, 197)}...` : message;
}

/** Decodes UTF-8 strictly; a UTF-16 file or other bytes that are not UTF-8 are named as such. */
export function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; received: string } {
  // A byte-order mark, or ASCII text with every other byte 0 (UTF-16 without a mark).
  const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const interleaved = bytes.length >= 4 && ((bytes[1] === 0 && bytes[3] === 0 && bytes[0] !== 0) || (bytes[0] === 0 && bytes[2] === 0 && bytes[1] !== 0));
  const utf16 = bom || interleaved;
  if (utf16) return { ok: false, received: 'text in UTF-16 (save the file as UTF-8)' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const nul = bytes.indexOf(0);
    return { ok: false, received: nul >= 0 ? 'binary data, not text' : 'text that is not valid UTF-8 (save the file as UTF-8)' };
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
  const tooLarge = (received: string): InputRead => ({ ok: false, expected: `a file of at most ${count(maxBytes)} bytes`, received });
  let fd: number | undefined;
  try {
    if (path === '-') fd = 0;
    else {
      // Non-blocking, so that opening a named pipe nobody writes to returns at once (it is then refused).
      fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
      const stats = fstatSync(fd);
      const kind = kindOf(stats);
      if (kind) return { ok: false, expected: 'a regular file', received: kind };
      if (stats.size > maxBytes) return tooLarge(`${count(stats.size)} bytes`);
    }
    const bytes = readAll(fd, maxBytes);
    if (!bytes) return tooLarge(`more than ${count(maxBytes)} bytes`);
    const text = decodeText(bytes);
    return text.ok ? text : { ok: false, expected: 'a text file in UTF-8', received: text.received };
  } catch (error) {
    return { ok: false, expected: 'a readable file', received: readErrorReason(error) };
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}
