/**
 * The classroom server (docs/classroom.md): one Node process on the instructor's machine
 * serves the built pages and a WebSocket endpoint (`ws`) at /ws, runs the session
 * (session.ts) and writes its journal as things happen (each line synced to disk before
 * anyone is told). Killed and started again on the same journal, it resumes at the month
 * the session had reached; students' browsers reconnect with their tokens.
 *
 * Trust: the instructor's key (printed in the terminal, kept in a file beside the journal
 * readable by its owner only) is needed for every instructor action; a student's token
 * (kept in their browser) identifies their organisation; the journal holds hashes of both,
 * never the secrets. Every message is checked (size, rate, shape, sequence, month) and a
 * refused one is answered and counted without touching anyone else's connection.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, statSync, truncateSync, writeFileSync, writeSync, chmodSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';
import { journalLine, MAX_JOURNAL_BYTES, readJournal, type JournalEntry } from './journal';
import { isInstructorAction, parseClientMessage, type ClientMessage, type RefusalReason, type ServerMessage } from './protocol';
import { ClassSession } from './session';
import { classroomCsv } from './export';
import { SECURITY_HEADERS } from '../../viz/security';

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

export interface OfferedScenario {
  id: string;
  title: { en: string; fr: string };
  text: string;
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

/** A problem the person starting the server can fix (exit code 2). */
export class ClassroomStartError extends Error {}

const ROOM_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');
const newSecret = (bytes: number) => randomBytes(bytes).toString('base64url');
const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Messages a connection may send: a burst of 20, then 10 a second. */
const RATE_BURST = 20;
const RATE_PER_SECOND = 10;
/** A frame above this closes the connection (ws refuses to read it); between MAX_MESSAGE_BYTES and this it is refused and answered. */
const HARD_FRAME_LIMIT = 64 * 1024;
const INSTRUCTOR_UPDATE_MS = 100;

