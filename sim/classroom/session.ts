/**
 * A classroom session as a reducer over its journal (journal.ts): every change is first
 * written as an entry, then applied by `apply`, the one function replay uses too. So the
 * live run and the run replayed from the journal make the same engine calls in the same
 * order (`sim.play` the month's decisions, `sim.inject` live events, `sim.tick`), and give
 * the same numbers.
 *
 * What the pages show of it is in sessionViews.ts. Commands (join, decide, start, ...) check what the room allows and return a refusal
 * reason instead of acting; timers, sockets and keys are the server's (server.ts). No
 * wall clock here: `now()` is passed in, and is only written down, never read back.
 */
import type { Scenario } from '../scenario/schema';
import { parseScenario } from '../scenario/parse';
import { createSimulation, type Simulation } from '../model/simulation';
import { choicesOpen, type PlayedChoice, type PlayedDecision } from '../model/played';
import type { EventType } from '../scenario/enums';
import { JOURNAL_FORMAT, type JournalEntry, type SessionEntry } from './journal';
import { REFUSAL_REASONS, type Pace, type RefusalReason, type SessionState } from './protocol';

export interface Student {
  /** Hash of the token the student's browser keeps (server.ts); the token itself is never stored. */
  token: string;
  name: string;
  organisation: number;
}

export interface DecisionRecord {
  month: number;
  organisation: number;
  choice: PlayedChoice;
  name: string;
  at: string;
}

/** What changed in the month just played, as partners see it. */
export interface MonthNews {
  joined: string[];
  left: string[];
  climbed: string[];
  events: string[];
}

export class ClassSession {
  /** The scenario and seed played (the session line's, or those the instructor chose before the start). */
  scenario: Scenario;
  scenarioText: string;
  seed: number;
  sim: Simulation;
  state: SessionState = 'lobby';
  pace: Pace = 30;
  readonly students = new Map<string, Student>();
  readonly studentOf = new Map<number, Student>();
  /** This month's decisions by organisation, in the order they were made. */
  readonly pending = new Map<number, PlayedChoice>();
  readonly decisions: DecisionRecord[] = [];
  readonly liveEvents: { month: number; event: EventType }[] = [];
  lastMonth: MonthNews = { joined: [], left: [], climbed: [], events: [] };
  /** Messages refused, by reason (the server counts them; the journal keeps them month by month). */
  readonly refused = Object.fromEntries(REFUSAL_REASONS.map((r) => [r, 0])) as Record<RefusalReason, number>;
  private refusedWritten = 0;
  private assignment: number[];

