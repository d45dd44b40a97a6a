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
import { chmodSync, closeSync, existsSync, fsyncSync, ftruncateSync, openSync, readFileSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';
import { journalLine, MAX_JOURNAL_BYTES, readJournal, type JournalEntry } from './journal';
import { cleanName, isInstructorAction, parseClientMessage, type ClientMessage, type RefusalReason, type ServerMessage } from './protocol';
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

/** The journal did not take a line: nothing was recorded or applied. */
class JournalError extends Error {}

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
const HEARTBEAT_MS = 10_000;
/** Students one device may join as (a script cannot take every organisation); the instructor's own machine is not limited. */
const JOINS_PER_ADDRESS = 3;

interface Client {
  socket: WebSocket;
  role: 'none' | 'student' | 'instructor';
  /** Hash of the student's token. */
  token?: string;
  lastSeq: number;
  allowance: number;
  checkedAt: number;
  /** Answered the last ping. */
  alive: boolean;
  /** The device's network address (joins are limited per address). */
  address: string;
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
  /** Bytes of the journal's complete lines: a line that cannot be written whole is cut back to here. */
  let journalBytes = 0;
  /** Why the journal last failed to take a line (a full disk, a file too large), until one is written again. */
  let journalProblem: string | null = null;
  const write = (entry: JournalEntry) => {
    const line = Buffer.from(journalLine(entry));
    try {
      for (let done = 0; done < line.length; ) done += writeSync(fd!, line, done, line.length - done, journalBytes + done);
      fsyncSync(fd!);
    } catch (error) {
      // Nothing half-written stays: the entry is not applied (session.ts writes before it acts), and the file keeps whole lines.
      try {
        ftruncateSync(fd!, journalBytes);
      } catch {
        // The file cannot even be cut back: the next start drops a last line cut short.
      }
      journalProblem = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new JournalError(journalProblem);
    }
    journalBytes += line.length;
    journalProblem = null;
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
      fd = openSync(options.journalPath, 'r+');
      journalBytes = read.validBytes;
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
      fd = openSync(options.journalPath, 'wx+');
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
  /** Set while the server shuts down: sockets closing then are not students leaving (no month may end, nothing is written). */
  let closing = false;
  /** Students joined from each network address since the server started. */
  const joinsFrom = new Map<string, number>();
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
    journalProblem,
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
  /** Runs a change that writes the journal; a journal that cannot take it stops the month's clock and tells the instructor. */
  const guarded = <T>(change: () => T): T | 'unwritable' => {
    try {
      return change();
    } catch (error) {
      if (!(error instanceof JournalError)) throw error;
      clearTimeout(timer);
      timer = undefined;
      deadline = null;
      console.error(`classroom: the journal could not be written (${error.message}): nothing was recorded; free some space, then press Resume or Next month`);
      updateInstructors();
      return 'unwritable';
    }
  };
  const advance = () => {
    if (closing || guarded(() => session.advance()) !== undefined) return;
    schedule();
    broadcast('all');
  };
  const maybeAdvanceWhenAllDecided = () => {
    if (!closing && session.state === 'running' && session.pace === 'all' && session.allDecided(connectedTokens())) advance();
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
        const loopback = client.address === '127.0.0.1' || client.address === '::1' || client.address === '::ffff:127.0.0.1';
        if (!loopback && (joinsFrom.get(client.address) ?? 0) >= JOINS_PER_ADDRESS) return 'room_full';
        const secret = newSecret(18);
        // The name as shown and journaled: trimmed, spaces collapsed (the protocol checked it is one).
        const joined = session.join(cleanName(message.name!)!, hash(secret));
        if (typeof joined === 'string') return joined;
        client.role = 'student';
        client.token = joined.token;
        joinsFrom.set(client.address, (joinsFrom.get(client.address) ?? 0) + 1);
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
      case 'release': {
        const token = [...session.students.values()][message.student]?.token;
        const problem = session.release(message.student);
        if (problem) return problem;
        // Their browsers are told their place is gone (the page shows the join form again).
        for (const c of clients) {
          if (c.role !== 'student' || c.token !== token) continue;
          c.role = 'none';
          c.token = undefined;
          send(c, { type: 'refused', reason: 'unknown_token', detail: 'taken off the roster by the instructor' });
        }
        broadcast('none');
        maybeAdvanceWhenAllDecided();
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
        // Resumed with every connected student's decision already in (some left during the pause): the month ends now.
        maybeAdvanceWhenAllDecided();
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

  // A phone that left the network without closing its connection would count as present
  // (and hold up a month that ends when all have decided): each connection is pinged, and
  // one that missed the last ping's answer is closed.
  const heartbeat = setInterval(() => {
    for (const c of clients) {
      if (!c.alive) {
        c.socket.terminate();
        continue;
      }
      c.alive = false;
      c.socket.ping();
    }
  }, HEARTBEAT_MS);
  wss.on('connection', (socket, request) => {
    const client: Client = {
      socket,
      role: 'none',
      lastSeq: -1,
      allowance: RATE_BURST,
      checkedAt: Date.now(),
      alive: true,
      address: request.socket.remoteAddress ?? '',
    };
    clients.add(client);
    socket.on('pong', () => {
      client.alive = true;
    });
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
      const problem = guarded(() => handle(client, message));
      if (problem) refuse(client, problem, problem, message.seq);
    });
    socket.on('close', () => {
      clients.delete(client);
      if (!closing && client.role === 'student') {
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
      closing = true;
      clearInterval(heartbeat);
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