interface Client {
  socket: WebSocket;
  role: 'none' | 'student' | 'instructor';
  /** Hash of the student's token. */
  token?: string;
  lastSeq: number;
  allowance: number;
  checkedAt: number;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export async function startClassroom(options: ClassroomOptions): Promise<Classroom> {
  const now = () => new Date().toISOString();
  // Listening comes first: a port in use stops the start before any file is written.
  const server: Server = createServer((request, response) => serveFile(options.siteDir, request, response));
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new ClassroomStartError(`port ${options.port} is already in use: choose another with --port`) : error),
    );
    server.listen(options.port, options.host, () => resolveListen());
  });
  const keyPath = `${options.journalPath}.key`;
  const resumed = existsSync(options.journalPath);
  let fd: number | undefined;
  const write = (entry: JournalEntry) => {
    writeSync(fd!, journalLine(entry));
    fsyncSync(fd!);
  };
  let session: ClassSession;
  let instructorKey: string | undefined;
  try {
    if (resumed) {
      const size = statSync(options.journalPath).size;
      if (size > MAX_JOURNAL_BYTES) throw new ClassroomStartError(`${options.journalPath}: ${size} bytes, a journal is at most ${MAX_JOURNAL_BYTES}`);
      const read = readJournal(readFileSync(options.journalPath, 'utf8'));
      if (!read.ok) throw new ClassroomStartError(`${options.journalPath}, line ${read.problem.line}: ${read.problem.message}`);
      // A line cut short when the process was killed is dropped before writing on.
      if (read.validBytes < size) truncateSync(options.journalPath, read.validBytes);
      fd = openSync(options.journalPath, 'a');
      try {
        session = ClassSession.replay(read.entries, write, now);
      } catch (error) {
        closeSync(fd);
        throw new ClassroomStartError(`${options.journalPath}: ${(error as Error).message}`);
      }
      if (existsSync(keyPath)) instructorKey = readFileSync(keyPath, 'utf8').trim();
      // Back after a crash, the class waits for the instructor: students reconnect one by one,
      // and a month that ends "when all have decided" must not run ahead of those not back yet.
      if (session.state === 'running') session.pause();
    } else {
      instructorKey = newSecret(18);
      const room = Array.from({ length: 4 }, () => ROOM_ALPHABET[randomInt(ROOM_ALPHABET.length)]).join('');
      fd = openSync(options.journalPath, 'wx');
      writeFileSync(keyPath, `${instructorKey}\n`, { mode: 0o600 });
      chmodSync(keyPath, 0o600);
      try {
        session = ClassSession.create(options.scenarioText, options.seed, room, hash(instructorKey), write, now);
      } catch (error) {
        closeSync(fd);
        throw new ClassroomStartError((error as Error).message);
      }
    }
  } catch (error) {
    // Nothing listens when the session cannot open.
    server.close();
    throw error;
  }

  const clients = new Set<Client>();
  let deadline: number | null = null;
  let timer: NodeJS.Timeout | undefined;
  const remainingMs = () => (deadline === null ? null : Math.max(0, deadline - Date.now()));

  const wss = new WebSocketServer({ server, path: '/ws', maxPayload: HARD_FRAME_LIMIT });
  const port = (server.address() as AddressInfo).port;
  const joinUrl = options.publicUrl?.(port) ?? `http://localhost:${port}/`;

  const connectedTokens = () => {
    const tokens = new Set<string>();
    for (const c of clients) if (c.role === 'student' && c.token) tokens.add(c.token);
    return tokens;
  };
  const send = (client: Client, message: ServerMessage) => {
    if (client.socket.readyState === client.socket.OPEN) client.socket.send(JSON.stringify(message));
  };
  /**
   * The instructors' screens are brought up to date at most every INSTRUCTOR_UPDATE_MS: a
   * class deciding within the same second sends one view, not thirty (each carries the
   * whole series, and a projector's browser would fall behind).
   */
  let instructorUpdate: NodeJS.Timeout | undefined;
  const sendInstructorViews = () => {
    instructorUpdate = undefined;
    let view: ServerMessage | undefined;
    for (const c of clients) if (c.role === 'instructor') send(c, (view ??= instructorView()));
  };
  const offered = options.scenarios ?? [];
  const instructorView = (): ServerMessage => ({
    ...session.instructorView(joinUrl, connectedTokens(), remainingMs()),
    scenarios: session.state === 'lobby' ? offered.map(({ id, title }) => ({ id, title })) : [],
    scenarioId: offered.find((o) => o.text === session.scenarioText)?.id ?? null,
  });
  const updateInstructors = () => {
    instructorUpdate ??= setTimeout(sendInstructorViews, INSTRUCTOR_UPDATE_MS);
  };
  /** Sends each student (or only the browsers of the student with token hash `students`) their organisation's view, and updates the instructors. */
  const broadcast = (students: 'all' | 'none' | string = 'all') => {
    updateInstructors();
    if (students === 'none') return;
    const snapshot = session.sim.snapshot();
    const remaining = remainingMs();
    for (const c of clients) {
      if (c.role === 'student' && c.token && (students === 'all' || students === c.token)) {
        const view = session.studentView(c.token, remaining, snapshot);
        if (view) send(c, view);
      }
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = undefined;
    deadline = null;
    if (session.state !== 'running' || typeof session.pace !== 'number') return;
    deadline = Date.now() + session.pace * 1000;
    timer = setTimeout(advance, session.pace * 1000);
  };
  const advance = () => {
    if (session.advance() !== undefined) return;
    schedule();
    broadcast('all');
  };
  const maybeAdvanceWhenAllDecided = () => {
    if (session.state === 'running' && session.pace === 'all' && session.allDecided(connectedTokens())) advance();
  };

  const refuse = (client: Client, reason: RefusalReason, detail: string, seq?: number) => {
    session.countRefusal(reason);
    send(client, { type: 'refused', reason, detail, ...(seq !== undefined ? { seq } : {}) });
    updateInstructors();
  };

  const handle = (client: Client, message: ClientMessage): RefusalReason | undefined => {
    if (isInstructorAction(message) && client.role !== 'instructor') return 'forbidden';
    switch (message.type) {
      case 'hello': {
        if (client.role !== 'none') return 'forbidden';
        if (message.room.toUpperCase() !== session.header.room) return 'unknown_room';
        if (message.token !== undefined) {
          const token = hash(message.token);
          if (!session.students.has(token)) return 'unknown_token';
          client.role = 'student';
          client.token = token;
          broadcast(token);
          broadcast('none');
          // A student back after a restart may complete the month (their decision was journaled).
          maybeAdvanceWhenAllDecided();
          return undefined;
        }
        const secret = newSecret(18);
        const joined = session.join(message.name!, hash(secret));
        if (typeof joined === 'string') return joined;
        client.role = 'student';
        client.token = joined.token;
        send(client, { type: 'welcome', token: secret });
        broadcast(joined.token);
        broadcast('none');
        return undefined;
      }
      case 'instructor':
        if (!sameHash(hash(message.key), session.header.instructorKey)) return 'forbidden';
        client.role = 'instructor';
        send(client, instructorView());
        return undefined;
      case 'setup': {
        // '' keeps the scenario played (one given on the command line, not among those offered) and changes the seed.
        const text = message.scenario === '' ? session.scenarioText : offered.find((o) => o.id === message.scenario)?.text;
        if (text === undefined) return 'not_open';
        const problem = session.setup(text, message.seed);
        if (problem) return problem;
        broadcast('all');
        return undefined;
      }
      case 'assign': {
        const problem = session.assign(message.student, message.organisation);
        if (problem) return problem;
        broadcast('all');
        return undefined;
      }
      case 'decide': {
        if (client.role !== 'student' || !client.token) return 'not_joined';
        const problem = session.decide(client.token, message.month, message.choice, message.organisation);
        if (problem) return problem;
        broadcast(client.token);
        broadcast('none');
        maybeAdvanceWhenAllDecided();
        return undefined;
      }
      case 'start':
      case 'pause': {
        const problem = message.type === 'start' ? session.start() : session.pause();
        if (problem) return problem;
        schedule();
        broadcast('all');
        return undefined;
      }
      case 'pace':
        session.setPace(message.pace);
        schedule();
        broadcast('all');
        maybeAdvanceWhenAllDecided();
        return undefined;
      case 'advance': {
        const problem = session.advance();
        if (problem) return problem;
        schedule();
        broadcast('all');
        return undefined;
      }
      case 'event': {
        const problem = session.inject(message.event);
        if (problem) return problem;
        broadcast('none');
        return undefined;
      }
      case 'end': {
        const problem = session.end();
        if (problem) return problem;
        schedule();
        broadcast('all');
        return undefined;
      }
      case 'export':
        send(client, { type: 'export', csv: classroomCsv(session), journal: readFileSync(options.journalPath, 'utf8') });
        return undefined;
    }
  };

  wss.on('connection', (socket) => {
    const client: Client = { socket, role: 'none', lastSeq: -1, allowance: RATE_BURST, checkedAt: Date.now() };
    clients.add(client);
    socket.on('message', (data: RawData, isBinary: boolean) => {
      const nowMs = Date.now();
      client.allowance = Math.min(RATE_BURST, client.allowance + ((nowMs - client.checkedAt) / 1000) * RATE_PER_SECOND);
      client.checkedAt = nowMs;
      if (client.allowance < 1) return refuse(client, 'rate', `at most ${RATE_PER_SECOND} messages a second`);
      client.allowance -= 1;
      const bytes = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
      if (isBinary) return refuse(client, 'invalid', 'expected a text message');
      const parsed = parseClientMessage(bytes.length > 8192 ? '' : bytes.toString('utf8'), bytes.length);
      if (!parsed.ok) return refuse(client, parsed.reason, parsed.detail);
      const { message } = parsed;
      if (message.seq <= client.lastSeq) return refuse(client, 'replayed', `seq ${message.seq} was not above ${client.lastSeq}`, message.seq);
      client.lastSeq = message.seq;
      let problem: RefusalReason | undefined;
      try {
        problem = handle(client, message);
      } catch (error) {
        // The journal could not be written (disk full, ...): say so to the instructor's terminal; nothing was applied.
        console.error(`classroom: ${(error as Error).message}`);
        problem = 'invalid';
      }
      if (problem) refuse(client, problem, problem, message.seq);
    });
    socket.on('close', () => {
      clients.delete(client);
      if (client.role === 'student') {
        broadcast('none');
        maybeAdvanceWhenAllDecided();
      }
    });
    socket.on('error', (error: Error & { code?: string }) => {
      // A frame over the hard limit: ws closes this socket only (other errors are a broken connection, closed too).
      if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') session.countRefusal('oversized');
    });
  });

  return {
    port,
    room: session.header.room,
    instructorKey,
    resumed,
    session,
    close: async () => {
      clearTimeout(timer);
      clearTimeout(instructorUpdate);
      for (const c of clients) c.socket.terminate();
      await new Promise<void>((r) => wss.close(() => r()));
      await new Promise<void>((r) => server.close(() => r()));
      closeSync(fd!);
    },
  };
}

/** Static files from the built site; `/` is the student's page. GET and HEAD only, nothing outside the site. */
function serveFile(siteDir: string, request: IncomingMessage, response: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request\n');
    return;
  }
  const relative = pathname === '/' ? 'play.html' : normalize(pathname).replace(/^[/\\]+/, '');
  const root = resolve(siteDir);
  const file = resolve(join(root, relative));
  if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
  if (request.method === 'HEAD') response.end();
  else response.end(readFileSync(file));
}
