/**
 * The room: the session, the connections to it, and the month's clock (server side). Every
 * message is checked (rate, size, shape, sequence; then role and month by the session) and
 * a refused one is answered and counted without touching anyone else's connection. A change
 * the journal cannot take is refused as `unwritable`, and stops the clock. What each
 * connection is sent is audience.ts's; the month's timer is monthClock.ts's.
 */
import type { WebSocket, RawData } from 'ws';
import { admit, newClient, type Client } from './admission';
import { cleanName, isInstructorAction, type ClientMessage, type RefusalReason } from './protocol';
import type { ClassSession } from './session';
import { classroomCsv } from './export';
import { hashSecret, JournalError, newSecret, sameHash, type OpenedJournal } from './journalFile';
import { Audience, type OfferedScenario } from './audience';
import { MonthClock } from './monthClock';

/** Students one device may join as (a script cannot take every organisation); the instructor's own machine is not limited. */
const JOINS_PER_ADDRESS = 3;
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

type Outcome = RefusalReason | undefined;

export class Room {
  private readonly session: ClassSession;
  private readonly audience: Audience;
  private readonly clock = new MonthClock(() => this.advance());
  /** Set while the server shuts down: sockets closing then are not students leaving (no month may end, nothing is written). */
  private closing = false;
  /** Students joined from each network address since the server started. */
  private readonly joinsFrom = new Map<string, number>();

  constructor(
    private readonly journal: OpenedJournal,
    joinUrl: string,
    private readonly offered: readonly OfferedScenario[],
  ) {
    this.session = journal.session;
    this.audience = new Audience(this.session, journal, joinUrl, offered, () => this.clock.remainingMs());
  }

  /** Takes a new connection from `address` (the device's network address). */
  connect(socket: WebSocket, address: string): void {
    const client = newClient(socket, address);
    this.audience.clients.add(client);
    socket.on('pong', () => {
      client.alive = true;
    });
    socket.on('message', (data: RawData, isBinary: boolean) => this.receive(client, data, isBinary));
    socket.on('close', () => {
      this.audience.clients.delete(client);
      if (!this.closing && client.role === 'student') {
        this.audience.updateInstructors();
        this.maybeAdvanceWhenAllDecided();
      }
    });
    socket.on('error', (error: Error & { code?: string }) => {
      // A frame over the hard limit: ws closes this socket only (other errors are a broken connection, closed too).
      if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') this.session.countRefusal('oversized');
    });
  }

  /**
   * A phone that left the network without closing its connection would count as present
   * (and hold up a month that ends when all have decided): each connection is pinged, and
   * one that missed the last ping's answer is closed. Called every few seconds.
   */
  heartbeat(): void {
    this.audience.heartbeat();
  }

  close(): void {
    this.closing = true;
    this.clock.stop();
    this.audience.close();
  }

  private receive(client: Client, data: RawData, isBinary: boolean): void {
    const admitted = admit(client, data, isBinary);
    if ('reason' in admitted) {
      this.refuse(client, admitted.reason, admitted.detail, admitted.seq);
      return;
    }
    const problem = this.guarded(() => this.handle(client, admitted));
    if (problem) this.refuse(client, problem, problem, admitted.seq);
  }

  private handle(client: Client, message: ClientMessage): Outcome {
    if (isInstructorAction(message) && client.role !== 'instructor') return 'forbidden';
    const s = this.session;
    switch (message.type) {
      case 'hello':
        return client.role !== 'none'
          ? 'forbidden'
          : message.room.toUpperCase() !== s.header.room
            ? 'unknown_room'
            : this.hello(client, message.name, message.token);
      case 'instructor':
        if (!sameHash(hashSecret(message.key), s.header.instructorKey)) return 'forbidden';
        client.role = 'instructor';
        this.audience.send(client, this.audience.instructorMessage());
        return undefined;
      case 'decide':
        if (client.role !== 'student' || !client.token) return 'not_joined';
        return this.afterwards(s.decide(client.token, message.month, message.choice, message.organisation), client.token, true);
      case 'setup': {
        // '' keeps the scenario played (one given on the command line, not among those offered) and changes the seed.
        const text = message.scenario === '' ? s.scenarioText : this.offered.find((o) => o.id === message.scenario)?.text;
        return text === undefined ? 'not_open' : this.afterwards(s.setup(text, message.seed), 'all');
      }
      case 'release':
        return this.release(message.student);
      case 'assign':
        return this.afterwards(s.assign(message.student, message.organisation), 'all');
      case 'start':
        // Resumed with every connected student's decision already in (some left during the pause): the month ends now.
        return this.afterwards(s.start(), 'all', true, true);
      case 'pause':
        return this.afterwards(s.pause(), 'all', false, true);
      case 'pace':
        s.setPace(message.pace);
        return this.afterwards(undefined, 'all', true, true);
      case 'advance':
        return this.afterwards(s.advance(), 'all', false, true);
      case 'event':
        return this.afterwards(s.inject(message.event), 'none');
      case 'end':
        return this.afterwards(s.end(), 'all', false, true);
      case 'export':
        this.audience.send(client, { type: 'export', csv: classroomCsv(s), journal: this.journal.text() });
        return undefined;
    }
  }

