/**
 * The session's journal on disk (server side): a new session's file and its key file, or an
 * existing journal resumed; lines written whole and synced before the session acts on them.
 *
 * A line the disk refuses (full, a file-size limit) is cut back: the file keeps only whole
 * lines, the entry is not applied (session.ts writes before it acts), and `problem` says why
 * until a line is written again. The instructor's key lives beside the journal, readable by
 * its owner only; the journal holds its hash, and the hashes of students' tokens.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fsyncSync, ftruncateSync, openSync, readFileSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { journalLine, MAX_JOURNAL_BYTES, readJournal, type JournalEntry } from './journal';
import { ClassSession } from './session';

/** A problem the person starting the server can fix (exit code 2). */
export class ClassroomStartError extends Error {}

/** The journal did not take a line: nothing was recorded or applied. */
export class JournalError extends Error {}

const ROOM_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** What the journal keeps of a secret (a student's token, the instructor's key). */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
export const newSecret = (bytes: number) => randomBytes(bytes).toString('base64url');
export const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export interface OpenedJournal {
  session: ClassSession;
  /** Known when the session was created, or its key file was found. */
  instructorKey: string | undefined;
  resumed: boolean;
  /** Why the journal last refused a line, until one is written again (null: all is well). */
  problem(): string | null;
  /** The journal's text (for the instructor's download). */
  text(): string;
  close(): void;
}

/**
 * Resumes the session of `journalPath` when the file exists (a line cut short by a kill is
 * dropped; a session in play is paused: students come back one by one), or starts a new one
 * there. Throws ClassroomStartError for a journal that cannot be read or a bad scenario.
 */
export function openJournal(journalPath: string, scenarioText: string, seed: number, now: () => string): OpenedJournal {
  const keyPath = `${journalPath}.key`;
  const resumed = existsSync(journalPath);
  let fd: number | undefined;
  /** Bytes of the journal's complete lines: a line that cannot be written whole is cut back to here. */
  let bytes = 0;
  let problem: string | null = null;
  const write = (entry: JournalEntry) => {
    const line = Buffer.from(journalLine(entry));
    try {
      for (let done = 0; done < line.length; ) done += writeSync(fd!, line, done, line.length - done, bytes + done);
      fsyncSync(fd!);
    } catch (error) {
      try {
        ftruncateSync(fd!, bytes);
      } catch {
        // The file cannot even be cut back: the next start drops a last line cut short.
      }
      problem = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new JournalError(problem);
    }
    bytes += line.length;
    problem = null;
  };
  const opened = (session: ClassSession, instructorKey: string | undefined): OpenedJournal => ({
    session,
    instructorKey,
    resumed,
    problem: () => problem,
    text: () => readFileSync(journalPath, 'utf8'),
    close: () => closeSync(fd!),
  });

  if (resumed) {
    const size = statSync(journalPath).size;
    if (size > MAX_JOURNAL_BYTES) throw new ClassroomStartError(`${journalPath}: ${size} bytes, a journal is at most ${MAX_JOURNAL_BYTES}`);
    const read = readJournal(readFileSync(journalPath, 'utf8'));
    if (!read.ok) throw new ClassroomStartError(`${journalPath}, line ${read.problem.line}: ${read.problem.message}`);
    if (read.validBytes < size) truncateSync(journalPath, read.validBytes);
    fd = openSync(journalPath, 'r+');
    bytes = read.validBytes;
    let session: ClassSession;
    try {
      session = ClassSession.replay(read.entries, write, now);
    } catch (error) {
      closeSync(fd);
      throw new ClassroomStartError(`${journalPath}: ${(error as Error).message}`);
    }
    const instructorKey = existsSync(keyPath) ? readFileSync(keyPath, 'utf8').trim() : undefined;
    // Back after a crash, the class waits for the instructor: students reconnect one by one,
    // and a month that ends "when all have decided" must not run ahead of those not back yet.
    if (session.state === 'running') session.pause();
    return opened(session, instructorKey);
  }
  const instructorKey = newSecret(18);
  const room = Array.from({ length: 4 }, () => ROOM_ALPHABET[randomInt(ROOM_ALPHABET.length)]).join('');
  fd = openSync(journalPath, 'wx+');
  writeFileSync(keyPath, `${instructorKey}\n`, { mode: 0o600 });
  chmodSync(keyPath, 0o600);
  try {
    return opened(ClassSession.create(scenarioText, seed, room, hashSecret(instructorKey), write, now), instructorKey);
  } catch (error) {
    closeSync(fd);
    throw new ClassroomStartError((error as Error).message);
  }
}