  private constructor(
    readonly header: SessionEntry,
    private readonly write: (entry: JournalEntry) => void,
    private readonly now: () => string,
  ) {
    this.scenarioText = header.scenario;
    this.seed = header.seed;
    this.scenario = scenarioOf(header.scenario);
    this.sim = createSimulation(this.scenario, header.seed);
    this.assignment = assignmentOrder(this.sim);
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

  get month(): number {
    return this.sim.tickCount;
  }

  get months(): number {
    return this.scenario.ticks;
  }

  private record(entry: JournalEntry): void {
    this.write(entry);
    this.apply(entry);
  }

  /** Applies one journal entry (live, after writing it, and in replay). */
  apply(entry: JournalEntry): void {
    switch (entry.kind) {
      case 'session':
        throw new Error('a second session line');
      case 'student': {
        // A student seen before is moved to another organisation (the instructor's choice, before the start).
        const before = this.students.get(entry.token);
        if (before && this.studentOf.get(before.organisation) === before) this.studentOf.delete(before.organisation);
        const student: Student = { token: entry.token, name: entry.name, organisation: entry.organisation };
        this.students.set(student.token, student);
        this.studentOf.set(student.organisation, student);
        return;
      }
      case 'release': {
        const student = this.students.get(entry.token);
        if (!student) throw new Error('journal: a release of a student who never joined');
        this.students.delete(entry.token);
        if (this.studentOf.get(student.organisation) === student) this.studentOf.delete(student.organisation);
        return;
      }
      case 'setup': {
        if (this.state !== 'lobby') throw new Error('journal: a new scenario after the start');
        this.scenarioText = entry.scenario;
        this.seed = entry.seed;
        this.scenario = scenarioOf(entry.scenario);
        this.sim = createSimulation(this.scenario, entry.seed);
        this.assignment = assignmentOrder(this.sim);
        // Students keep their order of arrival: the k-th gets the k-th organisation of the new assignment.
        this.studentOf.clear();
        let k = 0;
        for (const student of this.students.values()) {
          student.organisation = this.assignment[k++]!;
          this.studentOf.set(student.organisation, student);
        }
        return;
      }
      case 'decision':
        this.pending.set(entry.organisation, entry.choice);
        this.decisions.push({
          month: entry.month,
          organisation: entry.organisation,
          choice: entry.choice,
          name: this.studentOf.get(entry.organisation)?.name ?? '',
          at: entry.at,
        });
        return;
      case 'event':
        this.sim.inject({ type: entry.event });
        this.liveEvents.push({ month: entry.month, event: entry.event });
        return;
      case 'pace':
        this.pace = entry.pace;
        return;
      case 'state':
        this.state = entry.state;
        return;
      case 'refusals':
        for (const reason of REFUSAL_REASONS) this.refused[reason] = entry.counts[reason] ?? 0;
        this.refusedWritten = this.refusedTotal();
        return;
      case 'month':
        if (entry.month !== this.sim.tickCount + 1) throw new Error(`journal: month ${entry.month} after month ${this.sim.tickCount}`);
        this.tick();
        return;
    }
  }

  private tick(): void {
    const orgs = this.sim.state.orgs;
    const memberBefore = orgs.member.slice();
    const rungBefore = orgs.rung.slice();
    const eventsBefore = this.sim.events().length;
    const played: PlayedDecision[] = [];
    for (const [organisation, choice] of this.pending) played.push({ organisation, choice });
    this.sim.play(played);
    this.sim.tick();
    this.pending.clear();
    const news: MonthNews = {
      joined: [],
      left: [],
      climbed: [],
      events: this.sim
        .events()
        .slice(eventsBefore)
        .filter((e) => !e.noEffect)
        .map((e) => e.type),
    };
    for (let i = 0; i < orgs.count; i++) {
      if (orgs.member[i] && !memberBefore[i]) news.joined.push(orgs.names[i]!);
      else if (!orgs.member[i] && memberBefore[i]) news.left.push(orgs.names[i]!);
      else if (orgs.member[i] && orgs.rung[i]! > rungBefore[i]!) news.climbed.push(orgs.names[i]!);
    }
    this.lastMonth = news;
    if (this.sim.done) this.state = 'ended';
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
      organisations = assignmentOrder(createSimulation(scenarioOf(scenarioText), seed)).length;
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

  /** Organisations nobody plays, in the order they are given out. */
  freeOrganisations(): number[] {
    return this.assignment.filter((i) => !this.studentOf.has(i) && this.sim.state.orgs.active[i]);
  }

  /** Choices open to an organisation this month. */
  open(organisation: number): PlayedChoice[] {
    const orgs = this.sim.state.orgs;
    if (!orgs.active[organisation]) return [];
    return choicesOpen(orgs.member[organisation] === 1, orgs.rung[organisation]!, this.sim.state.action.alive, this.scenario);
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

  /** Writes the refusal counts when they changed since last written (with each month, and at the end). */
  private recordRefusals(): void {
    if (this.refusedTotal() === this.refusedWritten) return;
    const counts: Partial<Record<RefusalReason, number>> = {};
    for (const reason of REFUSAL_REASONS) if (this.refused[reason] > 0) counts[reason] = this.refused[reason];
    this.record({ kind: 'refusals', counts, at: this.now() });
  }

  countRefusal(reason: RefusalReason): void {
    this.refused[reason]++;
  }

  private refusedTotal(): number {
    return REFUSAL_REASONS.reduce((sum, r) => sum + this.refused[r], 0);
  }

  /** Plays the month: the students' decisions replace their organisations' agents, the agents play the rest. */
  advance(): RefusalReason | undefined {
    if (this.state !== 'running' && this.state !== 'paused') return 'not_running';
    this.recordRefusals();
    this.record({ kind: 'month', month: this.month + 1, at: this.now() });
    return undefined;
  }

  /** True when every connected student has decided this month (and at least one is connected). */
  allDecided(connected: ReadonlySet<string>): boolean {
    let any = false;
    for (const token of connected) {
      const student = this.students.get(token);
      if (!student || !this.sim.state.orgs.active[student.organisation]) continue;
      any = true;
      if (!this.pending.has(student.organisation)) return false;
    }
    return any;
  }
}

function scenarioOf(text: string): Scenario {
  const parsed = parseScenario(text, 'journal');
  if (!parsed.ok) throw new Error(`the scenario is not valid: ${parsed.issues[0]?.path ?? ''}`);
  return parsed.scenario;
}

/**
 * The order in which organisations are given to students: founders first (students are in
 * the action from the first month), then the others; within each, the orders take turns
 * (E, P, T) so a class plays all three sectors.
 */
function assignmentOrder(sim: Simulation): number[] {
  const orgs = sim.state.orgs;
  const order: number[] = [];
  for (const founders of [true, false]) {
    const byOrder: number[][] = [[], [], []];
    for (let i = 0; i < orgs.count; i++) if ((orgs.member[i] === 1) === founders) byOrder[orgs.order[i]!]!.push(i);
    for (let k = 0; byOrder.some((list) => k < list.length); k++) for (const list of byOrder) if (k < list.length) order.push(list[k]!);
  }
  return order;
}