  /** After a command: its refusal, or the views to send, the clock to set again, and whether the month may now end. */
  private afterwards(problem: Outcome, students: 'all' | 'none' | string, mayEndMonth = false, clock = false): Outcome {
    if (problem) return problem;
    if (clock) this.restartClock();
    this.audience.broadcast(students);
    if (mayEndMonth) this.maybeAdvanceWhenAllDecided();
    return undefined;
  }

  private hello(client: Client, name: string | undefined, token: string | undefined): Outcome {
    if (token !== undefined) {
      const hashed = hashSecret(token);
      if (!this.session.students.has(hashed)) return 'unknown_token';
      client.role = 'student';
      client.token = hashed;
      // A student back may complete the month (their decision was journaled).
      return this.afterwards(undefined, hashed, true);
    }
    if (!LOOPBACK.has(client.address) && (this.joinsFrom.get(client.address) ?? 0) >= JOINS_PER_ADDRESS) return 'room_full';
    const secret = newSecret(18);
    // The name as shown and journaled: trimmed, spaces collapsed (the protocol checked it is one).
    const joined = this.session.join(cleanName(name!)!, hashSecret(secret));
    if (typeof joined === 'string') return joined;
    client.role = 'student';
    client.token = joined.token;
    this.joinsFrom.set(client.address, (this.joinsFrom.get(client.address) ?? 0) + 1);
    this.audience.send(client, { type: 'welcome', token: secret });
    return this.afterwards(undefined, joined.token);
  }

  /** Takes a student off the roster; their browsers are told their place is gone (the page shows the join form again). */
  private release(student: number): Outcome {
    const token = [...this.session.students.values()][student]?.token;
    const problem = this.session.release(student);
    if (problem) return problem;
    for (const c of this.audience.clients) {
      if (c.role !== 'student' || c.token !== token) continue;
      c.role = 'none';
      c.token = undefined;
      this.audience.send(c, { type: 'refused', reason: 'unknown_token', detail: 'taken off the roster by the instructor' });
    }
    return this.afterwards(undefined, 'none', true);
  }

  private refuse(client: Client, reason: RefusalReason, detail: string, seq?: number): void {
    this.session.countRefusal(reason);
    this.audience.send(client, { type: 'refused', reason, detail, ...(seq !== undefined ? { seq } : {}) });
    this.audience.updateInstructors();
  }

  /** Runs a change that writes the journal; a journal that cannot take it stops the month's clock and tells the instructor. */
  private guarded(change: () => Outcome): Outcome {
    try {
      return change();
    } catch (error) {
      if (!(error instanceof JournalError)) throw error;
      this.clock.stop();
      console.error(`classroom: the journal could not be written (${error.message}): nothing was recorded; free some space, then press Resume or Next month`);
      this.audience.updateInstructors();
      return 'unwritable';
    }
  }

  // The month's clock.

  private restartClock(): void {
    this.clock.restart(this.session.state, this.session.pace);
  }

  private advance(): void {
    if (this.closing || this.guarded(() => this.session.advance()) !== undefined) return;
    this.restartClock();
    this.audience.broadcast('all');
  }

  private maybeAdvanceWhenAllDecided(): void {
    const s = this.session;
    if (!this.closing && s.state === 'running' && s.pace === 'all' && s.allDecided(this.audience.connectedTokens())) this.advance();
  }
}
