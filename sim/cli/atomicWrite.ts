/**
 * Output files are written to a temporary file beside the target, flushed to the device
 * and renamed into place, so a reader never sees a half-written file and a failure (an
 * error, a full disk, a kill) leaves no partial output: the target is either the old file
 * or the new one. A temporary file left by a killed process is removed by the next write
 * of the same target.
 */
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { createHash } from 'node:crypto';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from './errors';

/** Longest file name most file systems take, in bytes. */
const NAME_LIMIT = 255;

/**
 * The part of a temporary's name before the process id: `.<name>.`, or, for a name too
 * long to take the prefix and suffix within the file system's limit, `.<hash of name>.`.
 */
function temporaryPrefix(path: string): string {
  const name = basename(path);
  const plain = `.${name}.`;
  return Buffer.byteLength(plain) + 32 <= NAME_LIMIT ? plain : `.${createHash('sha256').update(name).digest('hex').slice(0, 24)}.`;
}

/** `.<name>.<pid>.tmp`, beside the target. */
export function temporaryPath(path: string, pid = process.pid): string {
  return join(dirname(path), `${temporaryPrefix(path)}${pid}.tmp`);
}

/** Whether a process with this id runs (on this machine). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files of `path` left by processes that no longer run (e.g. killed mid-write). */
export function removeStaleTemporaries(path: string): void {
  const directory = dirname(path);
  const prefix = temporaryPrefix(path);
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = name.slice(prefix.length, -'.tmp'.length);
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid || isAlive(Number(pid))) continue;
    try {
      rmSync(join(directory, name), { force: true });
    } catch {
      // Best effort: a leftover that cannot be removed does not stop the write.
    }
  }
}

/** Failures of the machine (full disk, quota, device error) exit 1; the user's path problems exit 2. */
export function writeError(path: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EFBIG: 'the file is too large for the device',
    EIO: 'input/output error on the device',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    ENAMETOOLONG: 'the name is too long',
  };
  const reason = (code && reasons[code]) ?? (error as Error).message ?? String(error);
  const machine = code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG' || code === 'EIO';
  return new CliError(`cannot write ${path}: ${reason}`, machine ? EXIT_FAILURE : EXIT_USAGE);
}

/** A file written beside its target, not yet in place. */
export interface Temporary {
  path: string;
  temporary: string;
}

function checkDirectory(path: string): void {
  const directory = dirname(path);
  try {
    if (!statSync(directory).isDirectory()) throw new CliError(`cannot write ${path}: ${directory} is not a directory`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOTDIR' ? `cannot write ${path}: a part of ${directory} is not a directory` : `cannot write ${path}: directory ${directory} does not exist`,
    );
  }
}

/**
 * Writes `content` (text, or text in pieces for files larger than one string may be) to a
 * temporary beside `path`, flushed to the device. Throws a CliError with a clear message on
 * failure, leaving nothing behind.
 */
export function writeTemporary(path: string, content: string | Iterable<string>): Temporary {
  checkDirectory(path);
  removeStaleTemporaries(path);
  const temporary = temporaryPath(path);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'w');
    const out = fd;
    const flush = (text: string) => {
      const bytes = Buffer.from(text, 'utf8');
      let written = 0;
      while (written < bytes.length) written += writeSync(out, bytes, written, bytes.length - written);
    };
    // Small pieces are gathered into writes of about a megabyte.
    let pending: string[] = [];
    let pendingLength = 0;
    for (const piece of typeof content === 'string' ? [content] : content) {
      pending.push(piece);
      pendingLength += piece.length;
      if (pendingLength >= 1 << 20) {
        flush(pending.join(''));
        pending = [];
        pendingLength = 0;
      }
    }
    if (pendingLength > 0) flush(pending.join(''));
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    return { path, temporary };
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Already failing: the write error is the one to report.
      }
    }
    discardTemporary({ path, temporary });
    if (error instanceof CliError) throw error;
    throw writeError(path, error);
  }
}

/** Puts a written temporary in place of its target. */
export function commitTemporary(written: Temporary): void {
  try {
    renameSync(written.temporary, written.path);
  } catch (error) {
    discardTemporary(written);
    throw writeError(written.path, error);
  }
}

/** Removes a temporary that will not be used (best effort). */
export function discardTemporary(written: Temporary): void {
  try {
    rmSync(written.temporary, { force: true });
  } catch {
    // The temporary file could not even be named (e.g. a name too long): there is nothing to remove.
  }
}

/** Writes one file atomically: the target is either the old file or the whole new one. */
export function writeFileAtomic(path: string, content: string | Iterable<string>): void {
  commitTemporary(writeTemporary(path, content));
}
