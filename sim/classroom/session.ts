/**
 * A classroom session: its commands (join, decide, start, ...). Each checks what the room
 * allows and returns a refusal reason instead of acting, or writes one journal entry and
 * applies it (sessionReducer.ts: the state, and the `apply` that replay uses too).
 *
 * What the pages show of it is in sessionViews.ts; timers, sockets and keys are the
 * server's (server.ts, room.ts). No wall clock here: `now()` is passed in, and is only
 * written down, never read back.
 */
import type { PlayedChoice } from '../model/played';
import type { EventType } from '../scenario/enums';
import { JOURNAL_FORMAT, type JournalEntry, type SessionEntry } from './journal';
import { REFUSAL_REASONS, type Pace, type RefusalReason } from './protocol';
import { openScenario, SessionReducer, type Student } from './sessionReducer';

export class ClassSession extends SessionReducer {
  private constructor(
    header: SessionEntry,
    private readonly write: (entry: JournalEntry) => void,
    private readonly now: () => string,
  ) {
    super(header);
  }

  /** A new session: writes its first journal line. */
  static create(
    scenarioText: string,
    seed: number,
    room: string,
    instructorKeyHash: string,
    write: (entry: JournalEntry) => void,
    now: () => string,
  ): ClassSession {
    const header: SessionEntry = { kind: 'session', format: JOURNAL_FORMAT, scenario: scenarioText, seed, room, instructorKey: instructorKeyHash, at: now() };
    const session = new ClassSession(header, write, now);
    write(header);
    return session;
  }

  /** A session rebuilt from its journal's entries (read by readJournal); later changes go to `write`. */
  static replay(entries: readonly JournalEntry[], write: (entry: JournalEntry) => void, now: () => string): ClassSession {
    const [header, ...rest] = entries;
    if (header?.kind !== 'session') throw new Error('a journal starts with its session line');
    const session = new ClassSession(header, write, now);
    for (const entry of rest) session.apply(entry);
    return session;
  }

  private record(entry: JournalEntry): void {
    this.write(entry);
    this.apply(entry);
  }

  // Commands: each checks, then writes and applies one entry, or returns why it cannot.

  join(name: string, tokenHash: string): RefusalReason | Student {
    if (this.state === 'ended') return 'not_running';
    const organisation = this.assignment.find((i) => !this.studentOf.has(i) && this.sim.state.orgs.active[i]);
    if (organisation === undefined) return 'room_full';
    this.record({ kind: 'student', token: tokenHash, name, organisation, at: this.now() });
    return this.students.get(tokenHash)!;
  }

  /** Another scenario or seed, chosen by the instructor before the first month is played. */
  setup(scenarioText: string, seed: number): RefusalReason | undefined {
    if (this.state !== 'lobby') return 'not_running';
    let organisations: number;
    try {
      organisations = openScenario(scenarioText, seed).assignment.length;
    } catch {
      return 'invalid';
    }
    if (this.students.size > organisations) return 'room_full';
    this.record({ kind: 'setup', scenario: scenarioText, seed, at: this.now() });
    return undefined;
  }

  /** Gives the `index`-th student (in order of arrival) another organisation, one nobody plays, before the first month. */
  assign(index: number, organisation: number): RefusalReason | undefined {
    if (this.state !== 'lobby') return 'not_running';
    const student = [...this.students.values()][index];
    if (!student) return 'not_joined';
    if (!this.assignment.includes(organisation) || this.studentOf.has(organisation)) return 'not_open';
    this.record({ kind: 'student', token: student.token, name: student.name, organisation, at: this.now() });
    return undefined;
  }

  /**
   * Takes the `index`-th student (in order of arrival) off the roster: their organisation is
   * played by its agent again and may be given to someone else; their browser's token no
   * longer works (a script that joined many times, a student who left the class). Their
   * decisions so far stay in the run and the journal.
   */
  release(index: number): RefusalReason | undefined {
    if (this.state === 'ended') return 'not_running';
    const student = [...this.students.values()][index];
    if (!student) return 'not_joined';
    this.pending.delete(student.organisation);
    this.record({ kind: 'release', token: student.token, at: this.now() });
    return undefined;
  }

  decide(tokenHash: string, month: number, choice: PlayedChoice, organisation?: number): RefusalReason | undefined {
    const student = this.students.get(tokenHash);
    if (!student) return 'not_joined';
    if (organisation !== undefined && organisation !== student.organisation) return 'forbidden';
    if (this.state !== 'running') return 'not_running';
    if (month !== this.month) return 'out_of_turn';
    if (this.pending.has(student.organisation)) return 'already_decided';
    if (!this.open(student.organisation).includes(choice)) return 'not_open';
    this.record({ kind: 'decision', month, organisation: student.organisation, choice, at: this.now() });
    return undefined;
  }

  start(): RefusalReason | undefined {
    if (this.state === 'ended' || this.state === 'running') return 'not_running';
    this.record({ kind: 'state', state: 'running', at: this.now() });
    return undefined;
  }

  pause(): RefusalReason | undefined {
    if (this.state !== 'running') return 'not_running';
    this.record({ kind: 'state', state: 'paused', at: this.now() });
    return undefined;
  }

  end(): RefusalReason | undefined {
    if (this.state === 'ended') return 'not_running';
    this.recordRefusals();
    this.record({ kind: 'state', state: 'ended', at: this.now() });
    return undefined;
  }

  setPace(pace: Pace): void {
    this.record({ kind: 'pace', pace, at: this.now() });
  }

  /** A live event, felt at the start of next month (as in the simulator page); once the session has started (the scenario may still change before). */
  inject(event: EventType): RefusalReason | undefined {
    if (this.state === 'ended' || this.state === 'lobby') return 'not_running';
    this.record({ kind: 'event', month: this.month, event, at: this.now() });
    return undefined;
  }

  /** Plays the month: the students' decisions replace their organisations' agents, the agents play the rest. */
  advance(): RefusalReason | undefined {
    if (this.state !== 'running' && this.state !== 'paused') return 'not_running';
    this.recordRefusals();
    this.record({ kind: 'month', month: this.month + 1, at: this.now() });
    return undefined;
  }

  countRefusal(reason: RefusalReason): void {
    this.refused[reason]++;
  }

  /** Writes the refusal counts when they changed since last written (with each month, and at the end). */
  private recordRefusals(): void {
    if (this.refusedTotal() === this.refusedWritten) return;
    const counts: Partial<Record<RefusalReason, number>> = {};
    for (const reason of REFUSAL_REASONS) if (this.refused[reason] > 0) counts[reason] = this.refused[reason];
    this.record({ kind: 'refusals', counts, at: this.now() });
  }
}
