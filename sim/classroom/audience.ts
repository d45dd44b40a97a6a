/**
 * A room's connections and what they are sent: each student their organisation's view,
 * the instructors the room's (sessionViews.ts), with the instructors' screens brought up
 * to date at most every INSTRUCTOR_UPDATE_MS. Who may do what is the room's (room.ts).
 */
import type { Client } from './admission';
import type { ServerMessage } from './protocol';
import type { ClassSession } from './session';
import { instructorView, studentView } from './sessionViews';
import type { OpenedJournal } from './journalFile';

/** A scenario the instructor may choose before the start. */
export interface OfferedScenario {
  id: string;
  title: { en: string; fr: string };
  text: string;
}

/**
 * The instructors' screens are brought up to date at most this often: a class deciding
 * within the same second sends one view, not thirty (each carries the whole series, and a
 * projector's browser would fall behind).
 */
const INSTRUCTOR_UPDATE_MS = 100;

export class Audience {
  readonly clients = new Set<Client>();
  private instructorUpdate: NodeJS.Timeout | undefined;

  constructor(
    private readonly session: ClassSession,
    private readonly journal: OpenedJournal,
    private readonly joinUrl: string,
    private readonly offered: readonly OfferedScenario[],
    /** Milliseconds left in the month (the room's clock), or null. */
    private readonly remainingMs: () => number | null,
  ) {}

  /** Pings every connection; one that missed the last ping's answer is closed (room.ts heartbeat). */
  heartbeat(): void {
    for (const c of this.clients) {
      if (!c.alive) {
        c.socket.terminate();
        continue;
      }
      c.alive = false;
      c.socket.ping();
    }
  }

  /** No more updates; every connection closed. */
  close(): void {
    clearTimeout(this.instructorUpdate);
    for (const c of this.clients) c.socket.terminate();
  }

  /** Token hashes of the students connected now. */
  connectedTokens(): Set<string> {
    const tokens = new Set<string>();
    for (const c of this.clients) if (c.role === 'student' && c.token) tokens.add(c.token);
    return tokens;
  }

  send(client: Client, message: ServerMessage): void {
    if (client.socket.readyState === client.socket.OPEN) client.socket.send(JSON.stringify(message));
  }

  instructorMessage(): ServerMessage {
    const s = this.session;
    return {
      ...instructorView(s, this.joinUrl, this.connectedTokens(), this.remainingMs()),
      scenarios: s.state === 'lobby' ? this.offered.map(({ id, title }) => ({ id, title })) : [],
      scenarioId: this.offered.find((o) => o.text === s.scenarioText)?.id ?? null,
      journalProblem: this.journal.problem(),
    };
  }

  updateInstructors(): void {
    this.instructorUpdate ??= setTimeout(() => {
      this.instructorUpdate = undefined;
      let view: ServerMessage | undefined;
      for (const c of this.clients) if (c.role === 'instructor') this.send(c, (view ??= this.instructorMessage()));
    }, INSTRUCTOR_UPDATE_MS);
  }

  /** Sends each student (or only the browsers of the student with token hash `students`) their organisation's view, and updates the instructors. */
  broadcast(students: 'all' | 'none' | string): void {
    this.updateInstructors();
    if (students === 'none') return;
    const snapshot = this.session.sim.snapshot();
    const remaining = this.remainingMs();
    for (const c of this.clients) {
      if (c.role !== 'student' || !c.token || (students !== 'all' && students !== c.token)) continue;
      const view = studentView(this.session, c.token, remaining, snapshot);
      if (view) this.send(c, view);
    }
  }
}
