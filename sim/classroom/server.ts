/**
 * The classroom server (docs/classroom.md): one Node process on the instructor's machine
 * serves the built pages (staticFiles.ts) and a WebSocket endpoint (`ws`) at /ws for the
 * room (room.ts), whose session writes its journal as things happen (journalFile.ts).
 * Killed and started again on the same journal, it resumes at the month the session had
 * reached; students' browsers reconnect with their tokens.
 *
 * Trust: the instructor's key (printed in the terminal, kept in a file beside the journal
 * readable by its owner only) is needed for every instructor action; a student's token
 * (kept in their browser) identifies their organisation; the journal holds hashes of both,
 * never the secrets.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { ClassSession } from './session';
import { ClassroomStartError, openJournal, type OpenedJournal } from './journalFile';
import { Room } from './room';
import type { OfferedScenario } from './audience';
import { serveFile } from './staticFiles';

export { ClassroomStartError } from './journalFile';
export type { OfferedScenario } from './audience';

export interface ClassroomOptions {
  /** Scenario text and seed for a new session (ignored when the journal exists: it is resumed). */
  scenarioText: string;
  seed: number;
  journalPath: string;
  /** Built pages (vite build): dist/. */
  siteDir: string;
  port: number;
  host: string;
  /** Address students type, e.g. http://192.168.1.20:8080 (the server cannot know which network the class is on). */
  publicUrl?: (port: number) => string;
  /** Scenarios the instructor may pick on the page before the start (npm run classroom offers the bundled ones). */
  scenarios?: readonly OfferedScenario[];
}

export interface Classroom {
  port: number;
  room: string;
  /** Known when the session was created or its key file was found. */
  instructorKey: string | undefined;
  resumed: boolean;
  session: ClassSession;
  close(): Promise<void>;
}

/** A frame above this closes the connection (ws refuses to read it); between MAX_MESSAGE_BYTES and this it is refused and answered. */
const HARD_FRAME_LIMIT = 64 * 1024;
/** How often connections are pinged (one that missed the last answer is closed). */
const HEARTBEAT_MS = 10_000;

export async function startClassroom(options: ClassroomOptions): Promise<Classroom> {
  // Listening comes first: a port in use stops the start before any file is written.
  const server: Server = createServer((request, response) => serveFile(options.siteDir, request, response));
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new ClassroomStartError(`port ${options.port} is already in use: choose another with --port`) : error),
    );
    server.listen(options.port, options.host, () => resolveListen());
  });
  let journal: OpenedJournal;
  try {
    journal = openJournal(options.journalPath, options.scenarioText, options.seed, () => new Date().toISOString());
  } catch (error) {
    // Nothing listens when the session cannot open.
    server.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const room = new Room(journal, options.publicUrl?.(port) ?? `http://localhost:${port}/`, options.scenarios ?? []);
  const wss = new WebSocketServer({ server, path: '/ws', maxPayload: HARD_FRAME_LIMIT });
  wss.on('connection', (socket, request) => room.connect(socket, request.socket.remoteAddress ?? ''));
  const heartbeat = setInterval(() => room.heartbeat(), HEARTBEAT_MS);

  return {
    port,
    room: journal.session.header.room,
    instructorKey: journal.instructorKey,
    resumed: journal.resumed,
    session: journal.session,
    close: async () => {
      clearInterval(heartbeat);
      room.close();
      await new Promise<void>((r) => wss.close(() => r()));
      await new Promise<void>((r) => server.close(() => r()));
      journal.close();
    },
  };
}
